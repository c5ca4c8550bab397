package org.citygov.plantracker.domain.service.slippage;

import org.citygov.plantracker.domain.model.project.MilestoneKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citygov.plantracker.domain.service.slippage.Facts.T;
import static org.citygov.plantracker.domain.service.slippage.Facts.d;
import static org.citygov.plantracker.domain.service.slippage.Facts.n;

class MilestoneDelayRuleTest {

    private static MilestoneFacts m(String original, String baseline, String forecast, String actual) {
        return new MilestoneFacts(1, 1, "主体封顶", "Topping out", MilestoneKind.CONSTRUCTION,
                original == null ? null : d(original), baseline == null ? null : d(baseline),
                forecast == null ? null : d(forecast), actual == null ? null : d(actual), n(1), n(0));
    }

    @Test
    void doneLateIsActualMinusBaseline() {
        // baseline 1 Mar 2024, actual 20 Mar 2024: 20 − 1 = 19 days → amber (16–90)
        MilestoneDelay delay = MilestoneDelayRule.evaluate(m("2024-03-01", "2024-03-01", null, "2024-03-20"),
                d("2024-06-01"), T);
        assertThat(delay.delayDays()).isEqualTo(19);
        assertThat(delay.band()).isEqualTo(Band.AMBER);
        assertThat(delay.measuredOn()).isEqualTo(d("2024-03-20"));
    }

    @Test
    void doneEarlyIsNegativeAndOnTime() {
        // actual 20 Feb 2024, baseline 1 Mar 2024: −(9 days of Feb 21…29 + 1) = −10 → on time
        MilestoneDelay delay = MilestoneDelayRule.evaluate(m("2024-03-01", "2024-03-01", null, "2024-02-20"),
                d("2024-06-01"), T);
        assertThat(delay.delayDays()).isEqualTo(-10);
        assertThat(delay.band()).isEqualTo(Band.GREEN);
    }

    @Test
    void openPastBaselineWithStaleForecastIsMeasuredToAsOf() {
        // baseline 1 Mar, forecast 10 Mar (already past), asOf 1 Jun 2024:
        // later of forecast and asOf = 1 Jun; Mar 31 + Apr 30 + May 31 = 92 days → red (> 90)
        MilestoneDelay delay = MilestoneDelayRule.evaluate(m("2024-03-01", "2024-03-01", "2024-03-10", null),
                d("2024-06-01"), T);
        assertThat(delay.measuredOn()).isEqualTo(d("2024-06-01"));
        assertThat(delay.delayDays()).isEqualTo(92);
        assertThat(delay.band()).isEqualTo(Band.RED);
    }

    @Test
    void openPastBaselineWithLaterForecastIsMeasuredToTheForecast() {
        // baseline 1 Mar, forecast 1 Jul, asOf 1 Jun 2024: 1 Jul − 1 Mar = 31+30+31+30 = 122 days → red
        MilestoneDelay delay = MilestoneDelayRule.evaluate(m("2024-03-01", "2024-03-01", "2024-07-01", null),
                d("2024-06-01"), T);
        assertThat(delay.delayDays()).isEqualTo(122);
        assertThat(delay.band()).isEqualTo(Band.RED);
    }

    @Test
    void futureBaselineWithLaterForecastIsADelayAnnouncedInAdvance() {
        // baseline 1 Sep, forecast 1 Oct 2024, asOf 1 Jun: 30 days → amber
        MilestoneDelay delay = MilestoneDelayRule.evaluate(m("2024-09-01", "2024-09-01", "2024-10-01", null),
                d("2024-06-01"), T);
        assertThat(delay.delayDays()).isEqualTo(30);
        assertThat(delay.band()).isEqualTo(Band.AMBER);
    }

    @Test
    void futureBaselineWithoutForecastIsOnTime() {
        MilestoneDelay delay = MilestoneDelayRule.evaluate(m("2024-09-01", "2024-09-01", null, null),
                d("2024-06-01"), T);
        assertThat(delay.delayDays()).isZero();
        assertThat(delay.band()).isEqualTo(Band.GREEN);
    }

    @Test
    void bandBoundaries() {
        // ≤ 15 on time, 16–90 amber, > 90 red
        assertThat(T.delayBand(15)).isEqualTo(Band.GREEN);
        assertThat(T.delayBand(16)).isEqualTo(Band.AMBER);
        assertThat(T.delayBand(90)).isEqualTo(Band.AMBER);
        assertThat(T.delayBand(91)).isEqualTo(Band.RED);
        assertThat(T.delayBand(-200)).isEqualTo(Band.GREEN);
    }

    @Test
    void delayAgainstTheOriginalBaselineAfterARebaseline() {
        // original 1 Jan, re-baselined to 1 Mar, done 5 Mar 2024:
        // vs current 4 days (on time); vs original 31 + 29 + 4 = 64 days (amber)
        MilestoneDelay delay = MilestoneDelayRule.evaluate(m("2024-01-01", "2024-03-01", null, "2024-03-05"),
                d("2024-06-01"), T);
        assertThat(delay.delayDays()).isEqualTo(4);
        assertThat(delay.band()).isEqualTo(Band.GREEN);
        assertThat(delay.delayVsOriginalDays()).isEqualTo(64);
        assertThat(delay.bandVsOriginal()).isEqualTo(Band.AMBER);
    }

    @Test
    void noBaselineMeansNoDelay() {
        MilestoneDelay delay = MilestoneDelayRule.evaluate(m(null, null, "2024-07-01", null), d("2024-06-01"), T);
        assertThat(delay.delayDays()).isNull();
        assertThat(delay.band()).isEqualTo(Band.NONE);
        assertThat(delay.delayVsOriginalDays()).isNull();
    }

    @Test
    void changedThresholdsMoveTheBands() {
        SlippageThresholds strict = new SlippageThresholds(5, 30, T.spiAhead(), T.spiBehind(), T.spiRed(),
                T.investmentLagPoints(), 10, T.indicatorTolerancePct());
        // 19 days late: amber by default, still amber with 5/30; 40 days: amber by default, red with 5/30
        assertThat(strict.delayBand(19)).isEqualTo(Band.AMBER);
        assertThat(strict.delayBand(40)).isEqualTo(Band.RED);
        assertThat(T.delayBand(40)).isEqualTo(Band.AMBER);
    }
}
