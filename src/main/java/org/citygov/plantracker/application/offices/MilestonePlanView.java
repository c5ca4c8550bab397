package org.citygov.plantracker.application.offices;

import org.citygov.plantracker.domain.model.project.Stage;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A project's milestone plan: its steps with their share of the total weight (percent), whether the
 * plan is still open (储备/前期) and whether the caller may edit it.
 */
public record MilestonePlanView(String projectCode, Stage stage, boolean open, boolean editable, List<Step> steps)
        implements Serializable {

    /** A step and its share of the total weight, in percent (one decimal). */
    public record Step(MilestoneView milestone, BigDecimal share) implements Serializable {
    }
}
