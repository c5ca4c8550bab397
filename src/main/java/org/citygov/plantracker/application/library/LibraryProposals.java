package org.citygov.plantracker.application.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.audit.AuditTrail;
import org.citygov.plantracker.domain.model.funding.FundingSource;
import org.citygov.plantracker.domain.model.library.ForeseenFunding;
import org.citygov.plantracker.domain.model.library.LibraryRound;
import org.citygov.plantracker.domain.model.library.OutputSide;
import org.citygov.plantracker.domain.model.library.PlannedOutput;
import org.citygov.plantracker.domain.model.library.LibraryProjectFacts;
import org.citygov.plantracker.domain.model.library.ProjectTerms;
import org.citygov.plantracker.domain.model.library.Proposal;
import org.citygov.plantracker.domain.model.library.ProposalKind;
import org.citygov.plantracker.domain.model.library.ProposalStatus;
import org.citygov.plantracker.domain.model.library.ReviewDecision;
import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.plan.Program;
import org.citygov.plantracker.domain.model.plan.Target;
import org.citygov.plantracker.domain.model.project.LeadUnit;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.shared.RuleViolation.Violation;
import org.citygov.plantracker.domain.model.user.AppUser;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.domain.service.library.DiffField;
import org.citygov.plantracker.domain.service.library.FieldChange;
import org.citygov.plantracker.domain.service.library.LibraryDiff;
import org.citygov.plantracker.infrastructure.persistence.jpa.Columns;
import org.citygov.plantracker.infrastructure.persistence.jpa.Row;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Proposals of a round: project offices submit, revise (when returned) and take back their own;
 * the city government approves, rejects or returns them with a comment, and may take an approval back
 * while the round is open. Every step is audited
 * under the project's code, so it appears in the project's history.
 */
@ApplicationScoped
@Transactional
public class LibraryProposals {

    static final String ENTITY = "LibraryProposal";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LibraryLookups lookups;

    @Inject
    private LibraryPermissions permissions;

    @Inject
    private LibraryReadiness readiness;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Submits a proposal in an open round before its deadline (project offices, their own unit). */
    public ProposalView submit(ProposalDraft draft) {
        if (draft == null || draft.kind() == null) {
            throw new RuleViolation("kind", "library.proposal.kindRequired",
                    "Say what the proposal asks: ADD, ADJUST, START or WITHDRAW");
        }
        LibraryRound round = lookups.round(draft.roundCode());
        // waits for a close of the round in progress, and sees it closed afterwards
        em.lock(round, LockModeType.PESSIMISTIC_READ);
        LocalDate today = LocalDate.now(clock);
        LocalDateTime now = LocalDateTime.now(clock);
        String code = draft.projectCode() == null ? null : draft.projectCode().trim();
        Proposal proposal;
        if (draft.kind() == ProposalKind.ADD) {
            AppUser user = permissions.requireOfficeOf(null, code);
            round.requireAcceptsProposals(today);
            requireCodeFree(code);
            LeadUnit unit = em.getReference(LeadUnit.class, user.getLeadUnit().getId());
            Resolved r = resolve(draft, round.getPlan().getCode(), true);
            proposal = Proposal.toAdd(round, unit, code, terms(draft), r.program, r.where, draft.category(),
                    r.outputs, r.funding, draft.reason(), user.getUsername(), now, today);
        } else {
            Project project = lookups.project(code);
            AppUser user = permissions.requireOfficeOf(project.getLeadUnit(), code);
            round.requireAcceptsProposals(today);
            requireNoActiveProposal(code, null);
            proposal = switch (draft.kind()) {
                case ADJUST -> {
                    Resolved r = resolve(draft, project.getProgram().getPlan().getCode(), false);
                    yield Proposal.toAdjust(round, project, terms(draft), r.outputs, draft.reason(),
                            user.getUsername(), now, today);
                }
                case START -> {
                    Proposal p = Proposal.toStart(round, project, draft.reason(), user.getUsername(), now, today);
                    readiness.requireReadyToStart(project);
                    yield p;
                }
                case WITHDRAW -> Proposal.toWithdraw(round, project, draft.reason(), user.getUsername(), now, today);
                default -> throw new IllegalStateException();
            };
        }
        em.persist(proposal);
        em.flush();
        audit.event(ENTITY, proposal.getId(), proposal.getProjectCode(), "library.submit." + proposal.getKind().name(),
                round.getCode() + ": " + proposal.getReason());
        return view(proposal);
    }

