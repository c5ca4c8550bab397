package org.citygov.plantracker.domain.model.library;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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
import org.citygov.plantracker.domain.model.plan.Plan;
import org.citygov.plantracker.domain.model.plan.Program;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.LeadUnit;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.project.ProjectCode;
import org.citygov.plantracker.domain.model.project.ProjectOutput;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.shared.RuleViolation.Violation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 申报 — what a project office asks of the library in a round, with a reason: add a new reserve
 * project, adjust one, move one to 新开工, or withdraw one (调出). The city approves, rejects or
 * returns it with a comment; approved proposals are applied when the round closes.
 * An adjustment keeps the project's terms and outputs as they were when it was submitted
 * ({@code before}) next to the proposed ones, so the change can be shown before → after.
 */
@Entity
@Table(name = "library_proposal")
public class Proposal {

    static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false)
    private LibraryRound round;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private ProposalKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ProposalStatus status;

    /** The proposing office's unit; the lead unit of a new project. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_unit_id", nullable = false)
    private LeadUnit leadUnit;

    /** The project concerned; for a new project set when the proposal is applied. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;

    /** The project's code (for a new project, the code it will have). */
    @Column(name = "project_code", nullable = false, length = 40)
    private String projectCode;

    @Column(name = "reason", nullable = false, length = MAX_TEXT)
    private String reason;

    /** The proposed terms (ADD, ADJUST). */
    @Embedded
    private ProjectTerms proposed;

    /** The project's terms when an adjustment was submitted. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "nameZh", column = @Column(name = "before_name_zh", length = 300)),
            @AttributeOverride(name = "nameEn", column = @Column(name = "before_name_en", length = 300)),
            @AttributeOverride(name = "description", column = @Column(name = "before_description", length = 4000)),
            @AttributeOverride(name = "plannedStart", column = @Column(name = "before_planned_start")),
            @AttributeOverride(name = "plannedFinish", column = @Column(name = "before_planned_finish")),
            @AttributeOverride(name = "totalInvestment", column = @Column(name = "before_total_investment",
                    precision = 19, scale = 2))
    })
    private ProjectTerms before;

    /** The project's stage when the proposal was submitted (all kinds but ADD). */
    @Enumerated(EnumType.STRING)
    @Column(name = "before_stage", length = 16)
    private Stage beforeStage;

    /** ADD: the program (工程) of the round's plan the new project serves. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "program_id")
    private Program program;

    /** ADD: where the new project lies. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "jurisdiction_id")
    private Jurisdiction jurisdiction;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 32)
    private Category category;

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ProposalOutput> outputs = new ArrayList<>();

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("fiscalYear, id")
    private List<ProposalFunding> funding = new ArrayList<>();

    @Column(name = "submitted_by", nullable = false, length = 64)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    @Column(name = "reviewed_by", length = 64)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private LocalDateTime reviewedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 16)
    private ReviewDecision decision;

    @Column(name = "review_comment", length = MAX_TEXT)
    private String reviewComment;

    @Column(name = "applied_at")
    private LocalDateTime appliedAt;

    @Version
    private long version;

    protected Proposal() {
    }

    private Proposal(LibraryRound round, ProposalKind kind, LeadUnit leadUnit, String projectCode,
                     String submittedBy, LocalDateTime submittedAt) {
        this.round = Objects.requireNonNull(round, "round");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.leadUnit = Objects.requireNonNull(leadUnit, "leadUnit");
        this.projectCode = projectCode;
        this.status = ProposalStatus.SUBMITTED;
        this.submittedBy = Objects.requireNonNull(submittedBy, "submittedBy");
        this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt");
    }

    /** 新增入库 — a new reserve project of {@code unit}. */
    public static Proposal toAdd(LibraryRound round, LeadUnit unit, String projectCode, ProjectTerms terms,
                                 Program program, Jurisdiction where, Category category,
                                 List<PlannedOutput> outputs, List<ForeseenFunding> funding, String reason,
                                 String by, LocalDateTime at, LocalDate today) {
        round.requireAcceptsProposals(today);
        Proposal p = new Proposal(round, ProposalKind.ADD, unit, projectCode == null ? null : projectCode.trim(), by, at);
        p.setAddContent(projectCode, terms, program, where, category, outputs, funding, reason);
        return p;
    }

    /** 调整 — new terms and outputs for {@code project}; what it has now is kept as "before". */
    public static Proposal toAdjust(LibraryRound round, Project project, ProjectTerms terms,
                                    List<PlannedOutput> outputs, String reason, String by, LocalDateTime at,
                                    LocalDate today) {
        round.requireAcceptsProposals(today);
        Proposal p = new Proposal(round, ProposalKind.ADJUST, project.getLeadUnit(), project.getCode().value(), by, at);
        p.project = project;
        p.beforeStage = project.getStage();
        p.setAdjustContent(terms, outputs, reason);
        return p;
    }

    /** 转入新开工 — the readiness gates are checked by the caller (they need the funding and documents). */
    public static Proposal toStart(LibraryRound round, Project project, String reason, String by, LocalDateTime at,
                                   LocalDate today) {
        return stageChange(round, ProposalKind.START, project, reason, by, at, today);
    }

    /** 调出 — withdraw {@code project} from the library. */
    public static Proposal toWithdraw(LibraryRound round, Project project, String reason, String by,
                                      LocalDateTime at, LocalDate today) {
        return stageChange(round, ProposalKind.WITHDRAW, project, reason, by, at, today);
    }

    private static Proposal stageChange(LibraryRound round, ProposalKind kind, Project project, String reason,
                                        String by, LocalDateTime at, LocalDate today) {
        round.requireAcceptsProposals(today);
        Proposal p = new Proposal(round, kind, project.getLeadUnit(), project.getCode().value(), by, at);
        p.project = project;
        p.beforeStage = project.getStage();
        p.setStageChangeContent(reason);
        return p;
    }

    // ---- revision of a returned proposal (allowed until the round closes) ----

    public void reviseAdd(String projectCode, ProjectTerms terms, Program program, Jurisdiction where,
                          Category category, List<PlannedOutput> outputs, List<ForeseenFunding> funding,
                          String reason, String by, LocalDateTime at) {
        requireRevisable(ProposalKind.ADD);
        setAddContent(projectCode, terms, program, where, category, outputs, funding, reason);
        this.projectCode = projectCode.trim();
        resubmitted(by, at);
    }

    public void reviseAdjust(ProjectTerms terms, List<PlannedOutput> outputs, String reason, String by,
                             LocalDateTime at) {
        requireRevisable(ProposalKind.ADJUST);
        setAdjustContent(terms, outputs, reason);
        resubmitted(by, at);
    }

    public void reviseReason(String reason, String by, LocalDateTime at) {
        requireRevisable(kind == ProposalKind.START || kind == ProposalKind.WITHDRAW ? kind : null);
        setStageChangeContent(reason);
        this.beforeStage = project.getStage();
        resubmitted(by, at);
    }

    private void requireRevisable(ProposalKind expected) {
        round.requireOpen();
        if (status != ProposalStatus.RETURNED) {
            throw new RuleViolation("status", "library.proposal.notReturned",
                    "Only a returned proposal can be revised; this one is " + status, status.zh(), status.en());
        }
        if (expected != kind) {
            throw new RuleViolation("kind", "library.proposal.kindFixed",
                    "A revision cannot change what the proposal asks (" + kind + ")", kind.zh(), kind.en());
        }
    }

    private void resubmitted(String by, LocalDateTime at) {
        this.status = ProposalStatus.SUBMITTED;
        this.submittedBy = Objects.requireNonNull(by);
        this.submittedAt = Objects.requireNonNull(at);
    }

    private void setAddContent(String code, ProjectTerms terms, Program program, Jurisdiction where,
                               Category category, List<PlannedOutput> plannedOutputs,
                               List<ForeseenFunding> foreseen, String reason) {
        List<Violation> problems = new ArrayList<>();
        if (code == null || !code.trim().matches(ProjectCode.PATTERN)) {
            problems.add(new Violation("projectCode", "library.proposal.codeFormat",
                    "A project code is 3–40 letters, digits, '.', '_' or '-'", code));
        }
        checkReason(reason, problems);
        if (terms == null) {
            problems.add(new Violation("nameZh", "project.nameRequired", "The project needs a Chinese name"));
        } else {
            problems.addAll(terms.problems());
        }
        Plan plan = round.getPlan();
        if (program == null) {
            problems.add(new Violation("program", "library.proposal.programRequired", "Choose the program (工程)"));
        } else if (!program.getPlan().getCode().equals(plan.getCode())) {
            problems.add(new Violation("program", "library.proposal.programOtherPlan",
                    "Program " + program.getCode() + " is not in the round's plan " + plan.getCode(),
                    program.getCode(), plan.getCode()));
        }
        if (where == null) {
            problems.add(new Violation("jurisdiction", "library.proposal.jurisdictionRequired",
                    "Choose where the project lies"));
        }
        if (category == null) {
            problems.add(new Violation("category", "library.proposal.categoryRequired", "Choose the category"));
        }
        List<PlannedOutput> outs = plannedOutputs == null ? List.of() : plannedOutputs;
        if (outs.isEmpty()) {
            problems.add(new Violation("outputs", "library.proposal.outputsRequired",
                    "A new project needs at least one planned output toward a plan target"));
        }
        checkOutputs(outs, plan, problems);
        List<ForeseenFunding> money = foreseen == null ? List.of() : foreseen;
        checkFunding(money, terms, category, problems);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        this.reason = reason.trim();
        this.proposed = terms;
        this.program = program;
        this.jurisdiction = where;
        this.category = category;
        replaceOutputs(OutputSide.AFTER, outs);
        this.funding.clear();
        money.forEach(f -> this.funding.add(new ProposalFunding(this, f)));
    }

    private void setAdjustContent(ProjectTerms terms, List<PlannedOutput> plannedOutputs, String reason) {
        List<Violation> problems = new ArrayList<>();
        checkReason(reason, problems);
        if (!project.getStage().isActive()) {
            problems.add(new Violation("project", "library.proposal.projectInactive",
                    "Project " + projectCode + " is " + project.getStage() + " and can no longer be adjusted",
                    projectCode, project.getStage().zh(), project.getStage().en()));
        }
        if (terms == null) {
            problems.add(new Violation("nameZh", "project.nameRequired", "The project needs a Chinese name"));
        } else {
            problems.addAll(terms.problems());
        }
        List<PlannedOutput> outs = plannedOutputs == null ? List.of() : plannedOutputs;
        checkOutputs(outs, project.getProgram().getPlan(), problems);
        ProjectTerms now = termsOf(project);
        List<PlannedOutput> nowOutputs = openOutputsOf(project);
        if (problems.isEmpty() && now.sameAs(terms) && outputKeys(nowOutputs).equals(outputKeys(outs))) {
            problems.add(new Violation(null, "library.proposal.noChange",
                    "The adjustment changes nothing of project " + projectCode, projectCode));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        this.reason = reason.trim();
        this.proposed = terms;
        this.before = now;
        replaceOutputs(OutputSide.AFTER, outs);
        replaceOutputs(OutputSide.BEFORE, nowOutputs);
    }

    private void setStageChangeContent(String reason) {
        List<Violation> problems = new ArrayList<>();
        checkReason(reason, problems);
        Stage stage = project.getStage();
        if (kind == ProposalKind.START && !(stage == Stage.RESERVE || stage == Stage.PREPARATION)) {
            problems.add(new Violation("project", "library.proposal.startFromStage",
                    "Only a project in 储备 or 前期 can move to 新开工; " + projectCode + " is " + stage,
                    projectCode, stage.zh(), stage.en()));
        }
        if (kind == ProposalKind.WITHDRAW && !stage.canMoveTo(Stage.WITHDRAWN)) {
            problems.add(new Violation("project", "library.proposal.withdrawFromStage",
                    "Project " + projectCode + " is " + stage + " and cannot be withdrawn",
                    projectCode, stage.zh(), stage.en()));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        this.reason = reason.trim();
    }

    private static void checkReason(String reason, List<Violation> problems) {
        if (reason == null || reason.isBlank()) {
            problems.add(new Violation("reason", "library.proposal.reasonRequired", "Give the reason for the proposal"));
        } else if (reason.trim().length() > MAX_TEXT) {
            problems.add(new Violation("reason", "library.proposal.textTooLong", "The reason is too long", MAX_TEXT));
        }
    }

    private static void checkOutputs(List<PlannedOutput> outputs, Plan plan, List<Violation> problems) {
        for (int i = 0; i < outputs.size(); i++) {
            PlannedOutput o = outputs.get(i);
            String field = "outputs[" + i + "]";
            if (o.target() == null) {
                problems.add(new Violation(field + ".target", "library.proposal.outputTargetRequired",
                        "Output " + (i + 1) + ": choose the plan target", i + 1));
            } else if (!o.target().getPlan().getCode().equals(plan.getCode())) {
                problems.add(new Violation(field + ".target", "library.proposal.outputTargetOtherPlan",
                        "Output " + (i + 1) + ": target " + o.target().getCode() + " is not in plan " + plan.getCode(),
                        i + 1, o.target().getCode(), plan.getCode()));
            }
            if (o.jurisdiction() == null) {
                problems.add(new Violation(field + ".jurisdiction", "library.proposal.outputPlaceRequired",
                        "Output " + (i + 1) + ": choose the place", i + 1));
            }
            if (o.quantity() == null || o.quantity().signum() <= 0) {
                problems.add(new Violation(field + ".quantity", "library.proposal.outputQuantity",
                        "Output " + (i + 1) + ": the planned quantity must be more than zero", i + 1));
            }
            if (o.unit() != null && o.unit().length() > 60) {
                problems.add(new Violation(field + ".unit", "library.proposal.textTooLong", "The unit is too long", 60));
            }
        }
    }

    private static void checkFunding(List<ForeseenFunding> funding, ProjectTerms terms, Category category,
                                     List<Violation> problems) {
        for (int i = 0; i < funding.size(); i++) {
            ForeseenFunding f = funding.get(i);
            String field = "funding[" + i + "]";
            if (f.source() == null) {
                problems.add(new Violation(field + ".source", "library.proposal.fundingSourceRequired",
                        "Funding " + (i + 1) + ": choose the source", i + 1));
            } else if (!f.source().isActive()) {
                problems.add(new Violation(field + ".source", "library.proposal.fundingSourceRetired",
                        "Funding " + (i + 1) + ": source " + f.source().getCode() + " takes no new money", i + 1,
                        f.source().getNameZh()));
            } else if (category != null && !f.source().isAllowedFor(category)) {
                problems.add(new Violation(field + ".source", "library.proposal.fundingSourceNotForCategory",
                        "Funding " + (i + 1) + ": source " + f.source().getCode() + " may not pay for " + category
                                + " projects", i + 1, f.source().getNameZh(), category.zh(), f.source().getNameEn(),
                        category.en()));
            }
            if (f.amount() == null || f.amount().signum() <= 0) {
                problems.add(new Violation(field + ".amount", "library.proposal.fundingAmount",
                        "Funding " + (i + 1) + ": the amount must be more than zero", i + 1));
            }
            if (terms != null && terms.getPlannedStart() != null && terms.getPlannedFinish() != null
                    && (f.fiscalYear() < terms.getPlannedStart().getYear()
                    || f.fiscalYear() > terms.getPlannedFinish().getYear())) {
                problems.add(new Violation(field + ".fiscalYear", "library.proposal.fundingYear",
                        "Funding " + (i + 1) + ": year " + f.fiscalYear() + " is outside the project's span",
                        i + 1, String.valueOf(f.fiscalYear()), String.valueOf(terms.getPlannedStart().getYear()),
                        String.valueOf(terms.getPlannedFinish().getYear())));
            }
        }
    }

    private void replaceOutputs(OutputSide side, List<PlannedOutput> planned) {
        outputs.removeIf(o -> o.getSide() == side);
        planned.forEach(p -> outputs.add(new ProposalOutput(this, side, new PlannedOutput(p.target(), p.jurisdiction(),
                p.quantity() == null ? null : p.quantity().setScale(4, RoundingMode.HALF_UP), blankToNull(p.unit())))));
    }

    /** The terms a project has now. */
    public static ProjectTerms termsOf(Project project) {
        return new ProjectTerms(project.getNameZh(), project.getNameEn(), project.getDescription(),
                project.getPlannedStart(), project.getPlannedFinish(), project.getTotalInvestment());
    }

    /** A project's outputs not yet confirmed: the ones an adjustment may change. */
    public static List<PlannedOutput> openOutputsOf(Project project) {
        return project.getOutputs().stream().filter(o -> !o.isConfirmed())
                .map(o -> new PlannedOutput(o.getTarget(), o.getJurisdiction(), o.getPlannedQuantity(), o.getUnit()))
                .toList();
    }

    private static Set<String> outputKeys(List<PlannedOutput> outputs) {
        return outputs.stream().map(o -> (o.target() == null ? "" : o.target().getCode()) + "@"
                + (o.jurisdiction() == null ? "" : o.jurisdiction().getCode()) + "="
                + (o.quantity() == null ? "" : o.quantity().stripTrailingZeros().toPlainString()) + " "
                + Objects.toString(blankToNull(o.unit()), "")).collect(Collectors.toSet());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    // ---- review ----

    /**
     * The city's decision on a submitted proposal. Rejecting or returning needs a comment. The
     * round must still be open.
     */
    public void decide(ReviewDecision decision, String comment, String by, LocalDateTime at) {
        round.requireOpen();
        List<Violation> problems = new ArrayList<>();
        if (status != ProposalStatus.SUBMITTED) {
            problems.add(new Violation("status", "library.review.notSubmitted",
                    "Only a submitted proposal can be decided; this one is " + status, status.zh(), status.en()));
        }
        if (decision == null) {
            problems.add(new Violation("decision", "library.review.decisionRequired",
                    "Choose approve, reject or return"));
        } else if (decision != ReviewDecision.APPROVE && (comment == null || comment.isBlank())) {
            problems.add(new Violation("comment", "library.review.commentRequired",
                    "Rejecting or returning a proposal needs a comment"));
        }
        if (comment != null && comment.trim().length() > MAX_TEXT) {
            problems.add(new Violation("comment", "library.proposal.textTooLong", "The comment is too long", MAX_TEXT));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        this.decision = decision;
        this.status = switch (decision) {
            case APPROVE -> ProposalStatus.APPROVED;
            case REJECT -> ProposalStatus.REJECTED;
            case RETURN -> ProposalStatus.RETURNED;
        };
        this.reviewComment = blankToNull(comment);
        this.reviewedBy = Objects.requireNonNull(by);
        this.reviewedAt = Objects.requireNonNull(at);
    }

    /**
     * 撤销同意 — the city takes back its approval while the round is open, for instance because the
     * proposal can no longer be applied at the close. The proposal waits for a decision again
     * (approve, reject or return), so an approved proposal never holds a round up for good. The
     * reason is required and replaces the review comment.
     */
    public void reopen(String comment, String by, LocalDateTime at) {
        round.requireOpen();
        List<Violation> problems = new ArrayList<>();
        if (status != ProposalStatus.APPROVED) {
            problems.add(new Violation("status", "library.review.notApproved",
                    "Only an approved proposal can be reopened; this one is " + status, status.zh(), status.en()));
        }
        if (comment == null || comment.isBlank()) {
            problems.add(new Violation("comment", "library.review.reopenCommentRequired",
                    "Say why the approval is taken back"));
        } else if (comment.trim().length() > MAX_TEXT) {
            problems.add(new Violation("comment", "library.proposal.textTooLong", "The comment is too long", MAX_TEXT));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        this.status = ProposalStatus.SUBMITTED;
        this.decision = null;
        this.reviewComment = comment.trim();
        this.reviewedBy = Objects.requireNonNull(by);
        this.reviewedAt = Objects.requireNonNull(at);
    }

    /** The office takes its proposal back before a decision (or after it was returned). */
    public void cancel() {
        round.requireOpen();
        if (status != ProposalStatus.SUBMITTED && status != ProposalStatus.RETURNED) {
            throw new RuleViolation("status", "library.proposal.notCancellable",
                    "A proposal that is " + status + " can no longer be taken back", status.zh(), status.en());
        }
        this.status = ProposalStatus.CANCELLED;
    }

    /**
     * At the close of the round, before an adjustment is applied: the project must still be in the
     * library (not withdrawn or finished), and its terms and open outputs must still be those the
     * adjustment was written against. Otherwise the change would overwrite what happened since (a
     * stale adjustment), and the city approved something else than what would be applied.
     */
    public void requireAdjustmentStillApplies() {
        if (kind != ProposalKind.ADJUST) {
            return;
        }
        if (!project.getStage().isActive()) {
            throw new RuleViolation("project", "library.apply.projectInactive",
                    "Project " + projectCode + " is " + project.getStage() + " and can no longer be adjusted",
                    projectCode, project.getStage().zh(), project.getStage().en());
        }
        if (!termsOf(project).sameAs(before)
                || !outputKeys(openOutputsOf(project)).equals(outputKeys(outputs(OutputSide.BEFORE)))) {
            throw new RuleViolation("project", "library.apply.staleAdjustment",
                    "Project " + projectCode + " has changed since the adjustment was submitted", projectCode);
        }
    }

    /** At the close of the round: the approved proposal has been applied to {@code applied}. */
    public void markApplied(Project applied, LocalDateTime at) {
        if (status != ProposalStatus.APPROVED) {
            throw new IllegalStateException("Proposal " + id + " is " + status + ", not approved");
        }
        this.project = Objects.requireNonNull(applied);
        this.status = ProposalStatus.APPLIED;
        this.appliedAt = at;
    }

    /** At the close of the round: a returned proposal that was not resubmitted lapses. */
    public void lapse() {
        if (status == ProposalStatus.RETURNED) {
            this.status = ProposalStatus.LAPSED;
        }
    }

    public List<PlannedOutput> outputs(OutputSide side) {
        return outputs.stream().filter(o -> o.getSide() == side).map(ProposalOutput::toPlanned).toList();
    }

    public List<ForeseenFunding> foreseenFunding() {
        return funding.stream().map(ProposalFunding::toForeseen).toList();
    }

    public BigDecimal foreseenTotal() {
        return funding.stream().map(ProposalFunding::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Long getId() { return id; }
    public LibraryRound getRound() { return round; }
    public ProposalKind getKind() { return kind; }
    public ProposalStatus getStatus() { return status; }
    public LeadUnit getLeadUnit() { return leadUnit; }
    public Project getProject() { return project; }
    public String getProjectCode() { return projectCode; }
    public String getReason() { return reason; }
    public ProjectTerms getProposed() { return proposed; }
    public ProjectTerms getBefore() { return before; }
    public Stage getBeforeStage() { return beforeStage; }
    public Program getProgram() { return program; }
    public Jurisdiction getJurisdiction() { return jurisdiction; }
    public Category getCategory() { return category; }
    public List<ProposalOutput> getOutputs() { return Collections.unmodifiableList(outputs); }
    public List<ProposalFunding> getFunding() { return Collections.unmodifiableList(funding); }
    public String getSubmittedBy() { return submittedBy; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public String getReviewedBy() { return reviewedBy; }
    public LocalDateTime getReviewedAt() { return reviewedAt; }
    public ReviewDecision getDecision() { return decision; }
    public String getReviewComment() { return reviewComment; }
    public LocalDateTime getAppliedAt() { return appliedAt; }
    public long getVersion() { return version; }
}
