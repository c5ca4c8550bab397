package org.citygov.plantracker.domain.model.plan;

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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 目标 — a numbered target of the plan: a figure to reach, a facility to build, a standard to apply
 * or a qualitative aim. Column targets belong to a {@link Program} (C1.4-T1); targets stated only in
 * the chapter body text have none (CH2-T01).
 */
@Entity
@Table(name = "plan_target")
@NamedQuery(name = "Target.findByPlan",
        query = "SELECT t FROM Target t WHERE t.plan = :plan ORDER BY t.seq")
@NamedQuery(name = "Target.findByProgram",
        query = "SELECT t FROM Target t WHERE t.program = :program ORDER BY t.seq")
@NamedQuery(name = "Target.findByChapter",
        query = "SELECT t FROM Target t WHERE t.chapter = :chapter ORDER BY t.seq")
@NamedQuery(name = "Target.findChapterTextTargets",
        query = "SELECT t FROM Target t WHERE t.plan = :plan AND t.program IS NULL ORDER BY t.seq")
@NamedQuery(name = "Target.findByCode",
        query = "SELECT t FROM Target t WHERE t.plan = :plan AND t.code = :code")
@NamedQuery(name = "Target.findRestating",
        query = "SELECT t FROM Target t JOIN t.indicators i WHERE i = :indicator ORDER BY t.seq")
public class Target {

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

    /** Null for targets stated only in the chapter body text. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "program_id", updatable = false)
    private Program program;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "chapter_id", nullable = false)
    private Chapter chapter;

    /** C1.4-T1 for column targets, CH2-T01 for chapter-text targets. */
    @Column(name = "code", nullable = false, length = 32, updatable = false)
    private String code;

    /** Position in the plan definition (C1.4-T2 comes before C1.4-T10). */
    @Column(name = "seq", nullable = false)
    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private TargetKind kind;

    @Embedded
    private TargetWording wording;

    @Embedded
    private Measure measure;

