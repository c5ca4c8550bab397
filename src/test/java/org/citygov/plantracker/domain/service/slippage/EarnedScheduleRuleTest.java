package org.citygov.plantracker.domain.service.slippage;

import org.citygov.plantracker.domain.model.project.MilestoneKind;
import org.citygov.plantracker.domain.model.project.Stage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citygov.plantracker.domain.service.slippage.Facts.T;
import static org.citygov.plantracker.domain.service.slippage.Facts.d;
import static org.citygov.plantracker.domain.service.slippage.Facts.done;
import static org.citygov.plantracker.domain.service.slippage.Facts.n;
import static org.citygov.plantracker.domain.service.slippage.Facts.open;

/**
 * The plan used throughout: start 1 Jan 2024 (a leap year). Milestones (current baseline, weight):
 * M1 31 Jan (day 30, w 1), M2 1 Mar (day 60, w 1), M3 10 Apr (day 100, w 2); Σw = 4.
 * PV points: (0, 0) (30, 25 %) (60, 50 %) (100, 100 %). PD = 100 days.
 */
class EarnedScheduleRuleTest {

    private static Facts.P plan() {
        return new Facts.P().span("2024-01-01", "2024-04-10");
    }

    @Test
    void behindAndRed() {
        // asOf 1 Mar (AT = 60). M1 done, M2 50 %, M3 0 %: EV = (1×100 + 1×50 + 2×0) / 4 = 37.5 %.
        // ES on segment (30, 25 %)→(60, 50 %): 30 + (37.5 − 25)/(50 − 25) × 30 = 45 days.
        // SPI(t) = 45 / 60 = 0.75 → 滞后, red (< 0.85).
        // Forecast = start + 100 / 0.75 = 133.3 → 134 days → 14 May 2024 (later than M3's 10 Apr).
        ProjectFacts p = plan()
                .milestone(done("M1", "2024-01-31", "2024-02-05", 1))
                .milestone(open("M2", "2024-03-01", null, 1, 50))
                .milestone(open("M3", "2024-04-10", null, 2, 0)).build();
        ScheduleForecast s = EarnedScheduleRule.evaluate(p, d("2024-03-01"), T);
        assertThat(s.plannedDays()).isEqualTo(100);
        assertThat(s.plannedPercent()).isEqualByComparingTo("50");
        assertThat(s.earnedPercent()).isEqualByComparingTo("37.5");
        assertThat(s.earnedScheduleDays()).isEqualByComparingTo("45");
        assertThat(s.elapsedDays()).isEqualTo(60);
        assertThat(s.spi()).isEqualByComparingTo("0.75");
        assertThat(s.label()).isEqualTo(ScheduleLabel.BEHIND);
        assertThat(s.band()).isEqualTo(Band.RED);
        assertThat(s.forecastFinish()).isEqualTo(d("2024-05-14"));
        assertThat(s.plannedCurve()).extracting(CurvePoint::percent).map(BigDecimal::doubleValue)
                .containsExactly(0.0, 25.0, 50.0, 100.0);
    }

    @Test
    void aheadButNeverBeforeTheLatestMilestoneForecast() {
        // asOf 1 Mar: M1, M2 done, M3 50 %: EV = (1 + 1 + 2×0.5)/4 = 75 %.
        // ES on (60, 50 %)→(100, 100 %): 60 + (75 − 50)/50 × 40 = 80; SPI(t) = 80/60 = 1.3333 → 超前, green.
        // start + 100/1.3333 = 75 days = 16 Mar, but M3 is forecast for 10 Apr → forecast finish 10 Apr.
        ProjectFacts p = plan()
                .milestone(done("M1", "2024-01-31", "2024-01-25", 1))
                .milestone(done("M2", "2024-03-01", "2024-02-25", 1))
                .milestone(open("M3", "2024-04-10", "2024-04-10", 2, 50)).build();
        ScheduleForecast s = EarnedScheduleRule.evaluate(p, d("2024-03-01"), T);
        assertThat(s.earnedScheduleDays()).isEqualByComparingTo("80");
        assertThat(s.spi()).isEqualByComparingTo("1.3333");
        assertThat(s.label()).isEqualTo(ScheduleLabel.AHEAD);
        assertThat(s.band()).isEqualTo(Band.GREEN);
        assertThat(s.forecastFinish()).isEqualTo(d("2024-04-10"));
    }

