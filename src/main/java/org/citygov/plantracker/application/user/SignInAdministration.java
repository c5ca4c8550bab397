package org.citygov.plantracker.application.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.audit.AuditTrail;
import org.citygov.plantracker.application.security.Access;
import org.citygov.plantracker.application.security.CurrentUser;
import org.citygov.plantracker.application.user.AdminViews.SignInEventView;
import org.citygov.plantracker.application.user.AdminViews.SignInLockView;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.domain.model.user.SignInEvent;
import org.citygov.plantracker.domain.model.user.SignInMethod;
import org.citygov.plantracker.domain.model.user.SignInOutcome;
import org.citygov.plantracker.domain.model.user.SignInThrottle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sign-in locks and the sign-in log, for administrators. */
@ApplicationScoped
public class SignInAdministration {

    /** The most lines one read of the log returns (newest first). */
    public static final int MAX_EVENTS = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private AuditTrail audit;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    /** Usernames with failed sign-ins pending (locked now or counting towards a lock), newest first. */
    public List<SignInLockView> locks() {
        access.requireAnyRole(Role.ADMIN);
        LocalDateTime now = LocalDateTime.now(clock);
        return em.createQuery("SELECT t FROM SignInThrottle t ORDER BY t.lastFailureAt DESC", SignInThrottle.class)
                .setMaxResults(MAX_EVENTS).getResultList().stream()
                .map(t -> new SignInLockView(t.getUsername(), t.getClientAddress(), t.getFailures(), t.getLastFailureAt(),
                        t.lockedAt(now).orElse(null)))
                .toList();
    }

    /** Clears every lock and failure count of a username (all addresses); returns how many were cleared. */
    @Transactional
    public int clearLock(String username) {
        access.requireAnyRole(Role.ADMIN);
        List<SignInThrottle> rows = em.createQuery("SELECT t FROM SignInThrottle t WHERE t.username = :n", SignInThrottle.class)
                .setParameter("n", username).getResultList();
        LocalDateTime now = LocalDateTime.now(clock);
        for (SignInThrottle row : rows) {
            audit.fieldChanged("SignInThrottle", null, null, "signIn.lockCleared", "lock " + username + " @ " + row.getClientAddress(),
                    row.getFailures() + " failures" + row.lockedAt(now).map(u -> ", locked until " + u).orElse(""), "cleared");
            em.remove(row);
        }
        if (!rows.isEmpty()) {
            em.persist(new SignInEvent(now, username, "-", SignInMethod.FORM, SignInOutcome.LOCK_CLEARED,
                    "by " + currentUser.actorName()));
        }
        return rows.size();
    }

    /** The sign-in log, newest first, filtered by username, outcome, method and days (each optional). */
    public List<SignInEventView> events(String username, SignInOutcome outcome, SignInMethod method, LocalDate from, LocalDate to) {
        access.requireAnyRole(Role.ADMIN);
        StringBuilder jpql = new StringBuilder("SELECT e FROM SignInEvent e WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (username != null && !username.isBlank()) {
            jpql.append(" AND e.username = :u");
            parameters.put("u", username.strip());
        }
        if (outcome != null) {
            jpql.append(" AND e.outcome = :o");
            parameters.put("o", outcome);
        }
        if (method != null) {
            jpql.append(" AND e.method = :m");
            parameters.put("m", method);
        }
        if (from != null) {
            jpql.append(" AND e.occurredAt >= :from");
            parameters.put("from", from.atStartOfDay());
        }
        if (to != null) {
            jpql.append(" AND e.occurredAt < :to");
            parameters.put("to", to.plusDays(1).atStartOfDay());
        }
        jpql.append(" ORDER BY e.occurredAt DESC, e.id DESC");
        TypedQuery<SignInEvent> query = em.createQuery(jpql.toString(), SignInEvent.class).setMaxResults(MAX_EVENTS);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream()
                .map(e -> new SignInEventView(e.getOccurredAt(), e.getUsername(), e.getClientAddress(), e.getMethod().name(),
                        e.getOutcome().name(), e.getDetail()))
                .toList();
    }
}