    /** Resubmits a returned proposal with changes (its office, until the round closes). */
    public ProposalView revise(Long id, long version, ProposalDraft draft) {
        Change change = change(id, version, this::requireItsOffice);
        Proposal p = change.proposal();
        AppUser user = change.by();
        LocalDateTime now = LocalDateTime.now(clock);
        ProposalDraft d = draft == null ? ProposalDraft.stageChange(null, p.getKind(), p.getProjectCode(), null) : draft;
        switch (p.getKind()) {
            case ADD -> {
                String code = d.projectCode() == null ? null : d.projectCode().trim();
                if (code != null && !code.equals(p.getProjectCode())) {
                    requireCodeFree(code);
                }
                Resolved r = resolve(d, p.getRound().getPlan().getCode(), true);
                p.reviseAdd(code, terms(d), r.program, r.where, d.category(), r.outputs, r.funding, d.reason(),
                        user.getUsername(), now);
            }
            case ADJUST -> {
                Resolved r = resolve(d, p.getProject().getProgram().getPlan().getCode(), false);
                p.reviseAdjust(terms(d), r.outputs, d.reason(), user.getUsername(), now);
            }
            case START -> {
                p.reviseReason(d.reason(), user.getUsername(), now);
                readiness.requireReadyToStart(p.getProject());
            }
            case WITHDRAW -> p.reviseReason(d.reason(), user.getUsername(), now);
        }
        return done(p, () -> audit.event(ENTITY, p.getId(), p.getProjectCode(), "library.resubmit", p.getReason()));
    }

    /** Takes back a proposal not yet decided (its office). */
    public ProposalView cancel(Long id, long version) {
        Proposal p = change(id, version, this::requireItsOffice).proposal();
        p.cancel();
        return done(p, () -> audit.event(ENTITY, p.getId(), p.getProjectCode(), "library.cancel", null));
    }

    /**
     * The city government's decision: approve, reject or return with a comment (required for
     * reject and return). Approving a move to 新开工 re-checks the readiness gates.
     */
    public ProposalView decide(Long id, long version, ReviewDecision decision, String comment) {
        AppUser user = permissions.requireCity();
        Proposal p = change(id, version, any -> user).proposal();
        if (decision == ReviewDecision.APPROVE && p.getKind() == ProposalKind.START) {
            readiness.requireReadyToStart(p.getProject());
        }
        if (decision == ReviewDecision.APPROVE && p.getKind() == ProposalKind.ADD) {
            requireCodeUnused(p.getProjectCode());
        }
        Object before = p.getStatus();
        p.decide(decision, comment, user.getUsername(), LocalDateTime.now(clock));
        return done(p, () -> {
            audit.fieldChanged(ENTITY, p.getId(), p.getProjectCode(), "library.review." + decision.name(), "status",
                    before, p.getStatus());
            if (p.getReviewComment() != null) {
                audit.event(ENTITY, p.getId(), p.getProjectCode(), "library.review.comment", p.getReviewComment());
            }
        });
    }