    @Test
    void onScheduleIsNormal() {
        // asOf 31 Jan (day 30), M1 done: EV = 25 % = PV → ES = 30, SPI(t) = 1 → 正常, green
        ProjectFacts p = plan()
                .milestone(done("M1", "2024-01-31", "2024-01-31", 1))
                .milestone(open("M2", "2024-03-01", null, 1, 0))
                .milestone(open("M3", "2024-04-10", null, 2, 0)).build();
        ScheduleForecast s = EarnedScheduleRule.evaluate(p, d("2024-01-31"), T);
        assertThat(s.spi()).isEqualByComparingTo("1");
        assertThat(s.label()).isEqualTo(ScheduleLabel.NORMAL);
        assertThat(s.band()).isEqualTo(Band.GREEN);
        // 100 / 1 = 100 days → 10 Apr
        assertThat(s.forecastFinish()).isEqualTo(d("2024-04-10"));
    }

    @Test
    void amberBetweenRedAndBehind() {
        // asOf 1 Mar (AT 60): M1 done, M2 80 %: EV = (1 + 0.8)/4 = 45 %;
        // ES = 30 + (45 − 25)/25 × 30 = 54; SPI(t) = 54/60 = 0.9 → 滞后, amber (0.85 ≤ 0.9 < 0.95)
        ProjectFacts p = plan()
                .milestone(done("M1", "2024-01-31", "2024-01-31", 1))
                .milestone(open("M2", "2024-03-01", null, 1, 80))
                .milestone(open("M3", "2024-04-10", null, 2, 0)).build();
        ScheduleForecast s = EarnedScheduleRule.evaluate(p, d("2024-03-01"), T);
        assertThat(s.spi()).isEqualByComparingTo("0.9");
        assertThat(s.label()).isEqualTo(ScheduleLabel.BEHIND);
        assertThat(s.band()).isEqualTo(Band.AMBER);
    }

    @Test
    void allDoneEarly() {
        // M1 done 21 Jan, M2 10 Feb, M3 21 Mar (day 80); asOf 1 Jun.
        // EV = 100 % → ES = 100 (PV first reaches 100 % on day 100); AT = last actual = 80 days;
        // SPI(t) = 100/80 = 1.25 → 超前; forecast finish = the last actual date.
        ProjectFacts p = plan()
                .milestone(done("M1", "2024-01-31", "2024-01-21", 1))
                .milestone(done("M2", "2024-03-01", "2024-02-10", 1))
                .milestone(done("M3", "2024-04-10", "2024-03-21", 2)).build();
        ScheduleForecast s = EarnedScheduleRule.evaluate(p, d("2024-06-01"), T);
        assertThat(s.complete()).isTrue();
        assertThat(s.elapsedDays()).isEqualTo(80);
        assertThat(s.spi()).isEqualByComparingTo("1.25");
        assertThat(s.label()).isEqualTo(ScheduleLabel.AHEAD);
        assertThat(s.forecastFinish()).isEqualTo(d("2024-03-21"));
    }

    @Test
    void nothingEarnedAfterTheStartLeavesTheWholeDurationAhead() {
        // asOf 31 Jan (AT 30), nothing done: EV 0 → ES 0 → SPI(t) 0 → red; forecast = asOf + PD = 31 Jan + 100 = 10 May
        ProjectFacts p = plan()
                .milestone(open("M1", "2024-01-31", null, 1, 0))
                .milestone(open("M2", "2024-03-01", null, 1, 0))
                .milestone(open("M3", "2024-04-10", null, 2, 0)).build();
        ScheduleForecast s = EarnedScheduleRule.evaluate(p, d("2024-01-31"), T);
        assertThat(s.spi()).isEqualByComparingTo("0");
        assertThat(s.band()).isEqualTo(Band.RED);
        assertThat(s.forecastFinish()).isEqualTo(d("2024-05-10"));
    }

