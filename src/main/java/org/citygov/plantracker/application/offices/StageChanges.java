package org.citygov.plantracker.application.offices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.audit.AuditTrail;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.project.ProjectOutput;
import org.citygov.plantracker.domain.model.shared.RuleViolation;

/**
 * Stage changes and the confirmation of outputs at completion. The rules (preparation done before
 * works start; every milestone done and every output confirmed before 竣工) are the project's own.
 */
@ApplicationScoped
@Transactional
public class StageChanges {

    static final String ACTION_STAGE = "project.stage";
    static final String ACTION_CONFIRM = "output.confirm";

    @Inject
    private java.time.Clock clock;

    @Inject
    private OfficeProjects projects;

    @Inject
    private AuditTrail audit;

    @Inject
    private Rebaselining baselines;

    /** Rules of other contexts a stage change must pass (the library's readiness gates before 新开工). */
    @Inject
    private jakarta.enterprise.inject.Instance<org.citygov.plantracker.application.project.StageChangeGuard> guards;

    public StageView change(StageChange change) {
        Project project = projects.forEdit(change.projectCode());
        String code = project.getCode().value();
        ConcurrentEditException.check(code, change.version(), project.getVersion());
        if (change.stage() == null) {
            throw new RuleViolation("stage", "stage.required", "Choose the stage to move to");
        }
        var before = project.getStage();
        var reasonBefore = project.getWithdrawalReason();
        boolean planWasOpen = project.isPlanEditable();
        project.moveTo(change.stage(), change.reason());
        guards.forEach(g -> g.check(project, before, project.getStage()));
        if (planWasOpen && project.getStage().isUnderConstruction()) {
            baselines.recordOriginal(project);
        }
        audit.fieldChanged("Project", project.getId(), code, ACTION_STAGE, "stage", before, project.getStage());
        audit.fieldChanged("Project", project.getId(), code, ACTION_STAGE, "withdrawalReason", reasonBefore,
                project.getWithdrawalReason());
        projects.flush(code);
        return StageView.of(project);
    }

    public OutputView confirmOutput(OutputConfirmation confirmation) {
        Project project = projects.forEdit(confirmation.projectCode());
        String code = project.getCode().value();
        ProjectOutput output = project.getOutputs().stream()
                .filter(o -> o.getId().equals(confirmation.outputId())).findFirst()
                .orElseThrow(() -> new UnknownEntityException("output", confirmation.outputId()));
        String what = output.getTarget().getCode();
        ConcurrentEditException.check(what, confirmation.version(), output.getVersion());
        var quantityBefore = output.getActualQuantity();
        boolean confirmedBefore = output.isConfirmed();
        var confirmedOnBefore = output.getConfirmedOn();
        output.confirm(confirmation.actualQuantity(), java.time.LocalDate.now(clock));
        audit.fieldChanged("ProjectOutput", output.getId(), code, ACTION_CONFIRM, "actualQuantity",
                MilestoneProgress.plain(quantityBefore), MilestoneProgress.plain(output.getActualQuantity()));
        audit.fieldChanged("ProjectOutput", output.getId(), code, ACTION_CONFIRM, "confirmed", confirmedBefore,
                output.isConfirmed());
        audit.fieldChanged("ProjectOutput", output.getId(), code, ACTION_CONFIRM, "confirmedOn", confirmedOnBefore,
                output.getConfirmedOn());
        projects.flush(what);
        return OutputView.of(output);
    }
}
