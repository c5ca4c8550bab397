package org.citygov.plantracker.domain.service.slippage;

import org.citygov.plantracker.domain.model.project.MilestoneKind;
import org.citygov.plantracker.domain.model.project.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citygov.plantracker.domain.service.slippage.Facts.T;
import static org.citygov.plantracker.domain.service.slippage.Facts.d;
import static org.citygov.plantracker.domain.service.slippage.Facts.n;
import static org.citygov.plantracker.domain.service.slippage.Facts.open;

class DataQualityRuleTest {

    private static Facts.P healthy() {
        return new Facts.P().span("2024-01-01", "2024-12-31").milestone(open("M1", "2024-09-01", null, 1, 0))
                .output(99, 100);
    }

    @Test
    void missingReportForThePreviousMonthAfterThe10th() {
        // asOf 11 May: April's report was due 10 May → missing
        ProjectFacts p = healthy().report("2024-03", "2024-04-08", 1).build();
        assertThat(DataQualityRule.evaluate(p, d("2024-05-11"), true, T))
                .containsExactly(new DataQualityWarning(DataQualityIssue.MISSING_MONTHLY_REPORT, "2024-04"));
        // on 10 May April is not late yet; March (due 10 Apr) is there
        assertThat(DataQualityRule.evaluate(p, d("2024-05-10"), true, T)).isEmpty();
    }

    @Test
    void aReportFiledLaterDoesNotCountBeforeItWasFiledAndIsLateOnceItIs() {
        // April's report is due 10 May and filed 20 May
        ProjectFacts p = healthy().report("2024-04", "2024-05-20", 1).build();
        // 15 May: not filed yet → missing
        assertThat(DataQualityRule.evaluate(p, d("2024-05-15"), true, T))
                .containsExactly(new DataQualityWarning(DataQualityIssue.MISSING_MONTHLY_REPORT, "2024-04"));
        // 21 May: filed, 10 days after the due day → late (no longer missing)
        assertThat(DataQualityRule.evaluate(p, d("2024-05-21"), true, T))
                .containsExactly(new DataQualityWarning(DataQualityIssue.LATE_MONTHLY_REPORT, "2024-04"));
    }

    @Test
    void aReportFiledOnTheDueDayIsOnTime() {
        // filed 10 May (the due day) → nothing; filed 11 May → late; filing day unknown → taken as on time
        assertThat(DataQualityRule.evaluate(healthy().report("2024-04", "2024-05-10", 1).build(), d("2024-05-21"), true, T))
                .isEmpty();
        assertThat(DataQualityRule.evaluate(healthy().report("2024-04", "2024-05-11", 1).build(), d("2024-05-21"), true, T))
                .extracting(DataQualityWarning::issue).containsExactly(DataQualityIssue.LATE_MONTHLY_REPORT);
        assertThat(DataQualityRule.evaluate(healthy().report("2024-04", null, 1).build(), d("2024-05-21"), true, T))
                .isEmpty();
        // with the due day set to the 20th, a report filed on the 20th is on time
        SlippageThresholds dueOn20th = new SlippageThresholds(T.onTimeDays(), T.redDays(), T.spiAhead(), T.spiBehind(),
                T.spiRed(), T.investmentLagPoints(), 20, T.indicatorTolerancePct());
        assertThat(DataQualityRule.evaluate(healthy().report("2024-04", "2024-05-20", 1).build(), d("2024-05-21"), true,
                dueOn20th)).isEmpty();
    }

    @Test
    void noReportIsExpectedBeforeTheStartOrWhenReportsAreNotTracked() {
        ProjectFacts late = healthy().span("2024-06-01", "2024-12-31").build();
        assertThat(DataQualityRule.evaluate(late, d("2024-05-11"), true, T)).isEmpty();
        assertThat(DataQualityRule.evaluate(healthy().build(), d("2024-05-11"), false, T)).isEmpty();
        // reserve projects (储备) do not report
        assertThat(DataQualityRule.evaluate(healthy().stage(Stage.RESERVE).build(), d("2024-05-11"), true, T)).isEmpty();
    }

    @Test
    void milestoneWithoutBaseline() {
        ProjectFacts p = healthy().milestone(new MilestoneFacts(5, 2, "施工许可", "Permit", MilestoneKind.PREPARATION,
                null, null, null, null, n(1), n(0))).build();
        assertThat(DataQualityRule.evaluate(p, d("2024-05-11"), false, T))
                .containsExactly(new DataQualityWarning(DataQualityIssue.MILESTONE_WITHOUT_BASELINE, "施工许可"));
    }

    @Test
    void activeProjectWithoutOutputsOrMilestones() {
        ProjectFacts p = new Facts.P().build();
        assertThat(DataQualityRule.evaluate(p, d("2024-05-11"), false, T)).extracting(DataQualityWarning::issue)
                .containsExactly(DataQualityIssue.NO_MILESTONES, DataQualityIssue.NO_OUTPUT_LINKED);
    }

    @Test
    void withdrawnProjectsAreNotChecked() {
        ProjectFacts p = new Facts.P().stage(Stage.WITHDRAWN).build();
        assertThat(DataQualityRule.evaluate(p, d("2024-05-11"), true, T)).isEmpty();
    }

    @Test
    void finishedProjectsNeedNoOutputsWarning() {
        ProjectFacts p = new Facts.P().stage(Stage.COMPLETED).milestone(open("M1", "2024-03-01", null, 1, 0)).build();
        assertThat(DataQualityRule.evaluate(p, d("2024-05-11"), true, T)).isEmpty();
    }
}