    @Embedded
    private Deadline deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false, length = 32)
    private TargetScope scope;

    @Column(name = "scope_detail", length = 1000)
    private String scopeDetail;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "stage_id")
    private ScheduleStage stage;

    /** Each institution counted must have at least this many 托位 (不少于50个托位规模). */
    @Column(name = "min_places_per_institution")
    private Integer minPlacesPerInstitution;

    /** How projects' outputs measure the target, as the plan definition declares it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "measure_kind", nullable = false, length = 24)
    private MeasureKind measureKind = MeasureKind.NONE;

    /** Only 普惠 (inclusive) institutions count (COUNT, COVERAGE). */
    @Column(name = "inclusive_only", nullable = false)
    private boolean inclusiveOnly;

    /** An output's quantity toward this target is a number of institutions (each with its places), not places. */
    @Column(name = "counts_institutions", nullable = false)
    private boolean countsInstitutions;

    /** The indicator-table rows this target restates (IND-04; CH2-T04 restates IND-20 and IND-21). */
    @ManyToMany
    @JoinTable(name = "plan_target_indicator",
            joinColumns = @JoinColumn(name = "target_id"),
            inverseJoinColumns = @JoinColumn(name = "indicator_id"))
    private Set<Indicator> indicators = new HashSet<>();

    /** For PER_JURISDICTION_GROUP targets: the 区县(市) the group is made of, where known. */
    @ManyToMany
    @JoinTable(name = "plan_target_unit",
            joinColumns = @JoinColumn(name = "target_id"),
            inverseJoinColumns = @JoinColumn(name = "jurisdiction_id"))
    private Set<Jurisdiction> jurisdictions = new HashSet<>();

    protected Target() {
        // for JPA
    }

    Target(Plan plan, Program program, Chapter chapter, String code, TargetKind kind, TargetWording wording,
           Measure measure, Deadline deadline, TargetScope scope, String scopeDetail) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A target needs a code");
        }
        this.plan = Objects.requireNonNull(plan, "plan");
        this.program = program;
        this.chapter = Objects.requireNonNull(chapter, "chapter");
        if (chapter.getPlan() != plan) {
            throw new IllegalArgumentException(code + ": chapter " + chapter.getNumber() + " belongs to another plan");
        }
        this.code = code;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.wording = Objects.requireNonNull(wording, "wording");
        this.measure = Objects.requireNonNull(measure, "measure");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.scopeDetail = scopeDetail;
    }

    void placeAt(int seq) {
        this.seq = seq;
    }

    /**
     * Makes this target part of a stage of its program's staged schedule. A dated stage fixes the
     * target's deadline, so the two must agree.
     */
    public void attachToStage(ScheduleStage stage) {
        Objects.requireNonNull(stage, "stage");
        if (program == null || stage.getSchedule().getProgram() != program) {
            throw new IllegalArgumentException(code + " is not a target of the program that schedules "
                    + stage.getSchedule().getNameZh());
        }
        if (stage.isDated() && deadline.getDate() != null && !stage.getDeadline().equals(deadline.getDate())) {
            throw new IllegalArgumentException(code + " is due " + deadline.getDate() + " but stage "
                    + stage.getNumber() + " of " + stage.getSchedule().getNameZh() + " is due " + stage.getDeadline());
        }
        this.stage = stage;
        stage.include(this);
    }

    /**
     * A new version of the plan restates this target (a 中期调整): its wording, figure, deadline and
     * scope change; its code, 工程 and what points at it stay. A staged target keeps its stage.
     */
    public void revise(Chapter newChapter, TargetKind newKind, TargetWording newWording, Measure newMeasure,
                       Deadline newDeadline, TargetScope newScope, String newScopeDetail) {
        Objects.requireNonNull(newChapter, "chapter");
        if (newChapter.getPlan() != plan) {
            throw new IllegalArgumentException(code + ": chapter " + newChapter.getNumber() + " belongs to another plan");
        }
        if (stage != null && stage.isDated() && newDeadline.getDate() != null
                && !stage.getDeadline().equals(newDeadline.getDate())) {
            throw new IllegalArgumentException(code + " is due " + newDeadline.getDate() + " but its stage is due "
                    + stage.getDeadline());
        }
        this.chapter = program == null ? newChapter : chapter;
        this.kind = Objects.requireNonNull(newKind, "kind");
        this.wording = Objects.requireNonNull(newWording, "wording");
        this.measure = Objects.requireNonNull(newMeasure, "measure");
        this.deadline = Objects.requireNonNull(newDeadline, "deadline");
        this.scope = Objects.requireNonNull(newScope, "scope");
        this.scopeDetail = newScopeDetail;
        this.indicators.clear();
        this.jurisdictions.clear();
    }

    void forget(Indicator indicator) {
        indicators.remove(indicator);
    }

    /** Each counted institution must have at least {@code places} 托位. */
    public void requireMinPlacesPerInstitution(Integer places) {
        if (places != null && places <= 0) {
            throw new IllegalArgumentException(code + ": minimum places must be positive, got " + places);
        }
        this.minPlacesPerInstitution = places;
    }

    /**
     * Declares how the target is measured. A measured kind needs a figure; only institution counts
     * ({@link MeasureKind#COUNT}, {@link MeasureKind#COVERAGE}) can be limited to 普惠 institutions.
     */
    public void declareMeasurement(MeasureKind kind, boolean inclusiveOnly, boolean countsInstitutions) {
        Objects.requireNonNull(kind, "kind");
        if (kind.isMeasuredFromProjects() && !measure.hasFigure()) {
            throw new IllegalArgumentException(code + ": measure " + kind.code() + " needs a figure");
        }
        if (inclusiveOnly && !kind.countsQualifyingInstitutions()) {
            throw new IllegalArgumentException(code + ": inclusive_only applies to count and coverage, not "
                    + kind.code());
        }
        this.measureKind = kind;
        this.inclusiveOnly = inclusiveOnly;
        this.countsInstitutions = countsInstitutions;
    }

    /** Records an indicator-table row this target restates. */
    public void restates(Indicator indicator) {
        if (indicator.getPlan() != plan) {
            throw new IllegalArgumentException(code + ": indicator " + indicator.getCode() + " belongs to another plan");
        }
        indicators.add(indicator);
    }

    /**
     * Sets the 区县(市) of a PER_JURISDICTION_GROUP target (the plan's 市内各区、郑东新区… group).
     */
    public void applyTo(Collection<Jurisdiction> units) {
        if (scope != TargetScope.PER_JURISDICTION_GROUP) {
            throw new IllegalStateException(code + " is " + scope + "; only PER_JURISDICTION_GROUP targets list units");
        }
        units.stream().filter(u -> !scope.admits(u)).findAny().ifPresent(u -> {
            throw new IllegalArgumentException(code + ": " + u + " is a " + u.getLevel() + ", not a 区县(市)");
        });
        jurisdictions.clear();
        jurisdictions.addAll(units);
    }

    /** Whether the target is measured at {@code level} (each 街道, each 社区, the city…). */
    public boolean appliesToLevel(JurisdictionLevel level) {
        return scope.appliesToLevel(level);
    }

    /**
     * Whether this target applies to {@code unit}: by level for per-unit scopes, by kind for 各县(市),
     * by membership for a group. A group whose members the plan does not list applies to none.
     */
    public boolean appliesTo(Jurisdiction unit) {
        if (!scope.admits(unit)) {
            return false;
        }
        return scope != TargetScope.PER_JURISDICTION_GROUP || jurisdictions.contains(unit);
    }

    /**
     * The number of institutions this target requires of each 区县(市) of its group by the first stage of its
     * staged schedule (五年三跨越 stage 1: 2 for 市内各区、郑东新区…, 1 for 各县(市)和上街区…); empty unless
     * the target is a first-stage, institution-counting group target with a figure. This is where a unit's
     * stage-1 minimum comes from: the plan's groups, not a column of the unit.
     */
    public Optional<Integer> firstStageInstitutionMinimum() {
        if (scope != TargetScope.PER_JURISDICTION_GROUP || !countsInstitutions || stage == null
                || stage.getNumber() != 1 || measure.getTargetValue() == null) {
            return Optional.empty();
        }
        return Optional.of(measure.getTargetValue().intValue());
    }

    /** Whether the figure is a rate per 1,000 population (每千人口托位数), evaluated against a population. */
    public boolean isPerPopulation() {
        return measureKind == MeasureKind.PER_POPULATION;
    }

    public MeasureKind getMeasureKind() {
        return measureKind;
    }

    public boolean isInclusiveOnly() {
        return inclusiveOnly;
    }

    public boolean isCountsInstitutions() {
        return countsInstitutions;
    }

    /** Whether the target is stated only in the chapter body text, outside any 专栏. */
    public boolean isChapterTextTarget() {
        return program == null;
    }

    public boolean isDueBy(LocalDate date) {
        return deadline.getDate() != null && !deadline.getDate().isAfter(date);
    }

    /** Whether {@code actual} meets the target; empty when the target has no figure. */
    public Optional<Boolean> isMetBy(BigDecimal actual) {
        return measure.isMetBy(actual);
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

    public Optional<Program> getProgram() {
        return Optional.ofNullable(program);
    }

    public Chapter getChapter() {
        return chapter;
    }

    public String getCode() {
        return code;
    }

    public int getSeq() {
        return seq;
    }

    public TargetKind getKind() {
        return kind;
    }

    public TargetWording getWording() {
        return wording;
    }

    public String getDescriptionZh() {
        return wording.getDescriptionZh();
    }

    public String getDescriptionEn() {
        return wording.getDescriptionEn();
    }

    public String getSection() {
        return wording.getSection();
    }

    public String getNote() {
        return wording.getNote();
    }

    public Measure getMeasure() {
        return measure;
    }

    public Deadline getDeadline() {
        return deadline;
    }

    public TargetScope getScope() {
        return scope;
    }

    public String getScopeDetail() {
        return scopeDetail;
    }

    public Optional<ScheduleStage> getStage() {
        return Optional.ofNullable(stage);
    }

    public Integer getMinPlacesPerInstitution() {
        return minPlacesPerInstitution;
    }

    public Set<Indicator> getIndicators() {
        return Collections.unmodifiableSet(indicators);
    }

    /** Codes of the restated indicator-table rows, in order (IND-20, IND-21). */
    public List<String> getIndicatorCodes() {
        return indicators.stream().map(Indicator::getCode).sorted().toList();
    }

    public Set<Jurisdiction> getJurisdictions() {
        return Collections.unmodifiableSet(jurisdictions);
    }

    /** Codes of the group's units in order (J01, J02…). */
    public String jurisdictionCodes() {
        return jurisdictions.stream().map(Jurisdiction::getCode).sorted().collect(Collectors.joining(","));
    }

    @Override
    public String toString() {
        return code;
    }
}
