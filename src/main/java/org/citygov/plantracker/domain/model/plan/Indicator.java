package org.citygov.plantracker.domain.model.plan;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 主要发展指标 — a row of the plan's indicator table: 每千人口拥有3岁以下婴幼儿托位数(个),
 * baseline 1.46 (2020), target 6 (2025), 预期性. Observations record what was achieved each year.
 */
@Entity
@Table(name = "plan_indicator")
@NamedQuery(name = "Indicator.findByPlan",
        query = "SELECT i FROM Indicator i WHERE i.plan = :plan ORDER BY i.code")
@NamedQuery(name = "Indicator.findByCode",
        query = "SELECT i FROM Indicator i WHERE i.plan = :plan AND i.code = :code")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private Plan plan;

    /** IND-01 … in table order. */
    @Column(name = "code", nullable = false, length = 32, updatable = false)
    private String code;

    @Column(name = "domain_zh", length = 100)
    private String domainZh;

    @Column(name = "domain_en", length = 200)
    private String domainEn;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "name_en", length = 300)
    private String nameEn;

    @Column(name = "unit", length = 32)
    private String unit;

    @Embedded
    @AttributeOverride(name = "figureYear", column = @Column(name = "baseline_year"))
    @AttributeOverride(name = "figureText", column = @Column(name = "baseline_text", length = 200))
    @AttributeOverride(name = "figureValue", column = @Column(name = "baseline_value", precision = 19, scale = 4))
    private IndicatorFigure baseline;

    @Embedded
    @AttributeOverride(name = "figureYear", column = @Column(name = "target_year"))
    @AttributeOverride(name = "figureText", column = @Column(name = "target_text", length = 200))
    @AttributeOverride(name = "figureValue", column = @Column(name = "target_value", precision = 19, scale = 4))
    private IndicatorFigure target;

    @Enumerated(EnumType.STRING)
    @Column(name = "nature", nullable = false, length = 16)
    private IndicatorNature nature;

    /** 〔 〕 — the target is a five-year cumulative total. */
    @Column(name = "cumulative", nullable = false)
    private boolean cumulative;

    @Enumerated(EnumType.STRING)
    @Column(name = "comparison", nullable = false, length = 16)
    private Comparison comparison;

    @Column(name = "note", length = 4000)
    private String note;

    @OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("fiscalYear")
    private List<IndicatorObservation> observations = new ArrayList<>();

    protected Indicator() {
        // for JPA
    }

    Indicator(Plan plan, String code, String domainZh, String domainEn, String nameZh, String nameEn, String unit,
              IndicatorNature nature, Comparison comparison, boolean cumulative) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("An indicator needs a code");
        }
        if (nameZh == null || nameZh.isBlank()) {
            throw new IllegalArgumentException("Indicator " + code + " needs its Chinese name");
        }
        this.plan = Objects.requireNonNull(plan, "plan");
        this.code = code;
        this.domainZh = domainZh;
        this.domainEn = domainEn;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.unit = unit == null || unit.isBlank() ? null : unit;
        this.nature = Objects.requireNonNull(nature, "nature");
        this.comparison = Objects.requireNonNull(comparison, "comparison");
        this.cumulative = cumulative;
        this.baseline = IndicatorFigure.blank(null);
        this.target = IndicatorFigure.blank(null);
    }

    /** Sets the two figures of the table row: the baseline year's value and the target year's. */
    public void state(IndicatorFigure baseline, IndicatorFigure target) {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(target, "target");
        if (baseline.getYear() != null && target.getYear() != null && target.getYear() <= baseline.getYear()) {
            throw new IllegalArgumentException(code + ": target year " + target.getYear()
                    + " is not after the baseline year " + baseline.getYear());
        }
        this.baseline = baseline;
        this.target = target;
    }

    public void annotate(String note) {
        this.note = note;
    }

    /**
     * Records the value achieved in {@code fiscalYear}, replacing an earlier record of that year.
     */
    public IndicatorObservation recordObservation(int fiscalYear, BigDecimal value, String source, boolean sample) {
        Optional<IndicatorObservation> existing = observationFor(fiscalYear);
        if (existing.isPresent()) {
            existing.get().revise(value, source, sample);
            return existing.get();
        }
        IndicatorObservation observation = new IndicatorObservation(this, fiscalYear, value, source, sample);
        observations.add(observation);
        observations.sort(Comparator.comparingInt(IndicatorObservation::getFiscalYear));
        return observation;
    }

    public Optional<IndicatorObservation> observationFor(int fiscalYear) {
        return observations.stream().filter(o -> o.getFiscalYear() == fiscalYear).findFirst();
    }

    public Optional<IndicatorObservation> latestObservation() {
        return observations.isEmpty() ? Optional.empty() : Optional.of(observations.get(observations.size() - 1));
    }

    /** The table label: name plus unit in brackets, 每千常住人口注册护士数(人). */
    public String labelZh() {
        return unit == null ? nameZh : nameZh + "(" + unit + ")";
    }

    /** The target as printed in the table: bracketed 〔60〕 when it is a five-year cumulative figure. */
    public String displayTarget() {
        if (target.isBlank()) {
            return "";
        }
        return cumulative ? "〔" + target.getText() + "〕" : target.getText();
    }

    /**
     * The baseline as written. Not bracketed: the source brackets some cumulative rows' baselines
     * but not others (IND-35), and the row's note says which.
     */
    public String displayBaseline() {
        return baseline.isBlank() ? "" : baseline.getText();
    }

    public boolean isBinding() {
        return nature == IndicatorNature.BINDING;
    }

    /** Whether {@code actual} meets the target figure; empty when the target is words (应保尽保). */
    public Optional<Boolean> isMetBy(BigDecimal actual) {
        return comparison.isMetBy(actual, target.getValue(), null, null);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Plan getPlan() {
        return plan;
    }

    public String getCode() {
        return code;
    }

    public String getDomainZh() {
        return domainZh;
    }

    public String getDomainEn() {
        return domainEn;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getUnit() {
        return unit;
    }

    public IndicatorFigure getBaseline() {
        return baseline;
    }

    public IndicatorFigure getTarget() {
        return target;
    }

    public IndicatorNature getNature() {
        return nature;
    }

    public boolean isCumulative() {
        return cumulative;
    }

    public Comparison getComparison() {
        return comparison;
    }

    public String getNote() {
        return note;
    }

    public List<IndicatorObservation> getObservations() {
        return Collections.unmodifiableList(observations);
    }

    @Override
    public String toString() {
        return code + " " + labelZh();
    }
}
