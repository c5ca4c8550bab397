package org.citygov.plantracker.application.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.domain.model.user.ApiToken;
import org.citygov.plantracker.domain.model.user.AppUser;
import org.citygov.plantracker.domain.model.user.SignInEvent;
import org.citygov.plantracker.domain.model.user.SignInMethod;
import org.citygov.plantracker.domain.model.user.SignInOutcome;
import org.citygov.plantracker.domain.model.user.SignInThrottle;
import org.citygov.plantracker.infrastructure.security.PasswordHasher;
import org.citygov.plantracker.infrastructure.security.TokenSecrets;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one sign-in policy for the sign-in page, HTTP Basic and personal API tokens: throttling per
 * username and client address with growing locks, the same work (one bcrypt check) for an unknown
 * user as for a known one, and the sign-in log. The password itself is checked by the container's
 * security realm through the {@link ContainerLogin} the interface hands in.
 */
@ApplicationScoped
public class SignInGuard {

    /** Token use is written to the log and to the token's "last used" at most this often per token. */
    static final Duration TOKEN_BOOKKEEPING = Duration.ofMinutes(1);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PasswordHasher hasher;

    private final Map<Long, LocalDateTime> tokenRecorded = new ConcurrentHashMap<>();

    /** Signs in through the container (request.login); true when the password was right. */
    @FunctionalInterface
    public interface ContainerLogin {
        boolean login(String username, String password);
    }

    /** What came of an attempt. */
    public sealed interface Result permits SignedIn, Failed, Locked {
    }

    public record SignedIn(String username) implements Result {
    }

    public record Failed() implements Result {
    }

    /** Locked at this address until then; the caller tells the user so, with the time. */
    public record Locked(LocalDateTime until, Duration remaining) implements Result {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Result attempt(String username, String password, String address, SignInMethod method, ContainerLogin login) {
        LocalDateTime now = LocalDateTime.now(clock);
        String name = username == null ? "" : username.strip();
        String from = address == null ? "-" : address;
        Optional<LocalDateTime> locked = throttle(name, from, false).flatMap(t -> t.lockedAt(now));
        if (locked.isPresent()) {
            log(now, name, from, method, SignInOutcome.REFUSED_LOCKED, null);
            return new Locked(locked.get(), Duration.between(now, locked.get()));
        }
        Optional<AppUser> user = AppUser.isValidUsername(name) ? findUser(name) : Optional.empty();
        boolean ok;
        String why = null;
        if (user.isEmpty() || !user.get().maySignIn()) {
            // the same bcrypt work as a real check, so the answer's timing does not tell who exists
            hasher.verifyDummy(password);
            ok = false;
            why = user.isEmpty() ? "unknown user" : !user.get().isEnabled() ? "disabled" : "lead unit retired";
        } else {
            ok = login.login(name, password == null ? "" : password);
            why = ok ? null : "wrong password";
        }
        if (ok) {
            throttle(name, from, false).ifPresent(em::remove);
            log(now, name, from, method, SignInOutcome.SIGNED_IN, null);
            return new SignedIn(name);
        }
        SignInThrottle throttle = throttle(name, from, true).orElseThrow();
        Optional<LocalDateTime> lock = throttle.failed(now);
        log(now, name, from, method, lock.isPresent() ? SignInOutcome.LOCKED : SignInOutcome.FAILED,
                why + ", failure " + throttle.getFailures());
        return lock.<Result>map(until -> new Locked(until, Duration.between(now, until))).orElseGet(Failed::new);
    }

    /**
     * The user a Bearer token acts for, if the token is known, not revoked, not expired and its user
     * may sign in. Use is recorded (log and "last used") at most once a minute per token.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<String> token(String secret, String address) {
        LocalDateTime now = LocalDateTime.now(clock);
        String from = address == null ? "-" : address;
        if (!TokenSecrets.looksLikeSecret(secret)) {
            log(now, "-", from, SignInMethod.TOKEN, SignInOutcome.TOKEN_REFUSED, "malformed");
            return Optional.empty();
        }
        Optional<ApiToken> found = em.createQuery(
                        "SELECT t FROM ApiToken t JOIN FETCH t.user u LEFT JOIN FETCH u.leadUnit WHERE t.secretHash = :h",
                        ApiToken.class)
                .setParameter("h", TokenSecrets.hash(secret)).getResultStream().findFirst();
        if (found.isEmpty()) {
            log(now, "-", from, SignInMethod.TOKEN, SignInOutcome.TOKEN_REFUSED, "unknown token");
            return Optional.empty();
        }
        ApiToken token = found.get();
        String username = token.getUser().getUsername();
        if (!token.isUsableAt(now) || !token.getUser().maySignIn()) {
            String why = token.getRevokedAt() != null ? "revoked" : !token.isUsableAt(now) ? "expired"
                    : "user may not sign in";
            log(now, username, from, SignInMethod.TOKEN, SignInOutcome.TOKEN_REFUSED, token.getName() + ": " + why);
            return Optional.empty();
        }
        LocalDateTime recorded = tokenRecorded.get(token.getId());
        if (recorded == null || !recorded.plus(TOKEN_BOOKKEEPING).isAfter(now)) {
            tokenRecorded.put(token.getId(), now);
            token.usedAt(now);
            log(now, username, from, SignInMethod.TOKEN, SignInOutcome.TOKEN_USED, token.getName());
        }
        return Optional.of(username);
    }

    private Optional<AppUser> findUser(String username) {
        return em.createQuery("SELECT u FROM AppUser u LEFT JOIN FETCH u.leadUnit WHERE u.username = :n", AppUser.class)
                .setParameter("n", username).getResultStream().findFirst();
    }

    private Optional<SignInThrottle> throttle(String username, String address, boolean create) {
        SignInThrottle.Key key = new SignInThrottle.Key(username, address);
        SignInThrottle found = em.find(SignInThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (found == null && create) {
            // two first failures of one name and address at the same instant: one of them answers 500 once
            found = new SignInThrottle(username, address, LocalDateTime.now(clock));
            em.persist(found);
        }
        return Optional.ofNullable(found);
    }

    void log(LocalDateTime now, String username, String address, SignInMethod method, SignInOutcome outcome, String detail) {
        em.persist(new SignInEvent(now, username, address, method, outcome, detail));
    }
}