    @Test
    void beforeTheStartNothingIsRated() {
        ProjectFacts p = plan().milestone(open("M1", "2024-01-31", null, 1, 0)).build();
        ScheduleForecast s = EarnedScheduleRule.evaluate(p, d("2023-12-15"), T);
        assertThat(s.label()).isEqualTo(ScheduleLabel.NOT_STARTED);
        assertThat(s.spi()).isNull();
        assertThat(s.band()).isEqualTo(Band.NONE);
        assertThat(s.forecastFinish()).isEqualTo(d("2024-01-31"));
    }

    @Test
    void noMilestonesFallsBackToThePlannedFinish() {
        ProjectFacts p = new Facts.P().span("2024-01-01", "2024-12-31").build();
        ScheduleForecast s = EarnedScheduleRule.evaluate(p, d("2024-06-01"), T);
        assertThat(s.label()).isEqualTo(ScheduleLabel.NOT_RATED);
        assertThat(s.band()).isEqualTo(Band.NONE);
        assertThat(s.forecastFinish()).isEqualTo(d("2024-12-31"));
        // an unfinished project whose planned finish has passed cannot finish in the past
        assertThat(EarnedScheduleRule.evaluate(p, d("2025-02-01"), T).forecastFinish()).isEqualTo(d("2025-02-01"));
    }

    @Test
    void zeroWeightsCountEqually() {
        // weights 0, 0: equal → PV (0,0) (30, 50 %) (60, 100 %); asOf day 30, M1 done: EV 50 % → ES 30, SPI(t) 1
        ProjectFacts p = plan()
                .milestone(new MilestoneFacts(1, 1, "M1", "M1", MilestoneKind.PREPARATION, d("2024-01-31"),
                        d("2024-01-31"), d("2024-01-31"), d("2024-01-31"), n(0), n(100)))
                .milestone(new MilestoneFacts(2, 2, "M2", "M2", MilestoneKind.CONSTRUCTION, d("2024-03-01"),
                        d("2024-03-01"), null, null, n(0), n(0))).build();
        ScheduleForecast s = EarnedScheduleRule.evaluate(p, d("2024-01-31"), T);
        assertThat(s.earnedPercent()).isEqualByComparingTo("50");
        assertThat(s.spi()).isEqualByComparingTo("1");
    }

    @Test
    void milestonesWithoutBaselineAreLeftOut() {
        // M? without a baseline (weight 10, 100 %) would otherwise dominate EV
        ProjectFacts p = plan()
                .milestone(done("M1", "2024-01-31", "2024-01-31", 1))
                .milestone(new MilestoneFacts(7, 2, "M?", "M?", MilestoneKind.CONSTRUCTION, null, null, null, null,
                        n(10), n(100)))
                .milestone(open("M2", "2024-03-01", null, 1, 0))
                .milestone(open("M3", "2024-04-10", null, 2, 0)).build();
        assertThat(EarnedScheduleRule.evaluate(p, d("2024-01-31"), T).spi()).isEqualByComparingTo("1");
    }

    @Test
    void withdrawnProjectsAreNotRated() {
        ProjectFacts p = plan().stage(Stage.WITHDRAWN).milestone(open("M1", "2024-01-31", null, 1, 0)).build();
        ScheduleForecast s = EarnedScheduleRule.evaluate(p, d("2024-03-01"), T);
        assertThat(s.label()).isEqualTo(ScheduleLabel.NOT_RATED);
        assertThat(s.forecastFinish()).isNull();
    }

