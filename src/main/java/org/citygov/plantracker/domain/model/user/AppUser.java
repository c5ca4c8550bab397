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

    @Version
    private long version;

    protected AppUser() {
    }

    public AppUser(String username, String displayName, HashedPassword password, Set<Role> roles,
                   LeadUnit leadUnit, boolean sample) {
        this.username = requireUsername(username);
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (this.roles.contains(Role.PROJECT_OFFICE) && leadUnit == null) {
            throw new IllegalArgumentException("A PROJECT_OFFICE user must belong to a lead unit");
        }
        this.leadUnit = leadUnit;
        this.sample = sample;
        changePassword(password);
    }

    private static String requireUsername(String username) {
        if (username == null || !username.matches("[A-Za-z0-9._-]{2,64}")) {
            throw new IllegalArgumentException("Username must be 2–64 letters, digits, '.', '_' or '-'");
        }
        return username;
    }

    public void changePassword(HashedPassword password) {
        Objects.requireNonNull(password, "password");
        this.passwordHash = password.hash();
        this.passwordSalt = password.salt();
        this.passwordIterations = password.iterations();
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
