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

import org.citygov.plantracker.domain.model.shared.RuleViolation;

import java.math.BigDecimal;
import java.time.LocalDateTime;
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

    /** A new version's row of the indicator table (the code and the recorded observations stay). */
    public void revise(String newDomainZh, String newDomainEn, String newNameZh, String newNameEn, String newUnit,
                       IndicatorNature newNature, Comparison newComparison, boolean newCumulative) {
        if (newNameZh == null || newNameZh.isBlank()) {
            throw new IllegalArgumentException("Indicator " + code + " needs its Chinese name");
        }
        this.domainZh = newDomainZh;
        this.domainEn = newDomainEn;
        this.nameZh = newNameZh;
        this.nameEn = newNameEn;
        this.unit = newUnit == null || newUnit.isBlank() ? null : newUnit;
        this.nature = Objects.requireNonNull(newNature, "nature");
        this.comparison = Objects.requireNonNull(newComparison, "comparison");
        this.cumulative = newCumulative;
    }

    public void annotate(String note) {
        this.note = note;
    }

    /**
     * Records the value achieved in {@code fiscalYear}, replacing an earlier record of that year,
     * without the checks of {@link #observe}: for figures already checked (tests, sample data).
     */
    public IndicatorObservation recordObservation(int fiscalYear, BigDecimal value, String source, boolean sample) {
        return upsert(fiscalYear, ObservedFigure.of(value), source, sample);
    }

    /** Records a sample (示例) figure for demo data, without the checks of {@link #observe}. */
    public IndicatorObservation recordSample(int fiscalYear, ObservedFigure figure, String source) {
        return upsert(fiscalYear, figure, source, true);
    }

    /**
     * Records what the city observed in {@code fiscalYear} after checking it against the indicator's
     * unit and kind (all problems at once, nothing changed when there is one):
     * <ul>
     *   <li>the year lies after the baseline year and not after the target year (2021–2025);</li>
     *   <li>a numeric target takes a number (its result is computed); a word target (应保尽保, 动态清零)
     *       takes met / not met with the evidence, and optionally a number;</li>
     *   <li>a number is ≥ 0 with at most 4 decimals; a percentage is at most 100, unless the plan's own
     *       figure for the indicator is above 100 (巩固率 112.01 %);</li>
     *   <li>a 〔 〕 cumulative indicator records the running total since the plan's first year: not below
     *       an earlier year's total nor above a later one's;</li>
     *   <li>the source is given (统计公报, 部门年报 …).</li>
     * </ul>
     */
    public IndicatorObservation observe(int fiscalYear, ObservedFigure figure, String source, String recordedBy,
                                        LocalDateTime recordedAt) {
        List<RuleViolation.Violation> problems = new ArrayList<>();
        int first = firstObservableYear();
        int last = lastObservableYear();
        if (fiscalYear < first || fiscalYear > last) {
            problems.add(new RuleViolation.Violation("year", "monitoring.observation.year",
                    "The year must be between " + first + " and " + last, first, last));
        }
        BigDecimal value = figure.value();
        if (isWordTarget()) {
            if (figure.met() == null) {
                problems.add(new RuleViolation.Violation("met", "monitoring.observation.metRequired",
                        "The target is words (" + target.getText() + "): say whether it was met", target.getText()));
            }
            if (blank(figure.evidence())) {
                problems.add(new RuleViolation.Violation("evidence", "monitoring.observation.evidenceRequired",
                        "Give the evidence that the target was met or not"));
            }
        } else {
            if (value == null) {
                problems.add(new RuleViolation.Violation("value", "monitoring.observation.valueRequired",
                        "Enter the value"));
            }
            if (figure.met() != null) {
                problems.add(new RuleViolation.Violation("met", "monitoring.observation.metComputed",
                        "The target is a number: whether it is met follows from the value"));
            }
        }
        if (value != null) {
            checkValue(fiscalYear, value, problems);
        }
        if (blank(source)) {
            problems.add(new RuleViolation.Violation("source", "monitoring.observation.sourceRequired",
                    "Say where the figure comes from (统计公报, 部门年报 …)"));
        }
        tooLong(problems, "source", source, 500);
        tooLong(problems, "evidence", figure.evidence(), 2000);
        tooLong(problems, "note", figure.note(), 1000);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        ObservedFigure clean = new ObservedFigure(value, isWordTarget() ? figure.met() : null,
                blank(figure.evidence()) ? null : figure.evidence().strip(),
                blank(figure.note()) ? null : figure.note().strip());
        IndicatorObservation observation = upsert(fiscalYear, clean, source.strip(), false);
        observation.stamp(recordedBy, recordedAt);
        return observation;
    }

    /** Removes the observation of {@code fiscalYear}; the removed one, or empty when there was none. */
    public Optional<IndicatorObservation> removeObservation(int fiscalYear) {
        Optional<IndicatorObservation> existing = observationFor(fiscalYear);
        existing.ifPresent(observations::remove);
        return existing;
    }

    /** The first year an observation can be recorded for: the year after the baseline (2021). */
    public int firstObservableYear() {
        return baseline.getYear() != null ? baseline.getYear() + 1 : plan.getPeriod().getStartYear();
    }

    /** The last year an observation can be recorded for: the target year (2025). */
    public int lastObservableYear() {
        return target.getYear() != null ? target.getYear() : plan.getPeriod().getEndYear();
    }

    /** Whether the target is words (应保尽保, 动态清零, 保持较高水平): recorded as met / not met with evidence. */
    public boolean isWordTarget() {
        return !target.isBlank() && !target.isNumeric() || comparison == Comparison.QUALITATIVE;
    }

    /** Whether the unit is a percentage. */
    public boolean isPercentage() {
        return unit != null && unit.strip().startsWith("%");
    }

    private void checkValue(int fiscalYear, BigDecimal value, List<RuleViolation.Violation> problems) {
        if (value.signum() < 0) {
            problems.add(new RuleViolation.Violation("value", "monitoring.observation.negative",
                    "The value cannot be negative", value.toPlainString()));
            return;
        }
        if (value.stripTrailingZeros().scale() > 4 || value.precision() - value.scale() > 15) {
            problems.add(new RuleViolation.Violation("value", "monitoring.observation.digits",
                    "At most 15 digits before and 4 after the decimal point", value.toPlainString()));
            return;
        }
        if (isPercentage() && value.compareTo(percentCeiling()) > 0) {
            problems.add(new RuleViolation.Violation("value", "monitoring.observation.percent",
                    "A percentage lies between 0 and " + percentCeiling().toPlainString(), value.toPlainString(),
                    percentCeiling().toPlainString()));
        }
        if (cumulative) {
            observations.stream().filter(o -> o.getFiscalYear() < fiscalYear && o.getValue() != null)
                    .filter(o -> o.getValue().compareTo(value) > 0).reduce((a, b) -> b).ifPresent(o ->
                            problems.add(new RuleViolation.Violation("value", "monitoring.observation.cumulativeBelow",
                                    "A five-year running total cannot fall below the earlier year's",
                                    value.toPlainString(), o.getFiscalYear(), o.getValue().stripTrailingZeros().toPlainString())));
            observations.stream().filter(o -> o.getFiscalYear() > fiscalYear && o.getValue() != null)
                    .filter(o -> o.getValue().compareTo(value) < 0).findFirst().ifPresent(o ->
                            problems.add(new RuleViolation.Violation("value", "monitoring.observation.cumulativeAbove",
                                    "A five-year running total cannot exceed a later year's",
                                    value.toPlainString(), o.getFiscalYear(), o.getValue().stripTrailingZeros().toPlainString())));
        }
    }

    /** 100, or the plan's own figure when it is above 100 (a gross rate such as 巩固率 112.01 %). */
    private BigDecimal percentCeiling() {
        BigDecimal ceiling = BigDecimal.valueOf(100);
        for (IndicatorFigure f : List.of(baseline, target)) {
            if (f.getValue() != null && f.getValue().compareTo(ceiling) > 0) {
                ceiling = f.getValue().multiply(BigDecimal.valueOf(2));
            }
        }
        return ceiling;
    }

    private IndicatorObservation upsert(int fiscalYear, ObservedFigure figure, String source, boolean sample) {
        Optional<IndicatorObservation> existing = observationFor(fiscalYear);
        if (existing.isPresent()) {
            existing.get().revise(figure, source, sample);
            return existing.get();
        }
        IndicatorObservation observation = new IndicatorObservation(this, fiscalYear, figure, source, sample);
        observations.add(observation);
        observations.sort(Comparator.comparingInt(IndicatorObservation::getFiscalYear));
        return observation;
    }

    private static void tooLong(List<RuleViolation.Violation> problems, String field, String text, int max) {
        if (text != null && text.length() > max) {
            problems.add(new RuleViolation.Violation(field, "monitoring.observation.tooLong",
                    "At most " + max + " characters", max));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
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
