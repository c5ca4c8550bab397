package org.citygov.plantracker.domain.service.funding;

import org.citygov.plantracker.domain.service.funding.MoneyVsWorks.Assessment;
import org.citygov.plantracker.domain.service.funding.MoneyVsWorks.Basis;
import org.citygov.plantracker.domain.service.funding.MoneyVsWorks.Flag;
import org.citygov.plantracker.domain.service.funding.MoneyVsWorks.Thresholds;
import org.citygov.plantracker.domain.service.funding.MoneyVsWorks.WorksProgress;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Hand-computed cases of the money-vs-works rules; default thresholds 20 points / 50 % / 3 months / 5 points. */
class MoneyVsWorksTest {

    private static final Thresholds DEFAULTS = Thresholds.defaults();
    private static final LocalDate AS_OF = LocalDate.of(2024, 5, 31);

    private static BigDecimal y(String amount) {
        return amount == null ? null : new BigDecimal(amount);
    }

    private static WorksProgress reports(String progress, String completed, String gain) {
        return new WorksProgress(y(progress), y(completed), y(gain), Basis.MONTHLY_REPORTS, AS_OF);
    }

    @Test
    void moneyFarAheadOfPhysicalProgressAndOfInvestmentCompleted() {
        // total 10,000,000; 6,000,000 paid = 60 %; progress 30 % → 30 points ahead (> 20);
        // completed 3,500,000 = 35 % → 25 points ahead (> 20)
        Assessment a = MoneyVsWorks.assess(y("10000000"), y("8000000"), y("6000000"),
                reports("30", "3500000", "10"), DEFAULTS);
        assertThat(a.disbursedShare()).isEqualByComparingTo("60.00");
        assertThat(a.completedShare()).isEqualByComparingTo("35.00");
        assertThat(a.aheadOfProgressBy()).isEqualByComparingTo("30.00");
        assertThat(a.aheadOfInvestmentBy()).isEqualByComparingTo("25.00");
        assertThat(a.flags()).containsExactly(Flag.MONEY_AHEAD_OF_PROGRESS, Flag.MONEY_AHEAD_OF_INVESTMENT);
        assertThat(a.idleShare()).isEqualByComparingTo("25.00");   // 2 of 8 million not paid
        assertThat(a.idleAmount()).isEqualByComparingTo("2000000");
    }

    @Test
    void exactlyAtTheMarginIsNotFlagged() {
        // 45 % paid, progress 25 % → 20.00 points: not more than 20
        Assessment a = MoneyVsWorks.assess(y("2000000"), y("2000000"), y("900000"),
                reports("25", "500000", "10"), DEFAULTS);
        assertThat(a.aheadOfProgressBy()).isEqualByComparingTo("20.00");
        assertThat(a.completedShare()).isEqualByComparingTo("25.00");
        assertThat(a.flags()).isEmpty();

        // one yuan more: 900,001 / 2,000,000 = 45.00005 % → rounds to 45.00, still not flagged
        assertThat(MoneyVsWorks.assess(y("2000000"), y("2000000"), y("900001"),
                reports("25", null, null), DEFAULTS).flags()).isEmpty();
        // 900,100 → 45.01 % → 20.01 points: flagged
        assertThat(MoneyVsWorks.assess(y("2000000"), y("2000000"), y("900100"),
                reports("25", null, null), DEFAULTS).flags()).containsExactly(Flag.MONEY_AHEAD_OF_PROGRESS);
    }

    @Test
    void worksStalledWhileApprovedMoneyLiesIdle() {
        // approved 4,000,000, paid 1,000,000 → 75 % idle (> 50); progress +2 points in 3 months (< 5)
        Assessment a = MoneyVsWorks.assess(y("5000000"), y("4000000"), y("1000000"),
                reports("40", "1500000", "2"), DEFAULTS);
        assertThat(a.idleShare()).isEqualByComparingTo("75.00");
        assertThat(a.idleAmount()).isEqualByComparingTo("3000000");
        assertThat(a.disbursedShare()).isEqualByComparingTo("20.00");
        assertThat(a.flags()).containsExactly(Flag.WORKS_STALLED_MONEY_IDLE);
    }

    @Test
    void stalledNeedsBothIdleMoneyAndSlowWorks() {
        // idle 50 % exactly: not more than 50
        assertThat(MoneyVsWorks.assess(y("5000000"), y("4000000"), y("2000000"),
                reports("40", null, "0"), DEFAULTS).flags()).isEmpty();
        // idle 75 % but works moved 5 points: not less than 5
        assertThat(MoneyVsWorks.assess(y("5000000"), y("4000000"), y("1000000"),
                reports("40", null, "5"), DEFAULTS).flags()).isEmpty();
        // nothing approved: nothing idle
        assertThat(MoneyVsWorks.assess(y("5000000"), y("0"), y("0"),
                reports("0", null, "0"), DEFAULTS).flags()).isEmpty();
        // finished works are never stalled
        assertThat(MoneyVsWorks.assess(y("5000000"), y("4000000"), y("1000000"),
                reports("100", null, "0"), DEFAULTS).flags()).isEmpty();
    }

    @Test
    void missingFiguresLeaveTheirRuleUnevaluated() {
        // milestones give a progress figure but no investment completed and no history
        Assessment a = MoneyVsWorks.assess(y("1000000"), y("1000000"), y("900000"),
                new WorksProgress(y("10"), null, null, Basis.MILESTONES, null), DEFAULTS);
        assertThat(a.completedShare()).isNull();
        assertThat(a.aheadOfInvestmentBy()).isNull();
        assertThat(a.flags()).containsExactly(Flag.MONEY_AHEAD_OF_PROGRESS);   // 90 − 10 = 80 points

        Assessment none = MoneyVsWorks.assess(y("1000000"), y("1000000"), y("100000"), WorksProgress.unknown(), DEFAULTS);
        assertThat(none.flags()).isEmpty();
        assertThat(none.basis()).isEqualTo(Basis.NONE);
        assertThat(none.idleShare()).isEqualByComparingTo("90.00");

        Assessment noInvestment = MoneyVsWorks.assess(BigDecimal.ZERO, y("0"), y("0"), reports("50", "0", "0"), DEFAULTS);
        assertThat(noInvestment.disbursedShare()).isNull();
        assertThat(noInvestment.flags()).isEmpty();
    }

    @Test
    void thresholdsChangeTheOutcome() {
        // 60 % paid vs 30 % progress: 30 points ahead; flagged at 20, not at 30 or 40
        WorksProgress works = reports("30", null, null);
        assertThat(MoneyVsWorks.assess(y("100"), y("100"), y("60"), works,
                new Thresholds(y("30"), y("50"), 3, y("5"))).flags()).isEmpty();
        assertThat(MoneyVsWorks.assess(y("100"), y("100"), y("60"), works,
                new Thresholds(y("29.99"), y("50"), 3, y("5"))).flags()).containsExactly(Flag.MONEY_AHEAD_OF_PROGRESS);
        // 40 % idle: flagged when the idle threshold is 30 and works moved 1 point
        assertThat(MoneyVsWorks.assess(y("100"), y("100"), y("60"), reports("60", null, "1"),
                new Thresholds(y("20"), y("30"), 6, y("5"))).flags()).containsExactly(Flag.WORKS_STALLED_MONEY_IDLE);
    }
}