    @Test
    void earnedCurveFollowsActualDates() {
        // M1 done 5 Feb (25 %), asOf 1 Mar with M2 at 50 %: points start 0 %, 5 Feb 25 %, 1 Mar 37.5 %
        ProjectFacts p = plan()
                .milestone(done("M1", "2024-01-31", "2024-02-05", 1))
                .milestone(open("M2", "2024-03-01", null, 1, 50))
                .milestone(open("M3", "2024-04-10", null, 2, 0)).build();
        ScheduleForecast s = EarnedScheduleRule.evaluate(p, d("2024-03-01"), T);
        assertThat(s.earnedCurve()).extracting(CurvePoint::date)
                .containsExactly(d("2024-01-01"), d("2024-02-05"), d("2024-03-01"));
        assertThat(s.earnedCurve()).extracting(c -> c.percent().doubleValue()).containsExactly(0.0, 25.0, 37.5);
    }

    /** Weights 1 / 0 / 1 on days 30 / 60 / 100: PV (0, 0) (30, 50 %) (60, 50 %) (100, 100 %) — flat from day 30 to 60. */
    private static ProjectFacts flatStretch(MilestoneFacts m1) {
        return plan().milestone(m1)
                .milestone(open("M2", "2024-03-01", null, 0, 0))
                .milestone(open("M3", "2024-04-10", null, 1, 0)).build();
    }

    @Test
    void aWeightZeroMilestoneKeepsAProjectOnPlanWhileItsPlannedValueIsFlat() {
        // asOf 15 Feb (day 45), M1 done on 31 Jan: EV = 1/2 = 50 % = PV(45) (PV is 50 % from day 30 to day 60).
        // PV = EV on the whole stretch [30, 60] and AT = 45 lies in it → ES = 45 (not the first time, 30,
        // which gave SPI(t) = 30/45 = 0.67, red); SPI(t) = 45/45 = 1 → 正常, green; forecast 0 + 100/1 = 10 Apr.
        ScheduleForecast s = EarnedScheduleRule.evaluate(flatStretch(done("M1", "2024-01-31", "2024-01-31", 1)),
                d("2024-02-15"), T);
        assertThat(s.plannedPercent()).isEqualByComparingTo("50");
        assertThat(s.earnedPercent()).isEqualByComparingTo("50");
        assertThat(s.earnedScheduleDays()).isEqualByComparingTo("45");
        assertThat(s.spi()).isEqualByComparingTo("1");
        assertThat(s.label()).isEqualTo(ScheduleLabel.NORMAL);
        assertThat(s.band()).isEqualTo(Band.GREEN);
        assertThat(s.forecastFinish()).isEqualTo(d("2024-04-10"));
    }

    @Test
    void pastAFlatStretchEarnedScheduleIsTheLastTimePlannedValueWasAtMostEarnedValue() {
        // asOf 11 Mar (day 70), still only M1 done: EV = 50 %; PV(70) = 50 + 50 × 10/40 = 62.5 %.
        // The last time PV ≤ 50 % is day 60 (PV rises after it) → ES = 60 (the first time, 30, would give
        // 30/70 = 0.43, red); SPI(t) = 60/70 = 0.857 → 滞后, amber (0.85 ≤ 0.86 < 0.95);
        // forecast = 100 / 0.857 = 116.7 → 117 days → 27 Apr.
        ScheduleForecast s = EarnedScheduleRule.evaluate(flatStretch(done("M1", "2024-01-31", "2024-01-31", 1)),
                d("2024-03-11"), T);
        assertThat(s.plannedPercent()).isEqualByComparingTo("62.5");
        assertThat(s.earnedScheduleDays()).isEqualByComparingTo("60");
        assertThat(s.spi()).isEqualByComparingTo("0.8571");
        assertThat(s.label()).isEqualTo(ScheduleLabel.BEHIND);
        assertThat(s.band()).isEqualTo(Band.AMBER);
        assertThat(s.forecastFinish()).isEqualTo(d("2024-04-27"));
    }