    /**
     * The city government takes back its approval (撤销同意) while the round is open, with a reason:
     * the proposal is submitted again and waits for a new decision. This is how an approved proposal
     * that can no longer be applied stops blocking the close.
     */
    public ProposalView reopen(Long id, long version, String comment) {
        AppUser user = permissions.requireCity();
        Proposal p = change(id, version, any -> user).proposal();
        Object before = p.getStatus();
        p.reopen(comment, user.getUsername(), LocalDateTime.now(clock));
        return done(p, () -> {
            audit.fieldChanged(ENTITY, p.getId(), p.getProjectCode(), "library.review.reopen", "status", before,
                    p.getStatus());
            audit.event(ENTITY, p.getId(), p.getProjectCode(), "library.review.comment", p.getReviewComment());
        });
    }

    /** A round's proposals, optionally of one status and kind; an office sees only its own unit's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProposalRow> list(String roundCode, ProposalStatus status, ProposalKind kind) {
        AppUser user = permissions.signedIn();
        LibraryRound round = lookups.round(roundCode);
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder("WHERE p.round = :round");
        parameters.put("round", round);
        if (user.isProjectOffice()) {
            where.append(" AND u.id = :unit");
            parameters.put("unit", user.getLeadUnit().getId());
        }
        if (status != null) {
            where.append(" AND p.status = :status");
            parameters.put("status", status);
        }
        if (kind != null) {
            where.append(" AND p.kind = :kind");
            parameters.put("kind", kind);
        }
        return rows(where.toString(), parameters);
    }

    /** Every proposal about one project, in any round, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProposalRow> ofProject(String projectCode) {
        return rows("WHERE p.projectCode = :code", Map.of("code", projectCode));
    }

    /** One proposal, for its office and for the city, finance and administrators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProposalView detail(Long id) {
        Proposal p = lookups.proposal(id);
        permissions.requireCanRead(p.getLeadUnit(), p.getProjectCode());
        return view(p);
    }

    /** A project's terms and open outputs as a draft for an ADJUST (or START, WITHDRAW) form, for its office. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProposalPrefill prefill(ProposalKind kind, String projectCode) {
        Project project = lookups.project(projectCode);
        permissions.requireOfficeOf(project.getLeadUnit(), projectCode);
        List<ProposalDraft.OutputLine> outputs = Proposal.openOutputsOf(project).stream()
                .map(o -> new ProposalDraft.OutputLine(o.target().getCode(), o.jurisdiction().getCode(), o.quantity(),
                        o.unit())).toList();
        ProposalDraft draft = new ProposalDraft(null, kind, project.getCode().value(), project.getNameZh(),
                project.getNameEn(), project.getDescription(), project.getProgram().getCode(),
                project.getJurisdiction().getCode(), project.getCategory(), project.getPlannedStart(),
                project.getPlannedFinish(), project.getTotalInvestment(), outputs, List.of(), null);
        return new ProposalPrefill(project.getProgram().getPlan().getCode(), project.getStage(), draft);
    }

    /** A draft to start a form from, the plan its codes belong to, and the project's stage now. */
    public record ProposalPrefill(String planCode, Stage stage, ProposalDraft draft) implements java.io.Serializable {
    }

    // ---- helpers ----

    /** A proposal about to change, and who changes it. */
    private record Change(Proposal proposal, AppUser by) {
    }

    /**
     * The steps every change of an existing proposal takes first: find it, check that the caller may
     * change it, refuse a stale version, and wait for a close of its round in progress (which then
     * sees the change, or the change sees the round closed).
     */
    private Change change(Long id, long version, Function<Proposal, AppUser> mayChange) {
        Proposal p = lookups.proposal(id);
        AppUser by = mayChange.apply(p);
        ConcurrentEditException.check(what(p), version, p.getVersion());
        em.lock(p.getRound(), LockModeType.PESSIMISTIC_READ);
        return new Change(p, by);
    }

    /** The steps every change ends with: write it (a stale write fails here), audit it, answer with the new view. */
    private ProposalView done(Proposal p, Runnable audited) {
        em.flush();
        audited.run();
        return view(p);
    }

