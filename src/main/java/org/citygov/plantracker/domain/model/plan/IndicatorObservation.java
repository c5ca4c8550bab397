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
import java.time.LocalDateTime;
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

    /** The figure; for a word target (应保尽保) optional. */
    @Column(name = "observed_value", precision = 19, scale = 4)
    private BigDecimal observedValue;

    /** A word target's result (达到 / 未达到); null for a numeric target, whose result is computed. */
    @Column(name = "target_met")
    private Boolean targetMet;

    /** What shows a word target met or not (the 统计公报 sentence, the department's report). */
    @Column(name = "evidence", length = 2000)
    private String evidence;

    @Column(name = "source", length = 500)
    private String source;

    @Column(name = "note", length = 1000)
    private String note;

    @Column(name = "recorded_by", length = 100)
    private String recordedBy;

    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;

    @Column(name = "sample", nullable = false)
    private boolean sample;

    protected IndicatorObservation() {
        // for JPA
    }

    IndicatorObservation(Indicator indicator, int fiscalYear, ObservedFigure figure, String source, boolean sample) {
        this.indicator = Objects.requireNonNull(indicator, "indicator");
        this.fiscalYear = fiscalYear;
        revise(figure, source, sample);
    }

    void revise(ObservedFigure figure, String source, boolean sample) {
        Objects.requireNonNull(figure, "figure");
        if (figure.value() == null && figure.met() == null) {
            throw new IllegalArgumentException("An observation needs a value or met / not met");
        }
        this.observedValue = figure.value();
        this.targetMet = figure.met();
        this.evidence = figure.evidence();
        this.note = figure.note();
        this.source = source;
        this.sample = sample;
    }

    void stamp(String by, LocalDateTime at) {
        this.recordedBy = by;
        this.recordedAt = at;
    }

    /** Whether this year's figure meets the indicator's target: computed for a number, as recorded for words. */
    public Optional<Boolean> meetsTarget() {
        if (targetMet != null) {
            return Optional.of(targetMet);
        }
        return observedValue == null ? Optional.empty() : indicator.isMetBy(observedValue);
    }

    /** What was recorded, as one value. */
    public ObservedFigure figure() {
        return new ObservedFigure(observedValue, targetMet, evidence, note);
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

    public Boolean getTargetMet() {
        return targetMet;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public boolean isSample() {
        return sample;
    }
}
