package org.citygov.plantracker.application.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.audit.AuditTrail;
import org.citygov.plantracker.application.security.Access;
import org.citygov.plantracker.application.user.AdminViews.LeadUnitChange;
import org.citygov.plantracker.application.user.AdminViews.LeadUnitView;
import org.citygov.plantracker.application.user.AdminViews.NewLeadUnit;
import org.citygov.plantracker.application.user.AdminViews.NewUser;
import org.citygov.plantracker.application.user.AdminViews.UserChange;
import org.citygov.plantracker.application.user.AdminViews.UserView;
import org.citygov.plantracker.application.user.AdminViews.UserWithOneTimePassword;
import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.project.LeadUnit;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.user.AppUser;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.infrastructure.security.PasswordHasher;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Users and lead units, for administrators only. Every change is audited (who, when, before → after);
 * the last enabled administrator cannot be disabled or demoted; passwords an administrator sets are
 * one-time passwords, shown once and to be changed at the next sign-in.
 */
@ApplicationScoped
public class UserAdministration {

    private static final char[] ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private AuditTrail audit;

    @Inject
    private PasswordHasher hasher;

    // ---- users ----

    public List<UserView> users() {
        access.requireAnyRole(Role.ADMIN);
        return em.createQuery("SELECT DISTINCT u FROM AppUser u LEFT JOIN FETCH u.leadUnit ORDER BY u.username", AppUser.class)
                .getResultList().stream().map(UserView::of).toList();
    }

    public UserView user(String username) {
        access.requireAnyRole(Role.ADMIN);
        return UserView.of(find(username));
    }

    @Transactional
    public UserWithOneTimePassword create(NewUser command) {
        access.requireAnyRole(Role.ADMIN);
        if (command == null) {
            throw new RuleViolation("username", "user.username.invalid", "Username must be 2–64 letters, digits, '.', '_' or '-'");
        }
        String username = command.username() == null ? null : command.username().strip();
        if (username != null && !em.createQuery("SELECT u.id FROM AppUser u WHERE LOWER(u.username) = :n", Long.class)
                .setParameter("n", username.toLowerCase()).getResultList().isEmpty()) {
            throw new RuleViolation("username", "user.username.taken", "A user named " + username + " exists already", username);
        }
        String oneTime = oneTimePassword();
        AppUser.HashedPassword hashed = hasher.hash(oneTime);
        AppUser user = new AppUser(username, command.displayName(), hashed, roles(command.roles()),
                leadUnitOrNull(command.leadUnit()), false);
        user.setOneTimePassword(hashed);
        if (Boolean.FALSE.equals(command.enabled())) {
            user.disable();
        }
        em.persist(user);
        em.flush();
        audit.event("AppUser", user.getId(), null, "user.created",
                "user " + user.getUsername() + ": " + describe(user));
        return new UserWithOneTimePassword(UserView.of(user), oneTime);
    }

    @Transactional
    public UserView update(String username, UserChange change) {
        AppUser admin = access.requireAnyRole(Role.ADMIN);
        AppUser user = find(username);
        if (change == null || change.version() == null) {
            throw new RuleViolation("version", "request.versionRequired", "Send the version you read");
        }
        ConcurrentEditException.check("User " + username, change.version(), user.getVersion());
        boolean wasAdmin = user.isActiveAdministrator();
        String before = describe(user);
        Set<Role> roles = change.roles() == null ? user.getRoles() : roles(change.roles());
        // omitted: the office keeps its unit; "" (or roles without PROJECT_OFFICE): none
        LeadUnit unit = change.leadUnit() != null ? leadUnitOrNull(change.leadUnit())
                : roles.contains(Role.PROJECT_OFFICE) ? user.getLeadUnit() : null;
        user.assign(roles, unit);
        if (change.displayName() != null) {
            user.describe(change.displayName());
        }
        if (change.enabled() != null) {
            if (change.enabled()) {
                user.enable();
            } else {
                user.disable();
            }
        }
        if (wasAdmin && !user.isActiveAdministrator() && otherActiveAdministrators(user) == 0) {
            throw new RuleViolation(change.enabled() != null && !change.enabled() ? "enabled" : "roles",
                    "user.lastAdmin", "This is the last enabled administrator: it cannot be disabled or lose the role ADMIN");
        }
        String after = describe(user);
        audit.fieldChanged("AppUser", user.getId(), null, "user.updated", "user " + user.getUsername(), before, after);
        em.flush();
        return UserView.of(user);
    }

    /** A new one-time password, returned once; the user must change it at the next sign-in. */
    @Transactional
    public UserWithOneTimePassword resetPassword(String username) {
        access.requireAnyRole(Role.ADMIN);
        AppUser user = find(username);
        String oneTime = oneTimePassword();
        user.setOneTimePassword(hasher.hash(oneTime));
        audit.event("AppUser", user.getId(), null, "user.passwordReset",
                "one-time password set for " + user.getUsername() + " (to be changed at the next sign-in)");
        em.flush();
        return new UserWithOneTimePassword(UserView.of(user), oneTime);
    }

    private long otherActiveAdministrators(AppUser except) {
        return em.createQuery("SELECT COUNT(u) FROM AppUser u JOIN u.roles r WHERE r = :admin AND u.enabled = TRUE AND u.id <> :id",
                        Long.class)
                .setParameter("admin", Role.ADMIN).setParameter("id", except.getId()).getSingleResult();
    }

