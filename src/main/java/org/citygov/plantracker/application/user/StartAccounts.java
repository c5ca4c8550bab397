package org.citygov.plantracker.application.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.user.AppUser;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.infrastructure.security.PasswordHasher;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The accounts at start-up. Demo users (flagged sample) are enabled by a demo-mode start only and
 * disabled by every other start, so a database once started in demo mode does not keep
 * {@code admin}/{@code demo123} for good. Outside demo mode, when no enabled administrator exists,
 * the first one ({@value #FIRST_ADMIN}) is created from {@code PLANTRACKER_ADMIN_PASSWORD} (or
 * {@code -Dplantracker.admin.password}); the variable never changes an account that exists.
 */
@ApplicationScoped
public class StartAccounts {

    public static final String FIRST_ADMIN = "admin";
    public static final String PASSWORD_VARIABLE = "PLANTRACKER_ADMIN_PASSWORD";
    public static final String PASSWORD_PROPERTY = "plantracker.admin.password";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    /** What start-up did about the accounts, for the log. */
    public record Outcome(int sampleUsersEnabled, int sampleUsersDisabled, FirstAdmin firstAdmin, String detail) {
    }

    public enum FirstAdmin {
        /** an enabled administrator exists: nothing to do */
        PRESENT,
        /** created now from the variable */
        CREATED,
        /** none exists and the variable is not set */
        MISSING,
        /** none exists and the variable's value breaks the password policy: nothing created */
        REFUSED_WEAK,
        /** none exists and a real (not sample) account named admin exists: left alone */
        NAME_TAKEN
    }

    /** The first administrator's password as the operator gave it, or null. */
    public static String configuredAdminPassword() {
        String value = System.getProperty(PASSWORD_PROPERTY, System.getenv(PASSWORD_VARIABLE));
        return value == null || value.isEmpty() ? null : value;
    }

    @Transactional
    public Outcome apply(boolean demo, String adminPassword) {
        List<AppUser> sampleUsers = em.createQuery("SELECT u FROM AppUser u WHERE u.sample = TRUE", AppUser.class)
                .getResultList();
        int enabled = 0;
        int disabled = 0;
        for (AppUser u : sampleUsers) {
            if (demo && !u.isEnabled()) {
                u.enable();
                enabled++;
            } else if (!demo && u.isEnabled()) {
                u.disable();
                disabled++;
            }
        }
        em.flush();
        if (demo || administratorExists()) {
            return new Outcome(enabled, disabled, FirstAdmin.PRESENT, null);
        }
        if (adminPassword == null) {
            return new Outcome(enabled, disabled, FirstAdmin.MISSING, null);
        }
        List<RuleViolation.Violation> weak = Passwords.POLICY.violations("password", FIRST_ADMIN, adminPassword);
        if (!weak.isEmpty()) {
            return new Outcome(enabled, disabled, FirstAdmin.REFUSED_WEAK,
                    weak.stream().map(RuleViolation.Violation::english).collect(Collectors.joining("; ")));
        }
        AppUser existing = em.createQuery("SELECT u FROM AppUser u WHERE u.username = :n", AppUser.class)
                .setParameter("n", FIRST_ADMIN).getResultStream().findFirst().orElse(null);
        if (existing != null && !existing.isSample()) {
            return new Outcome(enabled, disabled, FirstAdmin.NAME_TAKEN, null);
        }
        if (existing != null) {
            // the demo account of that name would block the real one: it stops being a demo account
            em.remove(existing);
            em.flush();
        }
        em.persist(new AppUser(FIRST_ADMIN, "系统管理员", hasher.hash(adminPassword), EnumSet.of(Role.ADMIN), null, false));
        return new Outcome(enabled, disabled, FirstAdmin.CREATED, null);
    }

    /** Whether an enabled administrator exists (the login page explains how to create the first one if not). */
    public boolean administratorExists() {
        return !em.createQuery("SELECT u.id FROM AppUser u JOIN u.roles r WHERE r = :admin AND u.enabled = TRUE",
                        Long.class)
                .setParameter("admin", Role.ADMIN).setMaxResults(1).getResultList().isEmpty();
    }

    /** The log text for an outcome. */
    public static String describe(Outcome o) {
        String samples = o.sampleUsersDisabled() > 0 ? o.sampleUsersDisabled() + " demo (sample) users disabled (not a demo-mode start). "
                : o.sampleUsersEnabled() > 0 ? o.sampleUsersEnabled() + " demo (sample) users enabled again (demo-mode start). " : "";
        return samples + switch (o.firstAdmin()) {
            case PRESENT -> "";
            case CREATED -> "First administrator '" + FIRST_ADMIN + "' created from " + PASSWORD_VARIABLE
                    + " (the variable never changes an existing account; leaving it set is harmless).";
            case MISSING -> "No administrator exists. Set " + PASSWORD_VARIABLE + " (or -D" + PASSWORD_PROPERTY
                    + ") to a password of at least 12 characters and restart: the server then creates the user '"
                    + FIRST_ADMIN + "' (ADMIN).";
            case REFUSED_WEAK -> "No administrator exists, and " + PASSWORD_VARIABLE
                    + " was refused, nothing created: " + o.detail() + ". Set a stronger value and restart.";
            case NAME_TAKEN -> "No enabled administrator exists, and a user named '" + FIRST_ADMIN
                    + "' exists already; it is left unchanged. Enable it (or give it the role ADMIN) in the database.";
        };
    }
}
