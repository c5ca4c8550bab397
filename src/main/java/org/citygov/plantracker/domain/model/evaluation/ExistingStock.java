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
import jakarta.persistence.Version;
import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.shared.RuleViolation.Violation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * 存量 — what a unit already had at the end of a year for one metric, before any project of the
 * plan: childcare places existing at end-2021 (每千人口托位数), qualifying institutions (count and
 * coverage targets), inclusive and all places (share targets). Counted as delivered by the
 * evaluation; entered by CITY_GOV with its source.
 */
@Entity
@Table(name = "existing_stock")
public class ExistingStock {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "jurisdiction_id", nullable = false, updatable = false)
    private Jurisdiction jurisdiction;

    @Column(name = "metric", nullable = false, length = 200, updatable = false)
    private String metric;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int fiscalYear;

    @Column(name = "quantity", nullable = false, precision = 19, scale = 4)
    private BigDecimal quantity;

    /** For share metrics: the whole (all places) that {@link #quantity} (inclusive places) is part of. */
    @Column(name = "total_quantity", precision = 19, scale = 4)
    private BigDecimal totalQuantity;

    @Column(name = "source", length = 500)
    private String source;

    @Column(name = "sample", nullable = false)
    private boolean sample;

    @Version
    private long version;

    protected ExistingStock() {
    }

    public ExistingStock(Jurisdiction jurisdiction, String metric, int fiscalYear, BigDecimal quantity,
                         BigDecimal totalQuantity, String source, boolean sample) {
        this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
        if (metric == null || metric.isBlank()) {
            throw new RuleViolation("metric", "slippage.stock.metricRequired", "The stock needs a metric");
        }
        this.metric = metric.trim();
        this.fiscalYear = fiscalYear;
        this.sample = sample;
        revise(quantity, totalQuantity, source);
    }

    /** New figures with their source; the quantity cannot be negative nor exceed the total. */
    public void revise(BigDecimal newQuantity, BigDecimal newTotal, String newSource) {
        List<Violation> problems = new ArrayList<>();
        if (newQuantity == null || newQuantity.signum() < 0) {
            problems.add(new Violation("quantity", "slippage.stock.quantityNegative",
                    "The stock quantity must be given and cannot be negative"));
        } else if (newTotal != null && newTotal.compareTo(newQuantity) < 0) {
            problems.add(new Violation("totalQuantity", "slippage.stock.totalBelowQuantity",
                    "The total (" + newTotal + ") cannot be below the quantity (" + newQuantity + ")", newTotal, newQuantity));
        }
        if (newSource == null || newSource.isBlank()) {
            problems.add(new Violation("source", "slippage.stock.sourceRequired",
                    "Say where the figure comes from (statistics, survey …)"));
        } else if (newSource.length() > 500) {
            problems.add(new Violation("source", "slippage.sourceTooLong", "The source has more than 500 characters"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        this.quantity = newQuantity;
        this.totalQuantity = newTotal;
        this.source = newSource.trim();
    }

    public Long getId() { return id; }
    public Jurisdiction getJurisdiction() { return jurisdiction; }
    public String getMetric() { return metric; }
    public int getFiscalYear() { return fiscalYear; }
    public BigDecimal getQuantity() { return quantity; }
    public BigDecimal getTotalQuantity() { return totalQuantity; }
    public String getSource() { return source; }
    public boolean isSample() { return sample; }
    public long getVersion() { return version; }
}
