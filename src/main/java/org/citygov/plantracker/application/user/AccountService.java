package org.citygov.plantracker.application.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.audit.AuditTrail;
import org.citygov.plantracker.application.security.AccessDeniedException;
import org.citygov.plantracker.application.security.CurrentUser;
import org.citygov.plantracker.application.user.AdminViews.LeadUnitRef;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.user.ApiToken;
import org.citygov.plantracker.domain.model.user.AppUser;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.infrastructure.security.PasswordHasher;
import org.citygov.plantracker.infrastructure.security.TokenSecrets;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Every user's own account: who they are, their password, their personal API tokens. Works for a
 * user without a role too (they may still change their password), and for one who must change a
 * one-time password (that is the one thing they may do).
 */
@ApplicationScoped
public class AccountService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Schema(name = "Account")
    public record AccountView(String username, String displayName, List<Role> roles, LeadUnitRef leadUnit,
                              boolean passwordChangeRequired) implements java.io.Serializable {
    }

    @Schema(name = "ApiToken", description = "A personal API token; its secret is never shown again after creation")
    public record TokenView(long id, String name, LocalDateTime createdAt, LocalDate expiresOn, LocalDateTime lastUsedAt,
                            LocalDateTime revokedAt, boolean active) implements java.io.Serializable {
    }

    @Schema(name = "NewApiToken", description = "The secret appears only in this answer: send it as Authorization: Bearer <secret>")
    public record NewToken(TokenView token, String secret) implements java.io.Serializable {
    }

    public AccountView me() {
        AppUser u = signedIn();
        return new AccountView(u.getUsername(), u.getDisplayName(), u.getRoles().stream().sorted().toList(),
                u.getLeadUnit() == null ? null : LeadUnitRef.of(u.getLeadUnit()), u.isPasswordChangeRequired());
    }

    /** Changes the own password: the current one must be right, the new one must pass the policy and differ. */
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        AppUser user = em.find(AppUser.class, signedIn().getId());
        if (!hasher.matches(user.storedPassword(), currentPassword)) {
            throw new RuleViolation("currentPassword", "password.currentWrong", "The current password is not right");
        }
        Passwords.POLICY.check("newPassword", user.getUsername(), newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new RuleViolation("newPassword", "password.same", "The new password must differ from the current one");
        }
        boolean wasOneTime = user.isPasswordChangeRequired();
        user.changePassword(hasher.hash(newPassword));
        audit.event("AppUser", user.getId(), null, "user.passwordChanged",
                user.getUsername() + " changed the password" + (wasOneTime ? " (one-time password replaced)" : ""));
    }

    public List<TokenView> tokens() {
        AppUser user = signedIn();
        LocalDateTime now = LocalDateTime.now(clock);
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.user.id = :u ORDER BY t.createdAt DESC, t.id DESC", ApiToken.class)
                .setParameter("u", user.getId()).getResultList().stream().map(t -> view(t, now)).toList();
    }

    @Transactional
    public NewToken createToken(String name, LocalDate expiresOn) {
        AppUser user = em.find(AppUser.class, requireUsable().getId());
        LocalDateTime now = LocalDateTime.now(clock);
        String secret = TokenSecrets.newSecret();
        ApiToken token = new ApiToken(user, name, TokenSecrets.hash(secret), now, expiresOn);
        em.persist(token);
        em.flush();
        audit.event("ApiToken", token.getId(), null, "token.created",
                user.getUsername() + " created API token '" + token.getName() + "' valid until " + expiresOn);
        return new NewToken(view(token, now), secret);
    }

    @Transactional
    public TokenView revokeToken(long id) {
        AppUser user = signedIn();
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || !token.getUser().getId().equals(user.getId())) {
            throw new UnknownEntityException("token", id);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        token.revoke(now);
        audit.event("ApiToken", token.getId(), null, "token.revoked",
                user.getUsername() + " revoked API token '" + token.getName() + "'");
        return view(token, now);
    }

    private static TokenView view(ApiToken t, LocalDateTime now) {
        return new TokenView(t.getId(), t.getName(), t.getCreatedAt(), t.getExpiresOn(), t.getLastUsedAt(), t.getRevokedAt(),
                t.isUsableAt(now));
    }

    private AppUser signedIn() {
        return currentUser.user().orElseThrow(() -> new AccessDeniedException("access.signedOut", "Sign in first"));
    }

    /** Tokens need a role and a password of one's own. */
    private AppUser requireUsable() {
        AppUser user = signedIn();
        if (user.getRoles().isEmpty()) {
            throw new AccessDeniedException("access.noRole", "Your account has no role");
        }
        if (user.isPasswordChangeRequired()) {
            throw new AccessDeniedException("access.passwordChangeRequired", "Change your one-time password first");
        }
        return user;
    }
}