    private AppUser requireItsOffice(Proposal p) {
        return permissions.requireOfficeOf(p.getLeadUnit(), p.getProjectCode());
    }

    /** A proposal row's values, by name; a proposal without a name of its own (START, WITHDRAW) shows its project's. */
    private static final Columns PROPOSAL_ROW = Columns.of("id", "p.id").and("roundCode", "r.code")
            .and("kind", "p.kind").and("status", "p.status").and("projectCode", "p.projectCode")
            .and("proposedNameZh", "p.proposed.nameZh").and("proposedNameEn", "p.proposed.nameEn")
            .and("projectNameZh", "pj.nameZh").and("projectNameEn", "pj.nameEn")
            .and("leadUnitCode", "u.code").and("leadUnitNameZh", "u.nameZh").and("leadUnitNameEn", "u.nameEn")
            .and("proposedProgram", "pr.code").and("projectProgram", "pjpr.code")
            .and("investmentBefore", "p.before.totalInvestment").and("investmentProposed", "p.proposed.totalInvestment")
            .and("investmentNow", "pj.totalInvestment").and("reason", "p.reason")
            .and("submittedBy", "p.submittedBy").and("submittedAt", "p.submittedAt")
            .and("reviewedBy", "p.reviewedBy").and("reviewComment", "p.reviewComment").and("version", "p.version");

    private List<ProposalRow> rows(String where, Map<String, Object> parameters) {
        TypedQuery<Object[]> q = em.createQuery("SELECT " + PROPOSAL_ROW.select()
                + " FROM Proposal p JOIN p.round r JOIN p.leadUnit u LEFT JOIN p.project pj LEFT JOIN pj.program pjpr "
                + "LEFT JOIN p.program pr " + where + " ORDER BY p.submittedAt, p.id", Object[].class);
        parameters.forEach(q::setParameter);
        List<ProposalRow> rows = new ArrayList<>();
        for (Row r : PROPOSAL_ROW.rows(q.getResultList())) {
            ProposalKind kind = r.get("kind", ProposalKind.class);
            BigDecimal current = r.decimal("investmentNow");
            BigDecimal before = switch (kind) {
                case ADD -> null;
                case ADJUST -> r.decimal("investmentBefore");
                default -> current;
            };
            BigDecimal after = switch (kind) {
                case ADD, ADJUST -> r.decimal("investmentProposed");
                case START -> current;
                case WITHDRAW -> null;
            };
            boolean ownName = r.value("proposedNameZh") != null;
            rows.add(new ProposalRow(r.get("id", Long.class), r.string("roundCode"), kind,
                    r.get("status", ProposalStatus.class), r.string("projectCode"),
                    r.string(ownName ? "proposedNameZh" : "projectNameZh"),
                    r.string(ownName ? "proposedNameEn" : "projectNameEn"),
                    r.string("leadUnitCode"), r.string("leadUnitNameZh"), r.string("leadUnitNameEn"),
                    r.value("proposedProgram") != null ? r.string("proposedProgram") : r.string("projectProgram"),
                    before, after, r.string("reason"), r.string("submittedBy"),
                    r.get("submittedAt", LocalDateTime.class), r.string("reviewedBy"), r.string("reviewComment"),
                    r.get("version", Long.class)));
        }
        return rows;
    }

    private static String what(Proposal p) {
        return p.getKind().zh() + " " + p.getProjectCode();
    }

    private void requireCodeFree(String code) {
        requireCodeUnused(code);
        requireNoActiveProposal(code, null);
    }

    private void requireCodeUnused(String code) {
        if (code != null && lookups.findProject(code).isPresent()) {
            throw new RuleViolation("projectCode", "library.proposal.codeTaken",
                    "There is already a project " + code, code);
        }
    }

