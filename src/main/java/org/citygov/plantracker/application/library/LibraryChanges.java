package org.citygov.plantracker.application.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.audit.AuditTrail;
import org.citygov.plantracker.application.offices.StageChange;
import org.citygov.plantracker.application.offices.StageChanges;
import org.citygov.plantracker.domain.model.funding.FundingLine;
import org.citygov.plantracker.domain.model.library.ForeseenFunding;
import org.citygov.plantracker.domain.model.library.OutputSide;
import org.citygov.plantracker.domain.model.library.PlannedOutput;
import org.citygov.plantracker.domain.model.library.ProjectTerms;
import org.citygov.plantracker.domain.model.library.Proposal;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.project.ProjectCode;
import org.citygov.plantracker.domain.model.project.ProjectOutput;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.shared.RuleViolation.Violation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Applies an approved proposal to the library at the close of its round, in the round's
 * transaction: creates the new reserve project (with its outputs and requested funding lines),
 * adjusts terms and outputs (only if the project is unchanged since the adjustment was submitted), moves a project to 新开工 (gates checked once more) or withdraws it.
 * Every change is audited under the project's code. A proposal that can no longer be applied fails
 * the whole close, naming the proposal.
 * <p>
 * Adding and adjusting do not flush: a close applies thousands of proposals in one transaction, and a flush
 * per proposal makes EclipseLink compare every entity of the transaction each time (the cost grows with the
 * square of the count; see MilestoneTemplates). The round's close flushes once, after all of them.
 */
@ApplicationScoped
public class LibraryChanges {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LibraryReadiness readiness;

    @Inject
    private AuditTrail audit;

    @Inject
    private StageChanges stageChanges;

    @Inject
    private org.citygov.plantracker.application.project.MilestoneTemplates templates;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(Proposal p, LocalDateTime now) {
        try {
            Project project = switch (p.getKind()) {
                case ADD -> add(p, now);
                case ADJUST -> adjust(p);
                case START -> {
                    readiness.requireReadyToStart(p.getProject());
                    yield moveStage(p.getProject(), Stage.NEW_START, p.getReason());
                }
                case WITHDRAW -> moveStage(p.getProject(), Stage.WITHDRAWN, p.getReason());
            };
            p.markApplied(project, now);
            audit.event(LibraryProposals.ENTITY, p.getId(), p.getProjectCode(), "library.applied." + p.getKind().name(),
                    p.getRound().getCode());
        } catch (RuleViolation v) {
            List<Violation> all = new ArrayList<>();
            all.add(new Violation("proposal", "library.round.applyFailed",
                    "Proposal " + p.getId() + " (" + p.getKind() + " " + p.getProjectCode() + ") cannot be applied",
                    p.getId(), p.getKind().zh(), p.getKind().en(), p.getProjectCode()));
            all.addAll(v.getViolations());
            throw new RuleViolation(all);
        }
    }

    private Project add(Proposal p, LocalDateTime now) {
        ProjectTerms t = p.getProposed();
        Project project = new Project(new ProjectCode(p.getProjectCode()), t.getNameZh(), t.getNameEn(), p.getProgram(),
                p.getJurisdiction(), p.getLeadUnit(), p.getCategory(), Stage.RESERVE, t.getPlannedStart(),
                t.getPlannedFinish(), t.getTotalInvestment(), false, now);
        project.describeIn(t.getDescription());
        for (PlannedOutput o : p.outputs(OutputSide.AFTER)) {
            project.addOutput(o.target(), o.jurisdiction(), o.quantity(), o.unit(), null, null, null);
        }
        int planned = templates.applyTo(project);
        em.persist(project);
        for (ForeseenFunding f : p.foreseenFunding()) {
            em.persist(new FundingLine(project, f.source(), f.fiscalYear(), f.amount()));
        }
        // no flush here (the close flushes once): the id is drawn from the ids table at persist
        audit.event("Project", project.getId(), project.getCode().value(), "library.added",
                p.getRound().getCode() + ": " + p.getReason());
        if (planned > 0) {
            audit.event("Project", project.getId(), project.getCode().value(), "milestone.plan.template",
                    project.getCategory().zh() + ": " + planned);
        }
        return project;
    }

    private Project adjust(Proposal p) {
        p.requireAdjustmentStillApplies();
        Project project = p.getProject();
        String code = project.getCode().value();
        ProjectTerms before = Proposal.termsOf(project);
        String outputsBefore = outputs(project);
        ProjectTerms t = p.getProposed();
        project.describe(t.getNameZh(), t.getNameEn(), t.getPlannedStart(), t.getPlannedFinish(), t.getTotalInvestment());
        project.describeIn(t.getDescription());
        project.replanOutputs(p.outputs(OutputSide.AFTER).stream()
                .map(o -> new Project.OutputPlan(o.target(), o.jurisdiction(), o.quantity(), o.unit())).toList());
        String action = "library.adjusted";
        audit.fieldChanged("Project", project.getId(), code, action, "nameZh", before.getNameZh(), project.getNameZh());
        audit.fieldChanged("Project", project.getId(), code, action, "nameEn", before.getNameEn(), project.getNameEn());
        audit.fieldChanged("Project", project.getId(), code, action, "description", before.getDescription(),
                project.getDescription());
        audit.fieldChanged("Project", project.getId(), code, action, "plannedStart", before.getPlannedStart(),
                project.getPlannedStart());
        audit.fieldChanged("Project", project.getId(), code, action, "plannedFinish", before.getPlannedFinish(),
                project.getPlannedFinish());
        audit.fieldChanged("Project", project.getId(), code, action, "totalInvestment", before.getTotalInvestment(),
                project.getTotalInvestment());
        audit.fieldChanged("Project", project.getId(), code, action, "outputs", outputsBefore, outputs(project));
        return project;
    }

    /**
     * A stage change through the project offices' service (the project's rules, the guards, the
     * audit entries), as the city government that closes the round.
     */
    private Project moveStage(Project project, Stage next, String reason) {
        stageChanges.change(new StageChange(project.getCode().value(), project.getVersion(), next, reason));
        return project;
    }

    /** The outputs in one line for the audit trail: C1.4-T9@J04 100 托位; … */
    static String outputs(Project project) {
        return project.getOutputs().stream()
                .map((ProjectOutput o) -> o.getTarget().getCode() + "@" + o.getJurisdiction().getCode() + " "
                        + o.getPlannedQuantity().stripTrailingZeros().toPlainString()
                        + (o.getUnit() == null ? "" : " " + o.getUnit()))
                .sorted().collect(Collectors.joining("; "));
    }
}
