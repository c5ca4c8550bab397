package org.citygov.plantracker.domain.model.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.citygov.plantracker.domain.model.shared.RuleViolation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A personal API token (个人访问令牌): sent as {@code Authorization: Bearer …}, it acts with its
 * user's own roles. Only the SHA-256 hash of the secret is stored: the secret is long and random,
 * so a fast hash is safe and cheap to check on every call (bcrypt is for passwords people choose).
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    /** The longest a token may live. */
    public static final int MAX_DAYS = 366;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private AppUser user;

    @Column(name = "token_name", nullable = false, length = 100)
    private String name;

    @Column(name = "secret_hash", nullable = false, length = 64, updatable = false)
    private String secretHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_on", nullable = false, updatable = false)
    private LocalDate expiresOn;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Version
    private long version;

    protected ApiToken() {
    }

    /**
     * @param expiresOn the last day the token works: after today, at most a year ahead
     */
    public ApiToken(AppUser user, String name, String secretHash, LocalDateTime now, LocalDate expiresOn) {
        this.user = Objects.requireNonNull(user, "user");
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new RuleViolation("name", "token.name.required", "A token needs a name of at most 100 characters");
        }
        LocalDate today = now.toLocalDate();
        if (expiresOn == null || !expiresOn.isAfter(today)) {
            throw new RuleViolation("expiresOn", "token.expiry.past", "The expiry date must be after today");
        }
        if (expiresOn.isAfter(today.plusYears(1))) {
            throw new RuleViolation("expiresOn", "token.expiry.tooFar", "A token lives at most one year",
                    today.plusYears(1));
        }
        this.name = name.strip();
        this.secretHash = Objects.requireNonNull(secretHash, "secretHash");
        this.createdAt = now;
        this.expiresOn = expiresOn;
    }

    /** Works now: not revoked, not expired (the expiry day itself still works). */
    public boolean isUsableAt(LocalDateTime now) {
        return revokedAt == null && !now.toLocalDate().isAfter(expiresOn);
    }

    public void revoke(LocalDateTime now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public void usedAt(LocalDateTime now) {
        lastUsedAt = now;
    }

    public Long getId() { return id; }
    public AppUser getUser() { return user; }
    public String getName() { return name; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public LocalDateTime getLastUsedAt() { return lastUsedAt; }
    public LocalDateTime getRevokedAt() { return revokedAt; }
    public long getVersion() { return version; }
}
