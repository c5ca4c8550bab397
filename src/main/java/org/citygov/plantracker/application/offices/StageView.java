package org.citygov.plantracker.application.offices;

import java.io.Serializable;

import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.project.Stage;

import java.util.List;

/** A project's stage after a change, the stages it may move to next, and the version to send next time. */
public record StageView(String projectCode, Stage stage, String withdrawalReason, List<Stage> next, long version)
        implements Serializable {

    public static StageView of(Project p) {
        return new StageView(p.getCode().value(), p.getStage(), p.getWithdrawalReason(),
                p.getStage().next().stream().sorted().toList(), p.getVersion());
    }
}
