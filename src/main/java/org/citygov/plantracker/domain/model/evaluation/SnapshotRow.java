package org.citygov.plantracker.domain.model.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** One target × unit of a snapshot (official and roll-up rows; codes, so a row outlives renames). */
@Entity
@Table(name = "evaluation_snapshot_row")
public class SnapshotRow {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "snapshot_id", nullable = false, updatable = false)
    private EvaluationSnapshot snapshot;

    @Column(name = "plan_code", nullable = false, length = 32)
    private String planCode;

    @Column(name = "target_code", nullable = false, length = 32)
    private String targetCode;

    @Column(name = "unit_code", length = 32)
    private String unitCode;

    @Column(name = "row_role", nullable = false, length = 16)
    private String role;

    @Column(name = "required_value", precision = 19, scale = 4)
    private BigDecimal required;

    @Column(name = "delivered_value", precision = 19, scale = 4)
    private BigDecimal delivered;

    @Column(name = "forecast_value", precision = 19, scale = 4)
    private BigDecimal forecast;

    @Column(name = "shortfall_value", precision = 19, scale = 4)
    private BigDecimal shortfall;

    @Column(name = "status", length = 16)
    private String status;

    protected SnapshotRow() {
    }

    SnapshotRow(EvaluationSnapshot snapshot, String planCode, String targetCode, String unitCode, String role,
                BigDecimal required, BigDecimal delivered, BigDecimal forecast, BigDecimal shortfall, String status) {
        this.snapshot = snapshot;
        this.planCode = planCode;
        this.targetCode = targetCode;
        this.unitCode = unitCode;
        this.role = role;
        this.required = required;
        this.delivered = delivered;
        this.forecast = forecast;
        this.shortfall = shortfall;
        this.status = status;
    }

    public Long getId() { return id; }
    public EvaluationSnapshot getSnapshot() { return snapshot; }
    public String getPlanCode() { return planCode; }
    public String getTargetCode() { return targetCode; }
    public String getUnitCode() { return unitCode; }
    public String getRole() { return role; }
    public BigDecimal getRequired() { return required; }
    public BigDecimal getDelivered() { return delivered; }
    public BigDecimal getForecast() { return forecast; }
    public BigDecimal getShortfall() { return shortfall; }
    public String getStatus() { return status; }
}
