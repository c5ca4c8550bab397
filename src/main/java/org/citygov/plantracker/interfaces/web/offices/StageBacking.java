package org.citygov.plantracker.interfaces.web.offices;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.offices.MilestoneProgress;
import org.citygov.plantracker.application.offices.MilestoneView;
import org.citygov.plantracker.application.offices.OutputConfirmation;
import org.citygov.plantracker.application.offices.OutputView;
import org.citygov.plantracker.application.offices.StageChange;
import org.citygov.plantracker.application.offices.StageChanges;
import org.citygov.plantracker.application.offices.StageView;
import org.citygov.plantracker.application.project.ProjectDetail;
import org.citygov.plantracker.application.project.ProjectQueries;
import org.citygov.plantracker.domain.model.project.MilestoneKind;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.interfaces.web.common.DisplayFormat;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Stage changes and output confirmation (offices/stage.xhtml?code=…). Shows beforehand what
 * stands in the way (open preparation milestones before works start; open milestones and
 * unconfirmed outputs before 竣工); the project enforces the same rules.
 */
@Named
@ViewScoped
public class StageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StageChanges stages;

    @Inject
    private MilestoneProgress progress;

    @Inject
    private ProjectQueries projectQueries;

    private String code;
    private ProjectDetail project;
    private List<MilestoneView> milestones = List.of();
    private Stage stage;
    private String reason;
    private List<OutputLine> outputs = List.of();

    /** An output and the actual quantity being confirmed for it. */
    public static class OutputLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ProjectDetail.OutputRow output;
        private BigDecimal actualQuantity;

        OutputLine(ProjectDetail.OutputRow output) {
            this.output = output;
            this.actualQuantity = output.actualQuantity() != null ? output.actualQuantity() : output.plannedQuantity();
        }

        public ProjectDetail.OutputRow getOutput() { return output; }
        public BigDecimal getActualQuantity() { return actualQuantity; }
        public void setActualQuantity(BigDecimal actualQuantity) { this.actualQuantity = actualQuantity; }
    }

    @PostConstruct
    void init() {
        code = OfficePages.parameter("code");
        if (code != null) {
            load();
        }
    }

    private void load() {
        project = projectQueries.detail(code);
        milestones = progress.milestones(code);
        outputs = project.outputs().stream().map(OutputLine::new).toList();
    }

    public void change() {
        try {
            StageView moved = stages.change(new StageChange(code, project.version(), stage, reason));
            OfficePages.info("offices.stage.changed", DisplayFormat.label(OfficePages.locale(), moved.stage()));
            stage = null;
            reason = null;
        } finally {
            load();
        }
    }

    public void confirm(OutputLine line) {
        try {
            OutputView confirmed = stages.confirmOutput(new OutputConfirmation(code, line.getOutput().id(),
                    line.getOutput().version(), line.getActualQuantity()));
            OfficePages.info("offices.stage.outputConfirmed", confirmed.targetCode());
        } finally {
            load();
        }
    }

    public List<Stage> getNextStages() {
        return project == null ? List.of() : project.stage().next().stream().sorted().toList();
    }

    /** Preparation milestones without an actual date: works (新开工) cannot start. */
    public List<MilestoneView> getOpenPreparation() {
        return milestones.stream().filter(m -> m.kind() == MilestoneKind.PREPARATION && m.actual() == null).toList();
    }

    /** Milestones without an actual date (commissioning aside): 竣工 is refused. */
    public List<MilestoneView> getOpenMilestones() {
        return milestones.stream().filter(m -> m.kind() != MilestoneKind.OPERATION && m.actual() == null).toList();
    }

    public List<ProjectDetail.OutputRow> getUnconfirmedOutputs() {
        return project == null ? List.of() : project.outputs().stream().filter(o -> !o.confirmed()).toList();
    }

    public String getCode() { return code; }
    public ProjectDetail getProject() { return project; }
    public Stage getStage() { return stage; }
    public void setStage(Stage stage) { this.stage = stage; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public List<OutputLine> getOutputs() { return outputs; }
}
