package org.citygov.plantracker.domain.model.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What a target measures and the figure the plan sets: a metric, its unit and how the achieved
 * figure compares with the planned one. The figure is in base units (904万人 → 9,040,000);
 * {@code targetText} keeps the wording as written.
 */
@Embeddable
public class Measure {

    @Column(name = "metric", length = 200)
    private String metric;

    @Column(name = "unit", length = 100)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "comparison", nullable = false, length = 16)
    private Comparison comparison;

    @Column(name = "target_value", precision = 19, scale = 4)
    private BigDecimal targetValue;

    @Column(name = "target_min", precision = 19, scale = 4)
    private BigDecimal targetMin;

    @Column(name = "target_max", precision = 19, scale = 4)
    private BigDecimal targetMax;

    @Column(name = "target_text", length = 500)
    private String targetText;

    /** 〔 〕 — the figure is a five-year cumulative total. */
    @Column(name = "cumulative", nullable = false)
    private boolean cumulative;

    @Column(name = "baseline_text", length = 200)
    private String baselineText;

    protected Measure() {
        // for JPA
    }

    private Measure(String metric, String unit, Comparison comparison, BigDecimal value, BigDecimal min,
                    BigDecimal max, String targetText, boolean cumulative, String baselineText) {
        this.metric = metric;
        this.unit = unit;
        this.comparison = Objects.requireNonNull(comparison, "comparison");
        this.targetValue = value;
        this.targetMin = min;
        this.targetMax = max;
        this.targetText = targetText;
        this.cumulative = cumulative;
        this.baselineText = baselineText;
        if (comparison.requiresValue() && value == null) {
            throw new IllegalArgumentException(comparison + " needs a target value");
        }
        if (value != null && !comparison.allowsValue()) {
            throw new IllegalArgumentException(comparison + " takes no single target value (got " + value + ")");
        }
        if (comparison == Comparison.RANGE) {
            if (min == null || max == null) {
                throw new IllegalArgumentException("RANGE needs a minimum and a maximum");
            }
            if (min.compareTo(max) > 0) {
                throw new IllegalArgumentException("RANGE minimum " + min + " exceeds maximum " + max);
            }
        } else if (min != null || max != null) {
            throw new IllegalArgumentException("Only RANGE takes a minimum and a maximum, not " + comparison);
        }
    }

    /** A single figure, compared as {@code comparison} says (value may be null for MAINTAIN). */
    public static Measure of(String metric, String unit, Comparison comparison, BigDecimal value, String targetText) {
        return new Measure(metric, unit, comparison, value, null, null, targetText, false, null);
    }

    /** A range such as 1—2. */
    public static Measure range(String metric, String unit, BigDecimal min, BigDecimal max, String targetText) {
        return new Measure(metric, unit, Comparison.RANGE, null, min, max, targetText, false, null);
    }

    /** No figure. */
    public static Measure qualitative(String metric, String unit, String targetText) {
        return new Measure(metric, unit, Comparison.QUALITATIVE, null, null, null, targetText, false, null);
    }

    /** The same measure as a five-year cumulative figure (〔 〕), with the baseline as written. */
    public Measure cumulative(String baselineText) {
        return new Measure(metric, unit, comparison, targetValue, targetMin, targetMax, targetText, true, baselineText);
    }

    /** The same measure with the baseline as written (not cumulative). */
    public Measure withBaseline(String baselineText) {
        return new Measure(metric, unit, comparison, targetValue, targetMin, targetMax, targetText, cumulative,
                baselineText);
    }

    public boolean hasFigure() {
        return targetValue != null || comparison == Comparison.RANGE;
    }

    /** Whether {@code actual} meets the plan; empty when there is no figure to compare with. */
    public Optional<Boolean> isMetBy(BigDecimal actual) {
        return comparison.isMetBy(actual, targetValue, targetMin, targetMax);
    }

    public String getMetric() {
        return metric;
    }

    public String getUnit() {
        return unit;
    }

    public Comparison getComparison() {
        return comparison;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public BigDecimal getTargetMin() {
        return targetMin;
    }

    public BigDecimal getTargetMax() {
        return targetMax;
    }

    public String getTargetText() {
        return targetText;
    }

    public boolean isCumulative() {
        return cumulative;
    }

    public String getBaselineText() {
        return baselineText;
    }
}
