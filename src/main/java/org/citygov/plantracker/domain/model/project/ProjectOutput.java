package org.citygov.plantracker.domain.model.project;

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
import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.plan.Target;
import org.citygov.plantracker.domain.model.shared.RuleViolation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a project delivers toward one plan target in one place: 120 childcare places in 金水区,
 * 300,000 m² of resettlement housing, 1 emergency supply depot. Counts toward the target only once
 * confirmed with the actual quantity at completion.
 */
@Entity
@Table(name = "project_output")
public class ProjectOutput {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id", nullable = false)
    private Target target;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "jurisdiction_id", nullable = false)
    private Jurisdiction jurisdiction;

    @Column(name = "unit", length = 60)
    private String unit;

    @Column(name = "planned_quantity", nullable = false, precision = 19, scale = 4)
    private BigDecimal plannedQuantity;

    @Column(name = "actual_quantity", precision = 19, scale = 4)
    private BigDecimal actualQuantity;

    @Column(name = "confirmed", nullable = false)
    private boolean confirmed;

    /** For facilities: the size of each (e.g. 托位 of a childcare institution), for "≥ 50 places" rules. */
    /** 确认日期 — the day the office confirmed the actual quantity (empty for confirmations before it was kept). */
    @Column(name = "confirmed_on")
    private java.time.LocalDate confirmedOn;

    @Column(name = "facility_capacity")
    private Integer facilityCapacity;

    /** For childcare: whether the places are 普惠 (inclusive). */
    @Column(name = "inclusive")
    private Boolean inclusive;

    @Column(name = "description", length = 500)
    private String description;

    @Version
    private long version;

    protected ProjectOutput() {
    }

    ProjectOutput(Project project, Target target, Jurisdiction jurisdiction, BigDecimal plannedQuantity, String unit,
                  Integer facilityCapacity, Boolean inclusive, String description) {
        this.project = Objects.requireNonNull(project);
        this.target = Objects.requireNonNull(target, "target");
        this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
        if (plannedQuantity == null || plannedQuantity.signum() < 0) {
            throw new RuleViolation("plannedQuantity", "output.quantityNegative", "A planned quantity cannot be negative");
        }
        this.plannedQuantity = plannedQuantity;
        this.unit = unit;
        this.facilityCapacity = facilityCapacity;
        this.inclusive = inclusive;
        this.description = description;
    }

    /** At completion the office confirms what was actually delivered; only this counts toward the plan. */
    public void confirm(BigDecimal actual) {
        if (actual == null || actual.signum() < 0) {
            throw new RuleViolation("actualQuantity", "output.actualNegative",
                    "The actual quantity must be given and cannot be negative");
        }
        this.actualQuantity = actual;
        this.confirmed = true;
    }

    /** As {@link #confirm(BigDecimal)}, on the day given. */
    public void confirm(BigDecimal actual, java.time.LocalDate on) {
        confirm(actual);
        this.confirmedOn = on;
    }

    /**
     * 导入 — the output's record as a portfolio workbook gives it (planned and actual quantity, whether
     * and when it was confirmed, capacity, inclusive); checked by the importer before.
     */
    public void restoreRecord(Jurisdiction where, String newUnit, BigDecimal planned, BigDecimal actual,
                              boolean isConfirmed, java.time.LocalDate on, Integer capacity, Boolean isInclusive,
                              String newDescription) {
        this.jurisdiction = Objects.requireNonNull(where, "jurisdiction");
        this.unit = newUnit;
        this.plannedQuantity = Objects.requireNonNull(planned, "plannedQuantity");
        this.actualQuantity = actual;
        this.confirmed = isConfirmed;
        this.confirmedOn = on;
        this.facilityCapacity = capacity;
        this.inclusive = isInclusive;
        this.description = newDescription;
    }

    public java.time.LocalDate getConfirmedOn() { return confirmedOn; }

    /** A new planned quantity (the library's 调整); only before the output is confirmed. */
    void replan(BigDecimal quantity, String newUnit) {
        if (confirmed) {
            throw new IllegalStateException("A confirmed output is not re-planned");
        }
        if (quantity == null || quantity.signum() < 0) {
            throw new RuleViolation("plannedQuantity", "output.quantityNegative", "A planned quantity cannot be negative");
        }
        this.plannedQuantity = quantity;
        this.unit = newUnit;
    }

    /** Re-links the output to a target of a newly loaded plan (结转); only before it is confirmed. */
    void relinkTo(Target next) {
        if (confirmed) {
            throw new IllegalStateException("A confirmed output stays with its target");
        }
        this.target = Objects.requireNonNull(next);
    }

    /** Delivered quantity if confirmed, else planned (for forecasts). */
    public BigDecimal expectedQuantity() {
        return confirmed ? actualQuantity : plannedQuantity;
    }

    public Long getId() { return id; }
    public Project getProject() { return project; }
    public Target getTarget() { return target; }
    public Jurisdiction getJurisdiction() { return jurisdiction; }
    public String getUnit() { return unit; }
    public BigDecimal getPlannedQuantity() { return plannedQuantity; }
    public BigDecimal getActualQuantity() { return actualQuantity; }
    public boolean isConfirmed() { return confirmed; }
    public Integer getFacilityCapacity() { return facilityCapacity; }
    public Boolean getInclusive() { return inclusive; }
    public String getDescription() { return description; }
    public long getVersion() { return version; }
}
