package org.citygov.plantracker.domain.service;

import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.service.ReportingCalendar.MonthStatus;
import org.citygov.plantracker.domain.service.ReportingCalendar.Status;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportingCalendarTest {

    @Test
    void aMonthIsDueOnTheReportDueDayOfTheNext() {
        // the one setting report.dueDay: the 10th by default, as the slippage rules count it
        assertThat(ReportingCalendar.DUE_DAY).isEqualTo(
                org.citygov.plantracker.domain.service.slippage.SlippageThresholds.DEFAULTS.reportDueDay()).isEqualTo(10);
        assertThat(ReportingCalendar.dueDate(YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2027, 1, 10));
        assertThat(ReportingCalendar.isLate(YearMonth.of(2026, 10), LocalDate.of(2026, 11, 10))).isFalse();
        assertThat(ReportingCalendar.isLate(YearMonth.of(2026, 10), LocalDate.of(2026, 11, 11))).isTrue();
        // a city that sets the 5th gets the 5th everywhere
        assertThat(ReportingCalendar.dueDate(YearMonth.of(2026, 12), 5)).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(ReportingCalendar.isLate(YearMonth.of(2026, 10), LocalDate.of(2026, 11, 6), 5)).isTrue();
        assertThat(org.citygov.plantracker.domain.service.slippage.MonthlyReportFacts.dueDate(YearMonth.of(2026, 12), 10))
                .isEqualTo(ReportingCalendar.dueDate(YearMonth.of(2026, 12)));
    }

    @Test
    void eachMonthIsOnTimeLateMissingOrStillDue() {
        LocalDate asOf = LocalDate.of(2026, 11, 29);
        List<MonthStatus> months = ReportingCalendar.statuses(YearMonth.of(2026, 7), asOf, Map.of(
                YearMonth.of(2026, 7), LocalDate.of(2026, 8, 3),
                YearMonth.of(2026, 8), LocalDate.of(2026, 9, 20)));

        assertThat(months).extracting(m -> m.month().toString() + " " + m.status()).containsExactly(
                "2026-07 ON_TIME", "2026-08 LATE", "2026-09 MISSING", "2026-10 MISSING", "2026-11 DUE");
    }

    @Test
    void lastMonthIsStillDueUntilTheDueDay() {
        List<MonthStatus> months = ReportingCalendar.statuses(YearMonth.of(2026, 10), LocalDate.of(2026, 11, 10), Map.of());
        assertThat(months).extracting(MonthStatus::status).containsExactly(Status.DUE, Status.DUE);
    }

    @Test
    void onlyProjectsUnderWayAreAskedForEveryMonth() {
        LocalDate asOf = LocalDate.of(2026, 11, 29);
        LocalDate start = LocalDate.of(2026, 9, 10);
        assertThat(ReportingCalendar.forProject(Stage.CONTINUING, start, Map.of(), asOf)).hasSize(3);
        assertThat(ReportingCalendar.forProject(Stage.PREPARATION, LocalDate.of(2027, 3, 1), Map.of(), asOf)).isEmpty();
        assertThat(ReportingCalendar.forProject(Stage.RESERVE, start, Map.of(), asOf)).isEmpty();
        // a finished project is only measured up to its last report
        assertThat(ReportingCalendar.forProject(Stage.COMPLETED, start,
                Map.of(YearMonth.of(2026, 10), LocalDate.of(2026, 11, 2)), asOf))
                .extracting(m -> m.month() + " " + m.status())
                .containsExactly("2026-09 MISSING", "2026-10 ON_TIME");
    }
}
