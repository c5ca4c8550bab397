package org.citygov.plantracker.domain.model.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.citygov.plantracker.domain.model.project.LeadUnit;
import org.citygov.plantracker.domain.model.shared.RuleViolation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person who signs in. The security realm (wildfly-config/configure.cli) reads the password
 * columns and the role table directly; the password is stored only as a bcrypt hash.
 */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "password_salt", nullable = false)
    private String passwordSalt;

    @Column(name = "password_iterations", nullable = false)
    private int passwordIterations;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_unit_id")
    private LeadUnit leadUnit;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role_name", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "sample", nullable = false)
    private boolean sample;

    /** Set by a one-time password (new user, reset): the user must choose a password before anything else. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Version
    private long version;

    protected AppUser() {
    }

    public AppUser(String username, String displayName, HashedPassword password, Set<Role> roles,
                   LeadUnit leadUnit, boolean sample) {
        this.username = requireUsername(username);
        describe(displayName);
        assign(roles, leadUnit);
        this.sample = sample;
        changePassword(password);
    }

    /** 2–64 letters, digits, '.', '_' or '-': the name people type to sign in. */
    public static boolean isValidUsername(String username) {
        return username != null && username.matches("[A-Za-z0-9._-]{2,64}");
    }

    private static String requireUsername(String username) {
        if (!isValidUsername(username)) {
            throw new RuleViolation("username", "user.username.invalid",
                    "Username must be 2–64 letters, digits, '.', '_' or '-'");
        }
        return username;
    }

    public void describe(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new RuleViolation("displayName", "user.displayName.required", "A display name (at most 200 characters) is required");
        }
        this.displayName = displayName.strip();
    }

    /**
     * Roles and lead unit together, because they depend on each other: a project office (项目单位) user
     * belongs to exactly one lead unit; nobody else belongs to one.
     */
    public void assign(Set<Role> roles, LeadUnit leadUnit) {
        Set<Role> newRoles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (newRoles.contains(Role.PROJECT_OFFICE) && leadUnit == null) {
            throw new RuleViolation("leadUnit", "user.leadUnit.required", "A PROJECT_OFFICE user must belong to a lead unit");
        }
        if (!newRoles.contains(Role.PROJECT_OFFICE) && leadUnit != null) {
            throw new RuleViolation("leadUnit", "user.leadUnit.notOffice", "Only a PROJECT_OFFICE user belongs to a lead unit");
        }
        this.roles = newRoles;
        this.leadUnit = leadUnit;
    }

    /** A password the user chose: replaces the stored hash and lifts a pending forced change. */
    public void changePassword(HashedPassword password) {
        Objects.requireNonNull(password, "password");
        this.passwordHash = password.hash();
        this.passwordSalt = password.salt();
        this.passwordIterations = password.iterations();
        this.passwordChangeRequired = false;
    }

    /** A one-time password an administrator handed out: it must be changed at the next sign-in. */
    public void setOneTimePassword(HashedPassword password) {
        changePassword(password);
        this.passwordChangeRequired = true;
    }

    public boolean isPasswordChangeRequired() { return passwordChangeRequired; }

    /** The stored hash, for checking the current password before a change. */
    public HashedPassword storedPassword() {
        return new HashedPassword(passwordHash, passwordSalt, passwordIterations);
    }

    /** An enabled administrator. */
    public boolean isActiveAdministrator() {
        return enabled && roles.contains(Role.ADMIN);
    }

    /** May sign in: enabled, and not bound to a retired lead unit. */
    public boolean maySignIn() {
        return enabled && (leadUnit == null || !leadUnit.isRetired());
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Bound to a lead unit: may only touch that unit's projects. */
    public boolean isProjectOffice() {
        return roles.contains(Role.PROJECT_OFFICE) && !roles.contains(Role.ADMIN) && !roles.contains(Role.CITY_GOV);
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public LeadUnit getLeadUnit() { return leadUnit; }
    public Set<Role> getRoles() { return Collections.unmodifiableSet(roles); }
    public boolean isEnabled() { return enabled; }
    public boolean isSample() { return sample; }
    public long getVersion() { return version; }

    public void disable() { this.enabled = false; }
    public void enable() { this.enabled = true; }

    /** A bcrypt hash in the three columns Elytron's bcrypt-mapper reads (base64 hash and salt, cost). */
    public record HashedPassword(String hash, String salt, int iterations) {
    }
}
