package org.citygov.plantracker.domain.model.library;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * 库版本 — a frozen copy of the whole library (every project not withdrawn) at the close of a round,
 * or a baseline the city takes by hand. Never changed after it is taken; rows, not a document, so
 * that two snapshots compare field by field.
 */
@Entity
@Table(name = "library_snapshot")
public class LibrarySnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    /** The round whose close froze it; null for a baseline taken by hand. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "round_id", updatable = false)
    private LibraryRound round;

    @Column(name = "label_zh", nullable = false, length = 200, updatable = false)
    private String labelZh;

    @Column(name = "label_en", length = 200, updatable = false)
    private String labelEn;

    @Column(name = "taken_at", nullable = false, updatable = false)
    private LocalDateTime takenAt;

    @Column(name = "taken_by", nullable = false, length = 64, updatable = false)
    private String takenBy;

    @Column(name = "project_count", nullable = false, updatable = false)
    private int projectCount;

    @Column(name = "total_investment", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal totalInvestment;

    /** Whether it holds sample (示例) projects, so pages and exports can say so. */
    @Column(name = "contains_sample", nullable = false, updatable = false)
    private boolean containsSample;

    @OneToMany(mappedBy = "snapshot", cascade = CascadeType.PERSIST)
    private List<SnapshotProject> projects = new ArrayList<>();

    protected LibrarySnapshot() {
    }

    /** Freezes {@code facts} (the library as it is now). */
    public LibrarySnapshot(LibraryRound round, String labelZh, String labelEn, String takenBy, LocalDateTime takenAt,
                           Collection<LibraryProjectFacts> facts) {
        this.round = round;
        this.labelZh = Objects.requireNonNull(labelZh, "labelZh");
        this.labelEn = labelEn;
        this.takenBy = Objects.requireNonNull(takenBy, "takenBy");
        this.takenAt = Objects.requireNonNull(takenAt, "takenAt");
        BigDecimal total = BigDecimal.ZERO;
        for (LibraryProjectFacts f : facts) {
            projects.add(new SnapshotProject(this, f));
            total = total.add(f.investmentOrZero());
            containsSample |= f.sample();
        }
        this.projectCount = projects.size();
        this.totalInvestment = total;
    }

    public Long getId() { return id; }
    public LibraryRound getRound() { return round; }
    public String getLabelZh() { return labelZh; }
    public String getLabelEn() { return labelEn; }
    public LocalDateTime getTakenAt() { return takenAt; }
    public String getTakenBy() { return takenBy; }
    public int getProjectCount() { return projectCount; }
    public BigDecimal getTotalInvestment() { return totalInvestment; }
    public boolean isContainsSample() { return containsSample; }
}
