package org.citygov.plantracker.domain.model.evaluation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The engine's results as of one day, kept so the cockpit can chart how a forecast shortfall moved.
 * Written once, never changed.
 */
@Entity
@Table(name = "evaluation_snapshot")
public class EvaluationSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "as_of", nullable = false, updatable = false)
    private LocalDate asOf;

    @Column(name = "taken_at", nullable = false, updatable = false)
    private LocalDateTime takenAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "snapshot_kind", nullable = false, length = 16, updatable = false)
    private SnapshotKind kind;

    /** The day again, for month-end snapshots only: unique, so two nodes cannot both store one for a day. */
    @Column(name = "month_end_of", updatable = false)
    private LocalDate monthEndOf;

    @Column(name = "taken_by", nullable = false, length = 64, updatable = false)
    private String takenBy;

    @Column(name = "projects_red", nullable = false)
    private int projectsRed;

    @Column(name = "projects_amber", nullable = false)
    private int projectsAmber;

    @Column(name = "targets_will_miss", nullable = false)
    private int targetsWillMiss;

    @Column(name = "targets_at_risk", nullable = false)
    private int targetsAtRisk;

    @OneToMany(mappedBy = "snapshot", cascade = CascadeType.PERSIST)
    private List<SnapshotRow> rows = new ArrayList<>();

    protected EvaluationSnapshot() {
    }

    public EvaluationSnapshot(LocalDate asOf, LocalDateTime takenAt, SnapshotKind kind, String takenBy,
                              int projectsRed, int projectsAmber, int targetsWillMiss, int targetsAtRisk) {
        this.asOf = Objects.requireNonNull(asOf);
        this.takenAt = Objects.requireNonNull(takenAt);
        this.kind = Objects.requireNonNull(kind);
        this.monthEndOf = kind == SnapshotKind.MONTH_END ? asOf : null;
        this.takenBy = Objects.requireNonNull(takenBy);
        this.projectsRed = projectsRed;
        this.projectsAmber = projectsAmber;
        this.targetsWillMiss = targetsWillMiss;
        this.targetsAtRisk = targetsAtRisk;
    }

    public SnapshotRow addRow(String planCode, String targetCode, String unitCode, String role,
                              java.math.BigDecimal required, java.math.BigDecimal delivered,
                              java.math.BigDecimal forecast, java.math.BigDecimal shortfall, String status) {
        SnapshotRow row = new SnapshotRow(this, planCode, targetCode, unitCode, role, required, delivered, forecast,
                shortfall, status);
        rows.add(row);
        return row;
    }

    public Long getId() { return id; }
    public LocalDate getAsOf() { return asOf; }
    public LocalDateTime getTakenAt() { return takenAt; }
    public SnapshotKind getKind() { return kind; }
    public String getTakenBy() { return takenBy; }
    public int getProjectsRed() { return projectsRed; }
    public int getProjectsAmber() { return projectsAmber; }
    public int getTargetsWillMiss() { return targetsWillMiss; }
    public int getTargetsAtRisk() { return targetsAtRisk; }
    public List<SnapshotRow> getRows() { return Collections.unmodifiableList(rows); }
}
