package org.citygov.plantracker.domain.model.project;

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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.plan.Program;
import org.citygov.plantracker.domain.model.plan.Target;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.shared.RuleViolation.Violation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A project of the library: the aggregate root of its milestones and outputs. It serves one
 * program (工程) of the plan, lies in one jurisdiction and is led by one lead unit (项目单位).
 */
@Entity
@Table(name = "project")
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Embedded
    private ProjectCode code;

    /** 项目代码 of the national platform, once assigned. */
    @Column(name = "national_code", length = 24, unique = true)
    private String nationalCode;

    @Column(name = "name_zh", nullable = false, length = 300)
    private String nameZh;

    @Column(name = "name_en", length = 300)
    private String nameEn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id", nullable = false)
    private Program program;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "jurisdiction_id", nullable = false)
    private Jurisdiction jurisdiction;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_unit_id", nullable = false)
    private LeadUnit leadUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 32)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 16)
    private Stage stage;

    @Column(name = "withdrawal_reason", length = 2000)
    private String withdrawalReason;

    /** 公开 — whether the city publishes the project as open data; null: the default rule ({@link #isOpenData()}). */
    @Column(name = "open_data")
    private Boolean openData;

    @Column(name = "planned_start", nullable = false)
    private LocalDate plannedStart;

    @Column(name = "planned_finish", nullable = false)
    private LocalDate plannedFinish;

    /** 总投资, yuan. */
    @Column(name = "total_investment", nullable = false, precision = 19, scale = 2)
    private BigDecimal totalInvestment;

    @Column(name = "description", length = 4000)
    private String description;

    @Column(name = "sample", nullable = false)
    private boolean sample;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seqNo")
    private List<Milestone> milestones = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ProjectOutput> outputs = new ArrayList<>();

    @Version
    private long version;

    protected Project() {
    }

    public Project(ProjectCode code, String nameZh, String nameEn, Program program, Jurisdiction jurisdiction,
                   LeadUnit leadUnit, Category category, Stage stage, LocalDate plannedStart, LocalDate plannedFinish,
                   BigDecimal totalInvestment, boolean sample, LocalDateTime createdAt) {
        this.code = Objects.requireNonNull(code, "code");
        this.program = Objects.requireNonNull(program, "program");
        this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
        this.leadUnit = Objects.requireNonNull(leadUnit, "leadUnit");
        this.category = Objects.requireNonNull(category, "category");
        this.stage = Objects.requireNonNull(stage, "stage");
        this.sample = sample;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        describe(nameZh, nameEn, plannedStart, plannedFinish, totalInvestment);
    }

    /** Names, span and total investment, checked together. */
    public void describe(String nameZh, String nameEn, LocalDate start, LocalDate finish, BigDecimal investment) {
        List<Violation> problems = new ArrayList<>();
        if (nameZh == null || nameZh.isBlank()) {
            problems.add(new Violation("nameZh", "project.nameRequired", "The project needs a Chinese name"));
        }
        if (start == null || finish == null) {
            problems.add(new Violation("plannedStart", "project.spanRequired", "Planned start and finish are required"));
        } else if (finish.isBefore(start)) {
            problems.add(new Violation("plannedFinish", "project.finishBeforeStart",
                    "The planned finish " + finish + " is before the start " + start, finish, start));
        }
        if (investment == null || investment.signum() < 0) {
            problems.add(new Violation("totalInvestment", "project.investmentNegative",
                    "Total investment must be given and cannot be negative"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        this.nameZh = nameZh.trim();
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.trim();
        this.plannedStart = start;
        this.plannedFinish = finish;
        this.totalInvestment = investment.setScale(2, RoundingMode.HALF_UP);
    }

    public void assignNationalCode(String national) {
        try {
            this.nationalCode = NationalProjectCode.normalise(national).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("nationalCode", "project.nationalCodeFormat", e.getMessage(), national);
        }
    }

    public void describeIn(String text) {
        this.description = text;
    }

    public Milestone addMilestone(String nameZh, String nameEn, MilestoneKind kind, LocalDate baseline, BigDecimal weight) {
        Milestone milestone = new Milestone(this, milestones.size() + 1, nameZh, nameEn, kind, baseline, weight);
        milestones.add(milestone);
        return milestone;
    }

    /** 储备 or 前期: the milestone plan may still be edited; from 新开工 on it is the frozen original baseline. */
    public boolean isPlanEditable() {
        return stage == Stage.RESERVE || stage == Stage.PREPARATION;
    }

    private void requirePlanEditable() {
        if (!isPlanEditable()) {
            throw new RuleViolation("stage", "milestone.plan.frozen",
                    "The milestone plan of a project in stage " + stage + " is frozen; dates change by re-baseline",
                    stage.zh(), stage.en());
        }
    }

    /**
     * Adds a step to the plan at {@code position} (1-based; null or beyond the end: last) while the
     * plan is editable; the steps after it move down one.
     */
    public Milestone planMilestone(MilestonePlanItem item, Integer position) {
        requirePlanEditable();
        List<Violation> problems = item.problems();
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        Milestone milestone = new Milestone(this, milestones.size() + 1, item.trimmedZh(), item.trimmedEn(), item.kind(),
                item.baseline(), item.weight().setScale(4, RoundingMode.HALF_UP));
        int index = position == null || position < 1 || position > milestones.size() ? milestones.size() : position - 1;
        milestones.add(index, milestone);
        renumber();
        return milestone;
    }

    /** Renames, re-kinds, re-weights or re-dates a step of the editable plan. */
    public void replanMilestone(Milestone milestone, MilestonePlanItem item) {
        requirePlanEditable();
        requireOwn(milestone);
        List<Violation> problems = item.problems();
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        milestone.replan(item);
    }

    /** Takes a step out of the editable plan; a step already done (actual date) is history and stays. */
    public void removeMilestone(Milestone milestone) {
        requirePlanEditable();
        requireOwn(milestone);
        if (milestone.isDone()) {
            throw new RuleViolation("milestone", "milestone.plan.removeDone",
                    "Milestone '" + milestone.getNameZh() + "' is done and cannot be removed", milestone.getNameZh(),
                    milestone.getActual());
        }
        milestones.remove(milestone);
        renumber();
    }

    /** Moves a step of the editable plan to {@code position} (1-based, clamped to the plan). */
    public void moveMilestone(Milestone milestone, int position) {
        requirePlanEditable();
        requireOwn(milestone);
        milestones.remove(milestone);
        milestones.add(Math.max(0, Math.min(position - 1, milestones.size())), milestone);
        renumber();
    }

    private void requireOwn(Milestone milestone) {
        if (milestone.getProject() != this || !milestones.contains(milestone)) {
            throw new IllegalArgumentException("Milestone of another project");
        }
    }

    private void renumber() {
        for (int i = 0; i < milestones.size(); i++) {
            if (milestones.get(i).getSeqNo() != i + 1) {
                milestones.get(i).renumber(i + 1);
            }
        }
    }

    public ProjectOutput addOutput(Target target, Jurisdiction where, BigDecimal plannedQuantity, String unit,
                                   Integer facilityCapacity, Boolean inclusive, String description) {
        ProjectOutput output = new ProjectOutput(this, target, where, plannedQuantity, unit, facilityCapacity,
                inclusive, description);
        outputs.add(output);
        return output;
    }

    /**
     * Moves the project along its life (储备 → 前期 → 新开工 → 续建 → 竣工 → 投用, or 调出 with a reason).
     * Starting works needs every preparation milestone done; completion needs every milestone done and
     * every output confirmed with its actual quantity.
     */
    public void moveTo(Stage next, String reason) {
        if (next == stage) {
            return;
        }
        if (!stage.canMoveTo(next)) {
            throw new RuleViolation("stage", "project.stageTransition",
                    "A project cannot move from " + stage + " to " + next, stage.zh(), next.zh());
        }
        List<Violation> problems = new ArrayList<>();
        if (next == Stage.WITHDRAWN && (reason == null || reason.isBlank())) {
            problems.add(new Violation("reason", "project.withdrawalReason", "Withdrawing a project needs a reason"));
        }
        boolean starting = next.isUnderConstruction() && !stage.isUnderConstruction();
        if (starting && milestones.isEmpty()) {
            problems.add(new Violation("stage", "project.planRequired",
                    "The project has no milestone plan; plan its milestones before works start"));
        }
        if (starting) {
            milestones.stream().filter(m -> m.getKind() == MilestoneKind.PREPARATION && !m.isDone())
                    .forEach(m -> problems.add(new Violation("stage", "project.preparationOpen",
                            "Preparation milestone '" + m.getNameZh() + "' is not done", m.getNameZh())));
        }
        if (next == Stage.COMPLETED) {
            milestones.stream().filter(m -> !m.isDone() && m.getKind() != MilestoneKind.OPERATION)
                    .forEach(m -> problems.add(new Violation("stage", "project.milestoneOpen",
                            "Milestone '" + m.getNameZh() + "' has no actual date", m.getNameZh())));
            outputs.stream().filter(o -> !o.isConfirmed())
                    .forEach(o -> problems.add(new Violation("stage", "project.outputUnconfirmed",
                            "Output toward " + o.getTarget().getCode() + " is not confirmed", o.getTarget().getCode())));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        if (next == Stage.WITHDRAWN) {
            this.withdrawalReason = reason.trim();
        }
        this.stage = next;
    }

    /**
     * 导入 — takes the project's record as a portfolio workbook gives it: where it is filed, its stage
     * (with the withdrawal reason of a 调出 project) as recorded, not replayed through {@link #moveTo};
     * the importer has checked the values before.
     */
    public void restoreRecord(Program newProgram, Jurisdiction newPlace, LeadUnit newLeadUnit, Category newCategory,
                              Stage newStage, String newWithdrawalReason, boolean newSample) {
        this.program = Objects.requireNonNull(newProgram, "program");
        this.jurisdiction = Objects.requireNonNull(newPlace, "place");
        this.leadUnit = Objects.requireNonNull(newLeadUnit, "leadUnit");
        this.category = Objects.requireNonNull(newCategory, "category");
        this.stage = Objects.requireNonNull(newStage, "stage");
        this.withdrawalReason = newWithdrawalReason == null || newWithdrawalReason.isBlank() ? null : newWithdrawalReason.trim();
        this.sample = newSample;
    }

    /** 导入 — a milestone as the workbook numbers it (its position {@code seq}), for {@link Milestone#restoreRecord}. */
    public Milestone addImportedMilestone(int seq, String nameZh, MilestoneKind kind) {
        Milestone milestone = new Milestone(this, seq, nameZh, null, kind, null, BigDecimal.ZERO);
        milestones.add(milestone);
        return milestone;
    }

    /** Weighted percent complete over the milestones (0–100); 0 without milestones or weights. */
    public BigDecimal percentComplete() {
        BigDecimal total = milestones.stream().map(Milestone::getWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal earned = milestones.stream().map(Milestone::earned).reduce(BigDecimal.ZERO, BigDecimal::add);
        return earned.multiply(Milestone.HUNDRED).divide(total, 2, RoundingMode.HALF_UP);
    }

    /**
     * The latest expected milestone date (actual, forecast or baseline), else the planned finish. Not
     * what pages show as 预计完工: that is the slippage rules' forecast (EvaluationService#forecastFinish),
     * which never lies before this date.
     */
    public LocalDate forecastFinish() {
        return milestones.stream().map(Milestone::expectedDate).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(plannedFinish);
    }

    /**
     * The library re-plans the outputs not yet confirmed (an approved 调整): an output toward the same
     * target in the same place keeps its identity with the new quantity and unit, outputs no longer
     * planned are removed, new ones added. Confirmed outputs are what was delivered and stay as they are.
     */
    public void replanOutputs(List<OutputPlan> planned) {
        List<ProjectOutput> open = outputs.stream().filter(o -> !o.isConfirmed()).toList();
        List<ProjectOutput> kept = new ArrayList<>();
        for (OutputPlan plan : planned) {
            Optional<ProjectOutput> same = open.stream()
                    .filter(o -> !kept.contains(o) && sameTarget(o.getTarget(), plan.target())
                            && o.getJurisdiction().sameIdentityAs(plan.where()))
                    .findFirst();
            if (same.isPresent()) {
                same.get().replan(plan.quantity(), plan.unit());
                kept.add(same.get());
            } else {
                kept.add(addOutput(plan.target(), plan.where(), plan.quantity(), plan.unit(), null, null, null));
            }
        }
        outputs.removeIf(o -> !o.isConfirmed() && !kept.contains(o));
    }

    private static boolean sameTarget(Target a, Target b) {
        return a == b || (a.getCode().equals(b.getCode()) && a.getPlan().getCode().equals(b.getPlan().getCode()));
    }

    /** An output as the library plans it: {@code quantity} {@code unit} toward {@code target} in {@code where}. */
    public record OutputPlan(Target target, Jurisdiction where, BigDecimal quantity, String unit) {
    }

    /**
     * 结转 — carries an unfinished project into a newly loaded plan: it serves {@code next} (a program
     * of the new plan) from now on, and each output not yet confirmed is re-linked to the target
     * {@code relink} names for its old one. Confirmed outputs stay with the plan they were delivered under.
     */
    public void carryInto(Program next, java.util.function.Function<Target, Target> relink) {
        Objects.requireNonNull(next, "next");
        if (!stage.isActive()) {
            throw new RuleViolation("stage", "project.carryFinished",
                    "Project " + code + " is " + stage + "; only unfinished projects are carried over",
                    code.value(), stage.zh(), stage.en());
        }
        if (next.getPlan().getCode().equals(program.getPlan().getCode())) {
            throw new RuleViolation("program", "project.carrySamePlan",
                    "Project " + code + " already serves plan " + next.getPlan().getCode(), code.value(),
                    next.getPlan().getCode());
        }
        for (ProjectOutput o : outputs) {
            if (!o.isConfirmed()) {
                Target to = relink.apply(o.getTarget());
                if (to == null || !to.getPlan().getCode().equals(next.getPlan().getCode())) {
                    throw new RuleViolation("outputs", "project.carryTargetUnmapped",
                            "Output toward " + o.getTarget().getCode() + " has no target in the new plan",
                            o.getTarget().getCode());
                }
                o.relinkTo(to);
            }
        }
        this.program = next;
    }

    public Optional<Milestone> milestone(Long milestoneId) {
        return milestones.stream().filter(m -> Objects.equals(m.getId(), milestoneId)).findFirst();
    }

    public Long getId() { return id; }
    public ProjectCode getCode() { return code; }
    public String getNationalCode() { return nationalCode; }
    public String getNameZh() { return nameZh; }
    public String getNameEn() { return nameEn; }
    public Program getProgram() { return program; }
    public Jurisdiction getJurisdiction() { return jurisdiction; }
    public LeadUnit getLeadUnit() { return leadUnit; }
    public Category getCategory() { return category; }
    public Stage getStage() { return stage; }

    /**
     * Whether the project is in the public open-data feed: as the city decided, else by default from
     * 新开工 on (新开工, 续建, 竣工, 投用); a 储备 project never is.
     */
    public boolean isOpenData() {
        if (stage == Stage.RESERVE) {
            return false;
        }
        return openData != null ? openData : Stage.PUBLIC_BY_DEFAULT.contains(stage);
    }

    /** The city's decision to publish the project or not (null: back to the default rule). */
    public void decideOpenData(Boolean publish) {
        this.openData = publish;
    }

    /**
     * The targets the project really serves when its program is only where the plan extraction filed it
     * (issue 16 item 12): every project belongs to a 工程, but a target the plan states in a chapter's text,
     * outside any 专栏 (CH9-T01, the resettlement housing), has no program, so its projects are filed under a
     * program of the same chapter's column (C7.1). Such a project serves none of its program's targets: the
     * pages show it as serving these chapter-text targets, the program named as the filing only. Empty for a
     * project that serves a target of its own program, or has no outputs.
     */
    public List<Target> filedChapterTextTargets() {
        boolean servesOwnProgram = outputs.stream()
                .anyMatch(o -> o.getTarget().getProgram().filter(pr -> pr.getCode().equals(program.getCode())).isPresent());
        if (servesOwnProgram) {
            return List.of();
        }
        return outputs.stream().map(ProjectOutput::getTarget).filter(Target::isChapterTextTarget).distinct().toList();
    }

    public Boolean getOpenDataDecision() { return openData; }
    public String getWithdrawalReason() { return withdrawalReason; }
    public LocalDate getPlannedStart() { return plannedStart; }
    public LocalDate getPlannedFinish() { return plannedFinish; }
    public BigDecimal getTotalInvestment() { return totalInvestment; }
    public String getDescription() { return description; }
    public boolean isSample() { return sample; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public List<Milestone> getMilestones() { return Collections.unmodifiableList(milestones); }
    public List<ProjectOutput> getOutputs() { return Collections.unmodifiableList(outputs); }
    public long getVersion() { return version; }
}