    @Test
    void aheadOfAFlatStretchEarnedScheduleIsItsStart() {
        // asOf 21 Jan (day 20), M1 done early on 21 Jan: EV = 50 %, PV(20) = 50 × 20/30 = 33.3 %.
        // PV = 50 % on [30, 60], all ahead of AT = 20 → ES = 30 (what is earned is M1, due on day 30; nothing
        // of M3 is) → SPI(t) = 30/20 = 1.5 → 超前, green.
        ScheduleForecast s = EarnedScheduleRule.evaluate(flatStretch(done("M1", "2024-01-31", "2024-01-21", 1)),
                d("2024-01-21"), T);
        assertThat(s.earnedScheduleDays()).isEqualByComparingTo("30");
        assertThat(s.spi()).isEqualByComparingTo("1.5");
        assertThat(s.label()).isEqualTo(ScheduleLabel.AHEAD);
    }

    /** One milestone (weight 1, due day 100 = 10 Apr) at {@code percent}, seen on 1 Mar (AT = 60): ES = percent. */
    private static ScheduleForecast oneMilestoneAt(String percent) {
        ProjectFacts p = plan().milestone(new MilestoneFacts(Facts.id(), 1, "M", "M", MilestoneKind.CONSTRUCTION,
                d("2024-04-10"), d("2024-04-10"), null, null, n(1), new BigDecimal(percent))).build();
        return EarnedScheduleRule.evaluate(p, d("2024-03-01"), T);
    }

    @Test
    void theSpiBoundariesAreRatedAsTheIssueSays() {
        // PV rises from (0, 0) to (100, 100 %), so ES = EV × 100 days and SPI(t) = ES / 60.
        // 63 %: 63/60 = 1.05 → not above 1.05 → 正常, green
        assertThat(oneMilestoneAt("63").spi()).isEqualByComparingTo("1.05");
        assertThat(oneMilestoneAt("63").label()).isEqualTo(ScheduleLabel.NORMAL);
        assertThat(oneMilestoneAt("63").band()).isEqualTo(Band.GREEN);
        // 57 %: 57/60 = 0.95 → not below 0.95 → 正常, green
        assertThat(oneMilestoneAt("57").spi()).isEqualByComparingTo("0.95");
        assertThat(oneMilestoneAt("57").label()).isEqualTo(ScheduleLabel.NORMAL);
        assertThat(oneMilestoneAt("57").band()).isEqualTo(Band.GREEN);
        // 51 %: 51/60 = 0.85 → 滞后 but not below 0.85 → amber, not red
        assertThat(oneMilestoneAt("51").spi()).isEqualByComparingTo("0.85");
        assertThat(oneMilestoneAt("51").label()).isEqualTo(ScheduleLabel.BEHIND);
        assertThat(oneMilestoneAt("51").band()).isEqualTo(Band.AMBER);
        // 50.9 %: 50.9/60 = 0.8483 → shown 0.85 → amber too (the rating follows the figure shown)
        assertThat(oneMilestoneAt("50.9").band()).isEqualTo(Band.AMBER);
        // 50.6 %: 50.6/60 = 0.8433 → shown 0.84 → red
        assertThat(oneMilestoneAt("50.6").band()).isEqualTo(Band.RED);
    }

    @Test
    void theRatingFollowsTheSpiAsShown() {
        // 56.99 %: SPI(t) = 56.99/60 = 0.9498, shown (2 decimals) as 0.95 → 正常, green, not 滞后 under a "0.95"
        ScheduleForecast s = oneMilestoneAt("56.99");
        assertThat(s.spi()).isEqualByComparingTo("0.9498");
        assertThat(s.label()).isEqualTo(ScheduleLabel.NORMAL);
        assertThat(s.band()).isEqualTo(Band.GREEN);
        // 63.01 %: 63.01/60 = 1.0502, shown 1.05 → 正常, not 超前
        assertThat(oneMilestoneAt("63.01").label()).isEqualTo(ScheduleLabel.NORMAL);
        // 63.3 %: 63.3/60 = 1.055, shown 1.06 → 超前
        assertThat(oneMilestoneAt("63.3").label()).isEqualTo(ScheduleLabel.AHEAD);
    }
}
