package org.citygov.plantracker.domain.service.slippage;

import org.citygov.plantracker.domain.model.project.Stage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule 4 — data quality: no monthly report for the previous month by the 10th (projects in
 * preparation or under construction that had started by then); milestones without baseline dates;
 * active projects without milestones or without an output linked to a target. Withdrawn projects
 * are not checked; finished ones only for milestone baselines.
 */
public final class DataQualityRule {

    private DataQualityRule() {
    }

    public static List<DataQualityWarning> evaluate(ProjectFacts project, LocalDate asOf, boolean reportsTracked,
                                                    SlippageThresholds thresholds) {
        List<DataQualityWarning> warnings = new ArrayList<>();
        if (project.isWithdrawn()) {
            return warnings;
        }
        boolean active = project.stage().isActive();
        if (reportsTracked && reportsExpected(project.stage())) {
            YearMonth due = InvestmentProgressRule.lastDueMonth(asOf, thresholds.reportDueDay());
            boolean started = project.plannedStart() == null || !project.plannedStart().isAfter(due.atEndOfMonth());
            boolean filed = project.reports().stream().anyMatch(r -> r.month().equals(due) && r.filedBy(asOf));
            if (started && !filed) {
                warnings.add(new DataQualityWarning(DataQualityIssue.MISSING_MONTHLY_REPORT, due.toString()));
            }
        }
        if (active && project.milestones().isEmpty()) {
            warnings.add(new DataQualityWarning(DataQualityIssue.NO_MILESTONES, null));
        }
        project.milestones().stream().filter(m -> m.baseline() == null)
                .forEach(m -> warnings.add(new DataQualityWarning(DataQualityIssue.MILESTONE_WITHOUT_BASELINE, m.nameZh())));
        if (active && project.outputs().isEmpty()) {
            warnings.add(new DataQualityWarning(DataQualityIssue.NO_OUTPUT_LINKED, null));
        }
        return warnings;
    }

    /** 月度调度 covers projects in preparation and under construction. */
    static boolean reportsExpected(Stage stage) {
        return stage == Stage.PREPARATION || stage.isUnderConstruction();
    }
}
