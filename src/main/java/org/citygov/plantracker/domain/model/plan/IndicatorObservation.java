package org.citygov.plantracker.domain.model.plan;

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

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** The value an indicator reached in one year, with where the figure comes from. */
@Entity
@Table(name = "indicator_observation")
public class IndicatorObservation {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id", nullable = false, updatable = false)
    private Indicator indicator;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int fiscalYear;

    @Column(name = "observed_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal observedValue;

    @Column(name = "source", length = 500)
    private String source;

    @Column(name = "sample", nullable = false)
    private boolean sample;

    protected IndicatorObservation() {
        // for JPA
    }

    IndicatorObservation(Indicator indicator, int fiscalYear, BigDecimal value, String source, boolean sample) {
        this.indicator = Objects.requireNonNull(indicator, "indicator");
        this.fiscalYear = fiscalYear;
        revise(value, source, sample);
    }

    void revise(BigDecimal value, String source, boolean sample) {
        this.observedValue = Objects.requireNonNull(value, "value");
        this.source = source;
        this.sample = sample;
    }

    /** Whether this year's value meets the indicator's target; empty when the target is words. */
    public Optional<Boolean> meetsTarget() {
        return indicator.isMetBy(observedValue);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public BigDecimal getValue() {
        return observedValue;
    }

    public String getSource() {
        return source;
    }

    public boolean isSample() {
        return sample;
    }
}