    private AppUser find(String username) {
        return em.createQuery("SELECT u FROM AppUser u LEFT JOIN FETCH u.leadUnit WHERE u.username = :n", AppUser.class)
                .setParameter("n", username).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("user", username));
    }

    private static Set<Role> roles(Set<Role> roles) {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    private LeadUnit leadUnitOrNull(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return em.createQuery("SELECT u FROM LeadUnit u WHERE u.code = :c", LeadUnit.class).setParameter("c", code.strip())
                .getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolation("leadUnit", "user.leadUnit.unknown", "No lead unit " + code, code));
    }

    private static String describe(AppUser u) {
        return "name=" + u.getDisplayName() + ", roles=" + u.getRoles().stream().sorted().map(Role::name).collect(Collectors.joining("+"))
                + ", unit=" + (u.getLeadUnit() == null ? "-" : u.getLeadUnit().getCode())
                + ", " + (u.isEnabled() ? "enabled" : "disabled");
    }

    static String oneTimePassword() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(ONE_TIME_ALPHABET[RANDOM.nextInt(ONE_TIME_ALPHABET.length)]);
        }
        return b.toString();
    }

    // ---- lead units ----

    public List<LeadUnitView> leadUnits() {
        access.requireAnyRole(Role.ADMIN);
        Map<Long, Long> users = em.createQuery(
                        "SELECT u.leadUnit.id, COUNT(u) FROM AppUser u WHERE u.leadUnit IS NOT NULL GROUP BY u.leadUnit.id",
                        Object[].class).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        return em.createQuery("SELECT u FROM LeadUnit u LEFT JOIN FETCH u.jurisdiction ORDER BY u.code", LeadUnit.class)
                .getResultList().stream().map(u -> view(u, users.getOrDefault(u.getId(), 0L))).toList();
    }

    public LeadUnitView leadUnit(String code) {
        access.requireAnyRole(Role.ADMIN);
        return view(findUnit(code));
    }

    @Transactional
    public LeadUnitView createLeadUnit(NewLeadUnit command) {
        access.requireAnyRole(Role.ADMIN);
        String code = command == null || command.code() == null ? null : command.code().strip();
        if (code == null || !code.matches("[A-Za-z0-9._-]{1,32}")) {
            throw new RuleViolation("code", "leadUnit.code.invalid", "A code of 1–32 letters, digits, '.', '_' or '-' is required");
        }
        if (!em.createQuery("SELECT u.id FROM LeadUnit u WHERE u.code = :c", Long.class).setParameter("c", code)
                .getResultList().isEmpty()) {
            throw new RuleViolation("code", "leadUnit.code.taken", "A lead unit with code " + code + " exists already", code);
        }
        LeadUnit unit = new LeadUnit(code, command.nameZh() == null ? "" : command.nameZh(), null, false);
        unit.rename(command.nameZh(), command.nameEn());
        unit.placeIn(district(command.district()));
        em.persist(unit);
        em.flush();
        audit.event("LeadUnit", unit.getId(), null, "leadUnit.created", "lead unit " + code + ": " + describe(unit));
        return view(unit);
    }

    @Transactional
    public LeadUnitView updateLeadUnit(String code, LeadUnitChange change) {
        access.requireAnyRole(Role.ADMIN);
        LeadUnit unit = findUnit(code);
        if (change == null || change.version() == null) {
            throw new RuleViolation("version", "request.versionRequired", "Send the version you read");
        }
        ConcurrentEditException.check("Lead unit " + code, change.version(), unit.getVersion());
        String before = describe(unit);
        // omitted fields keep their value; "" clears the English name or the 区县(市)
        unit.rename(change.nameZh() == null ? unit.getNameZh() : change.nameZh(),
                change.nameEn() == null ? unit.getNameEn() : change.nameEn());
        if (change.district() != null) {
            unit.placeIn(district(change.district()));
        }
        if (change.retired() != null) {
            if (change.retired()) {
                unit.retire();
            } else {
                unit.reinstate();
            }
        }
        audit.fieldChanged("LeadUnit", unit.getId(), null, "leadUnit.updated", "lead unit " + code, before, describe(unit));
        em.flush();
        return view(unit);
    }

    private Jurisdiction district(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return em.createQuery("SELECT j FROM Jurisdiction j WHERE j.code = :c AND j.level = :l", Jurisdiction.class)
                .setParameter("c", code.strip()).setParameter("l", JurisdictionLevel.DISTRICT)
                .getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolation("district", "leadUnit.district.unknown",
                        "No 区县(市) with code " + code, code));
    }

    private LeadUnit findUnit(String code) {
        return em.createQuery("SELECT u FROM LeadUnit u LEFT JOIN FETCH u.jurisdiction WHERE u.code = :c", LeadUnit.class)
                .setParameter("c", code).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("leadUnit", code));
    }

    private LeadUnitView view(LeadUnit unit) {
        long users = em.createQuery("SELECT COUNT(u) FROM AppUser u WHERE u.leadUnit = :l", Long.class)
                .setParameter("l", unit).getSingleResult();
        return view(unit, users);
    }

    private static LeadUnitView view(LeadUnit u, long users) {
        Jurisdiction d = u.getJurisdiction();
        return new LeadUnitView(u.getCode(), u.getNameZh(), u.getNameEn(), d == null ? null : d.getCode(),
                d == null ? null : d.getNameZh(), d == null ? null : d.getNameEn(), u.isRetired(), u.isSample(), users,
                u.getVersion());
    }

    private static String describe(LeadUnit u) {
        return "zh=" + u.getNameZh() + ", en=" + (u.getNameEn() == null ? "-" : u.getNameEn())
                + ", district=" + (u.getJurisdiction() == null ? "-" : u.getJurisdiction().getCode())
                + (u.isRetired() ? ", retired" : "");
    }
}
