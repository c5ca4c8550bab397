package org.citygov.plantracker.domain.model.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.citygov.plantracker.domain.model.shared.RuleViolation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The library's settings: one row (id 1, seeded by the migration). */
@Entity
@Table(name = "library_settings")
public class LibrarySettings {

    public static final long ID = 1L;

    @Id
    private Long id;

    /** The share of the total investment approved funding must cover before a project may start (0–1). */
    @Column(name = "start_funding_share", nullable = false, precision = 5, scale = 4)
    private BigDecimal startFundingShare;

    @Version
    private long version;

    protected LibrarySettings() {
    }

    public LibrarySettings(BigDecimal startFundingShare) {
        this.id = ID;
        requireStartFundingShare(startFundingShare);
    }

    /** Sets the required funding share, a fraction between 0 and 1 (0.3 = 30 %). */
    public void requireStartFundingShare(BigDecimal share) {
        if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new RuleViolation("startFundingShare", "library.settings.shareRange",
                    "The funding share must be between 0 and 100 %");
        }
        this.startFundingShare = share.setScale(4, RoundingMode.HALF_UP);
    }

    public Long getId() { return id; }
    public BigDecimal getStartFundingShare() { return startFundingShare; }
    public long getVersion() { return version; }
}
