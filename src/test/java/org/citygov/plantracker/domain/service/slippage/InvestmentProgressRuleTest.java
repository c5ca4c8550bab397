package org.citygov.plantracker.domain.service.slippage;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citygov.plantracker.domain.service.slippage.Facts.T;
import static org.citygov.plantracker.domain.service.slippage.Facts.d;

class InvestmentProgressRuleTest {

    private static Facts.P sixMonthsOf(long perMonth) {
        Facts.P p = new Facts.P().plannedInvestment(2024, 1_000_000);
        for (int m = 1; m <= 6; m++) {
            p.report(String.format("2024-%02d", m), String.format("2024-%02d-05", m + 1), perMonth);
        }
        return p;
    }

    @Test
    void lagOfMoreThanTenPointsIsFlagged() {
        // asOf 15 Jul: June's report was due 10 Jul → through June, time = 6/12 = 50 %.
        // Jan–Jun 6 × 50,000 = 300,000 of 1,000,000 planned = 30 % → lag 20 points > 10 → flagged
        InvestmentProgress i = InvestmentProgressRule.evaluate(sixMonthsOf(50_000).build(), d("2024-07-15"), T).orElseThrow();
        assertThat(i.throughMonth()).isEqualTo(YearMonth.of(2024, 6));
        assertThat(i.timePercent()).isEqualByComparingTo("50");
        assertThat(i.completed()).isEqualByComparingTo("300000");
        assertThat(i.investmentPercent()).isEqualByComparingTo("30");
        assertThat(i.lagPoints()).isEqualByComparingTo("20");
        assertThat(i.lagging()).isTrue();
    }

    @Test
    void onTheDueDayThePreviousMonthIsNotYetCounted() {
        // asOf 10 Jul: through May, time = 5/12 = 41.67 %; Jan–May 250,000 = 25 % → lag 16.67 → flagged
        InvestmentProgress i = InvestmentProgressRule.evaluate(sixMonthsOf(50_000).build(), d("2024-07-10"), T).orElseThrow();
        assertThat(i.throughMonth()).isEqualTo(YearMonth.of(2024, 5));
        assertThat(i.timePercent()).isEqualByComparingTo("41.67");
        assertThat(i.investmentPercent()).isEqualByComparingTo("25");
        assertThat(i.lagPoints()).isEqualByComparingTo("16.67");
    }

    @Test
    void smallLagIsNotFlagged() {
        // 6 × 80,000 = 480,000 = 48 % against 50 % → lag 2 points
        InvestmentProgress i = InvestmentProgressRule.evaluate(sixMonthsOf(80_000).build(), d("2024-07-15"), T).orElseThrow();
        assertThat(i.lagPoints()).isEqualByComparingTo("2");
        assertThat(i.lagging()).isFalse();
    }

    @Test
    void aLagOfExactlyTenPointsIsNotFlagged() {
        // planned 1,200,000; Jan–Jun 6 × 80,000 = 480,000 = 40 % against 50 % → lag 10 points, not more than 10
        Facts.P p = sixMonthsOf(80_000).plannedInvestment(2024, 1_200_000);
        InvestmentProgress i = InvestmentProgressRule.evaluate(p.build(), d("2024-07-15"), T).orElseThrow();
        assertThat(i.investmentPercent()).isEqualByComparingTo("40");
        assertThat(i.lagPoints()).isEqualByComparingTo("10");
        assertThat(i.lagging()).isFalse();
        // 6 × 79,900 = 479,400 = 39.95 % → lag 10.05 > 10 → flagged
        InvestmentProgress more = InvestmentProgressRule.evaluate(sixMonthsOf(79_900).plannedInvestment(2024, 1_200_000)
                .build(), d("2024-07-15"), T).orElseThrow();
        assertThat(more.lagPoints()).isEqualByComparingTo("10.05");
        assertThat(more.lagging()).isTrue();
    }

    @Test
    void reportsFiledAfterAsOfDoNotCount() {
        // the June report is filed 5 Jul; seen from 4 Jul it does not exist. asOf 4 Jul → through May anyway:
        // time 41.67 %, Jan–May 5 × 50,000 = 25 %
        Facts.P p = sixMonthsOf(50_000).report("2024-05", "2024-07-20", 999_999);
        InvestmentProgress i = InvestmentProgressRule.evaluate(p.build(), d("2024-07-04"), T).orElseThrow();
        assertThat(i.completed()).isEqualByComparingTo("250000");
    }

    @Test
    void previousYearsReportsDoNotCount() {
        Facts.P p = sixMonthsOf(50_000).report("2023-12", "2024-01-05", 700_000);
        InvestmentProgress i = InvestmentProgressRule.evaluate(p.build(), d("2024-07-15"), T).orElseThrow();
        assertThat(i.completed()).isEqualByComparingTo("300000");
    }

    @Test
    void noReportThisYearIsNotReadAsZeroInvestment() {
        // planned 1,000,000 for 2024, but the only report is of 2023: nothing to measure in July 2024
        Facts.P p = new Facts.P().plannedInvestment(2024, 1_000_000).report("2023-12", "2024-01-05", 500_000);
        assertThat(InvestmentProgressRule.evaluate(p.build(), d("2024-07-15"), T)).isEmpty();
        // one January report of 0: 0 % against 50 % → lagging 50 points
        p.report("2024-01", "2024-02-05", 0);
        assertThat(InvestmentProgressRule.evaluate(p.build(), d("2024-07-15"), T).orElseThrow().lagPoints())
                .isEqualByComparingTo("50");
    }

    @Test
    void nothingToMeasureWithoutAPlanOrBeforeTheFirstDueMonth() {
        assertThat(InvestmentProgressRule.evaluate(new Facts.P().build(), d("2024-07-15"), T)).isEmpty();
        // 15 Jan: December's report is the last due one — of the previous year
        assertThat(InvestmentProgressRule.evaluate(sixMonthsOf(1).build(), d("2024-01-15"), T)).isEmpty();
        // 11 Feb: January is due → 1/12 = 8.33 %
        assertThat(InvestmentProgressRule.evaluate(sixMonthsOf(1).build(), d("2024-02-11"), T).orElseThrow().timePercent())
                .isEqualByComparingTo("8.33");
    }
}