    /** One proposal in play per project at a time, across all rounds. */
    private void requireNoActiveProposal(String code, Long except) {
        if (code == null) {
            return;
        }
        Columns inPlay = Columns.of("id", "p.id").and("roundCode", "r.code");
        List<Row> active = inPlay.rows(em.createQuery("SELECT " + inPlay.select() + " FROM Proposal p JOIN p.round r "
                        + "WHERE p.projectCode = :code AND p.status IN :active", Object[].class)
                .setParameter("code", code)
                .setParameter("active", List.of(ProposalStatus.SUBMITTED, ProposalStatus.RETURNED, ProposalStatus.APPROVED))
                .getResultList());
        active.stream().filter(a -> !a.value("id").equals(except)).findFirst().ifPresent(a -> {
            throw new RuleViolation("projectCode", "library.proposal.alreadyProposed",
                    "Project " + code + " already has a proposal in play (round " + a.string("roundCode") + ")", code,
                    a.string("roundCode"));
        });
    }

    private static ProjectTerms terms(ProposalDraft d) {
        return new ProjectTerms(d.nameZh(), d.nameEn(), d.description(), d.plannedStart(), d.plannedFinish(),
                d.totalInvestment());
    }

    private record Resolved(Program program, Jurisdiction where, List<PlannedOutput> outputs,
                            List<ForeseenFunding> funding) {
    }

