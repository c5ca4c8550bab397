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

    /**
     * Issue 16 item 16: a project missing 21 months was offered 13 months. The form offers every month the
     * calendar wants (缺报 and 待报) first, oldest first, however far back; then the other unfiled months of the last
     * year; never a filed month.
     */
    @Test
    void theReportFormOffersEveryMissingMonthFirstHoweverManyAndNoFiledMonth() {
        LocalDate asOf = LocalDate.of(2026, 11, 29);
        Map<YearMonth, LocalDate> filed = Map.of(YearMonth.of(2026, 8), LocalDate.of(2026, 9, 3),
                YearMonth.of(2026, 9), LocalDate.of(2026, 10, 8));
        List<MonthStatus> calendar = ReportingCalendar.forProject(Stage.CONTINUING, LocalDate.of(2024, 12, 1), filed, asOf);
        List<YearMonth> missing = calendar.stream().filter(c -> c.status() == Status.MISSING).map(MonthStatus::month).toList();
        assertThat(missing).hasSize(21);

        List<YearMonth> offered = ReportingCalendar.monthsToOffer(YearMonth.from(asOf), calendar, filed.keySet());

        assertThat(offered.subList(0, 21)).containsExactlyElementsOf(missing);
        assertThat(offered.get(0)).isEqualTo(YearMonth.of(2024, 12));
        assertThat(offered.get(21)).as("this month, still due").isEqualTo(YearMonth.of(2026, 11));
        assertThat(offered).hasSize(22).doesNotContain(YearMonth.of(2026, 8), YearMonth.of(2026, 9))
                .doesNotHaveDuplicates();
    }

    @Test
    void aProjectWithNothingMissingIsOfferedTheUnfiledMonthsOfTheLastYearNewestFirst() {
        LocalDate asOf = LocalDate.of(2026, 11, 29);
        Map<YearMonth, LocalDate> filed = new java.util.HashMap<>();
        for (YearMonth m = YearMonth.of(2026, 1); m.isBefore(YearMonth.of(2026, 11)); m = m.plusMonths(1)) {
            filed.put(m, m.plusMonths(1).atDay(5));
        }
        List<MonthStatus> calendar = ReportingCalendar.forProject(Stage.CONTINUING, LocalDate.of(2026, 1, 1), filed, asOf);

        List<YearMonth> offered = ReportingCalendar.monthsToOffer(YearMonth.from(asOf), calendar, filed.keySet());

        // 2026-11 is due (the calendar wants it); then 2025-12 and 2025-11, before the project started, may still be filed
        assertThat(offered).containsExactly(YearMonth.of(2026, 11), YearMonth.of(2025, 12), YearMonth.of(2025, 11));
    }
}
