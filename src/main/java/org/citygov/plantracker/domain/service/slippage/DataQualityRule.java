package org.citygov.plantracker.domain.service.slippage;

import org.citygov.plantracker.domain.model.project.Stage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule 4 — data quality: no monthly report for the previous month by the 10th (projects in
 * preparation or under construction that had started by then) — missing while it is not filed, late
 * once it is filed after the due day; milestones without baseline dates;
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
            List<MonthlyReportFacts> filed = project.reports().stream()
                    .filter(r -> r.month().equals(due) && r.filedBy(asOf)).toList();
            if (started && filed.isEmpty()) {
                warnings.add(new DataQualityWarning(DataQualityIssue.MISSING_MONTHLY_REPORT, due.toString()));
            } else if (started && filed.stream().allMatch(r -> r.filedLate(thresholds.reportDueDay()))) {
                // filed, but not by the due day: the issue asks for the report "by the 10th"
                warnings.add(new DataQualityWarning(DataQualityIssue.LATE_MONTHLY_REPORT, due.toString()));
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
