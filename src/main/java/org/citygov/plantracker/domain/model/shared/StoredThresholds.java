package org.citygov.plantracker.domain.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.LocalDateTime;

/**
 * The one way thresholds are stored: one typed row per set of thresholds (id 1), seeded by its migration,
 * with who changed it last and one version for the whole set, since the values are checked together.
 * Each set validates its values in the domain before they change; the application audits each field.
 */
@MappedSuperclass
public abstract class StoredThresholds {

    /** The id of the one row. */
    public static final long THE_ONE = 1L;

    @Id
    private Long id;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected StoredThresholds() {
    }

    /** To be called by a subclass after its values changed. */
    protected void changedBy(String by, LocalDateTime at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getId() { return id; }
    public String getUpdatedBy() { return updatedBy; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