    /** Turns the draft's codes into the plan's and the catalogue's objects; unknown codes are violations. */
    private Resolved resolve(ProposalDraft d, String planCode, boolean newProject) {
        List<Violation> problems = new ArrayList<>();
        Program program = null;
        Jurisdiction where = null;
        if (newProject) {
            if (d.programCode() != null && !d.programCode().isBlank()) {
                program = find(() -> lookups.program(planCode, d.programCode())).orElse(null);
                if (program == null) {
                    problems.add(new Violation("program", "library.proposal.unknownProgram",
                            "Plan " + planCode + " has no program " + d.programCode(), d.programCode(), planCode));
                }
            }
            if (d.jurisdictionCode() != null && !d.jurisdictionCode().isBlank()) {
                where = find(() -> lookups.jurisdiction(d.jurisdictionCode())).orElse(null);
                if (where == null) {
                    problems.add(new Violation("jurisdiction", "library.proposal.unknownJurisdiction",
                            "There is no place " + d.jurisdictionCode(), d.jurisdictionCode()));
                }
            }
        }
        List<PlannedOutput> outputs = new ArrayList<>();
        List<ProposalDraft.OutputLine> lines = d.outputs() == null ? List.of() : d.outputs();
        for (int i = 0; i < lines.size(); i++) {
            ProposalDraft.OutputLine line = lines.get(i);
            if (line == null) {
                continue;
            }
            Target target = null;
            if (line.targetCode() != null && !line.targetCode().isBlank()) {
                target = find(() -> lookups.target(planCode, line.targetCode())).orElse(null);
                if (target == null) {
                    problems.add(new Violation("outputs[" + i + "].target", "library.proposal.unknownTarget",
                            "Plan " + planCode + " has no target " + line.targetCode(), i + 1, line.targetCode(), planCode));
                }
            }
            Jurisdiction place = null;
            String placeCode = line.jurisdictionCode() != null && !line.jurisdictionCode().isBlank()
                    ? line.jurisdictionCode() : d.jurisdictionCode();
            if (placeCode != null && !placeCode.isBlank()) {
                place = find(() -> lookups.jurisdiction(placeCode)).orElse(null);
                if (place == null) {
                    problems.add(new Violation("outputs[" + i + "].jurisdiction", "library.proposal.unknownJurisdiction",
                            "There is no place " + placeCode, placeCode));
                }
            } else if (!newProject) {
                problems.add(new Violation("outputs[" + i + "].jurisdiction", "library.proposal.outputPlaceRequired",
                        "Output " + (i + 1) + ": choose the place", i + 1));
            }
            outputs.add(new PlannedOutput(target, place, line.quantity(), line.unit()));
        }
        List<ForeseenFunding> funding = new ArrayList<>();
        List<ProposalDraft.FundingDraft> money = d.funding() == null || !newProject ? List.of() : d.funding();
        for (int i = 0; i < money.size(); i++) {
            ProposalDraft.FundingDraft f = money.get(i);
            if (f == null) {
                continue;
            }
            FundingSource source = f.sourceCode() == null || f.sourceCode().isBlank() ? null
                    : find(() -> lookups.fundingSource(f.sourceCode())).orElse(null);
            if (source == null && f.sourceCode() != null && !f.sourceCode().isBlank()) {
                problems.add(new Violation("funding[" + i + "].source", "library.proposal.unknownSource",
                        "There is no funding source " + f.sourceCode(), f.sourceCode()));
            }
            if (f.fiscalYear() == null) {
                problems.add(new Violation("funding[" + i + "].fiscalYear", "library.proposal.fundingYearRequired",
                        "Funding " + (i + 1) + ": give the year", i + 1));
            }
            funding.add(new ForeseenFunding(source, f.fiscalYear() == null ? 0 : f.fiscalYear(), f.amount()));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        return new Resolved(program, where, outputs, funding);
    }

    private static <T> Optional<T> find(java.util.function.Supplier<T> lookup) {
        try {
            return Optional.of(lookup.get());
        } catch (UnknownEntityException e) {
            return Optional.empty();
        }
    }

    ProposalView view(Proposal p) {
        AppUser user = permissions.signedIn();
        boolean ownOffice = user.hasRole(Role.PROJECT_OFFICE) && user.getLeadUnit() != null
                && user.getLeadUnit().getId().equals(p.getLeadUnit().getId());
        boolean open = p.getRound().isOpen();
        Project project = p.getProject();
        ProjectTerms proposed = p.getProposed();
        Program program = p.getKind() == ProposalKind.ADD ? p.getProgram() : project.getProgram();
        Jurisdiction where = p.getKind() == ProposalKind.ADD ? p.getJurisdiction() : project.getJurisdiction();
        List<ProposalView.OutputView> outputs = p.outputs(OutputSide.AFTER).stream().map(LibraryProposals::outputView).toList();
        List<ProposalView.OutputView> before = p.outputs(OutputSide.BEFORE).stream().map(LibraryProposals::outputView).toList();
        List<ProposalView.FundingView> funding = p.foreseenFunding().stream()
                .map(f -> new ProposalView.FundingView(f.source().getCode(), f.source().getNameZh(), f.source().getNameEn(),
                        f.fiscalYear(), f.amount())).toList();
        ReadinessView gates = p.getKind() == ProposalKind.START ? readiness.readiness(p.getProjectCode()) : null;
        return new ProposalView(p.getId(), p.getRound().getCode(), p.getRound().getNameZh(), p.getRound().getNameEn(),
                open, p.getKind(), p.getStatus(), p.getProjectCode(),
                proposed != null && proposed.getNameZh() != null ? proposed.getNameZh() : project == null ? null : project.getNameZh(),
                proposed != null && proposed.getNameZh() != null ? proposed.getNameEn() : project == null ? null : project.getNameEn(),
                project != null, p.getLeadUnit().getCode(), p.getLeadUnit().getNameZh(), p.getLeadUnit().getNameEn(),
                program == null ? null : program.getPlan().getCode(), program == null ? null : program.getCode(),
                program == null ? null : program.getTitleZh(), program == null ? null : program.getTitleEn(),
                where == null ? null : where.getCode(), where == null ? null : where.getNameZh(),
                where == null ? null : where.getNameEn(),
                p.getKind() == ProposalKind.ADD ? p.getCategory() : project.getCategory(),
                proposed == null ? null : proposed.getNameZh(), proposed == null ? null : proposed.getNameEn(),
                proposed == null ? null : proposed.getDescription(), proposed == null ? null : proposed.getPlannedStart(),
                proposed == null ? null : proposed.getPlannedFinish(), proposed == null ? null : proposed.getTotalInvestment(),
                changes(p), outputs, before, funding, p.foreseenTotal(), p.getReason(), p.getSubmittedBy(),
                p.getSubmittedAt(), p.getReviewedBy(), p.getReviewedAt(), p.getDecision(), p.getReviewComment(),
                p.getAppliedAt(), p.getVersion(), gates,
                open && p.getStatus() == ProposalStatus.SUBMITTED && user.hasRole(Role.CITY_GOV),
                open && p.getStatus() == ProposalStatus.APPROVED && user.hasRole(Role.CITY_GOV),
                open && p.getStatus() == ProposalStatus.RETURNED && ownOffice,
                open && (p.getStatus() == ProposalStatus.SUBMITTED || p.getStatus() == ProposalStatus.RETURNED) && ownOffice);
    }

    private static ProposalView.OutputView outputView(PlannedOutput o) {
        return new ProposalView.OutputView(o.target().getCode(), o.target().getDescriptionZh(),
                o.target().getDescriptionEn(), o.jurisdiction().getCode(), o.jurisdiction().getNameZh(),
                o.jurisdiction().getNameEn(), o.quantity(), o.unit());
    }

    /** Before → after, field by field: every field of a new project; the changed terms and outputs of an adjustment. */
    static List<FieldChange> changes(Proposal p) {
        return switch (p.getKind()) {
            case ADD -> LibraryDiff.changes(null, addedFacts(p));
            case ADJUST -> LibraryDiff.changes(termsFacts(p.getProjectCode(), p.getBefore(), p.outputs(OutputSide.BEFORE)),
                    termsFacts(p.getProjectCode(), p.getProposed(), p.outputs(OutputSide.AFTER)));
            case START -> List.of(new FieldChange(DiffField.STAGE, p.getBeforeStage(), Stage.NEW_START));
            case WITHDRAW -> List.of(new FieldChange(DiffField.STAGE, p.getBeforeStage(), Stage.WITHDRAWN));
        };
    }

    private static LibraryProjectFacts addedFacts(Proposal p) {
        ProjectTerms t = p.getProposed();
        Program program = p.getProgram();
        return new LibraryProjectFacts(p.getProjectCode(), t.getNameZh(), t.getNameEn(), program.getPlan().getCode(),
                program.getCode(), program.getTitleZh(), program.getTitleEn(), p.getJurisdiction().getCode(),
                p.getJurisdiction().getNameZh(), p.getJurisdiction().getNameEn(), null, null, null,
                p.getLeadUnit().getCode(), p.getLeadUnit().getNameZh(), p.getLeadUnit().getNameEn(), p.getCategory(),
                Stage.RESERVE, t.getPlannedStart(), t.getPlannedFinish(), t.getTotalInvestment(), t.getDescription(),
                false, outputFacts(p.outputs(OutputSide.AFTER)),
                p.foreseenFunding().stream().map(f -> new LibraryProjectFacts.FundingFact(f.source().getCode(), f.fiscalYear(),
                        f.amount(), null)).toList());
    }

    private static LibraryProjectFacts termsFacts(String code, ProjectTerms t, List<PlannedOutput> outputs) {
        if (t == null) {
            t = new ProjectTerms(null, null, null, null, null, null);
        }
        return new LibraryProjectFacts(code, t.getNameZh(), t.getNameEn(), null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, t.getPlannedStart(), t.getPlannedFinish(),
                t.getTotalInvestment(), t.getDescription(), false, outputFacts(outputs), List.of());
    }

    private static List<LibraryProjectFacts.OutputFact> outputFacts(List<PlannedOutput> outputs) {
        return outputs.stream().map(o -> new LibraryProjectFacts.OutputFact(o.target().getPlan().getCode(), o.target().getCode(),
                o.jurisdiction().getCode(), o.quantity(), o.unit())).toList();
    }
}
