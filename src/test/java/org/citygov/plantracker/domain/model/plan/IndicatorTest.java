package org.citygov.plantracker.domain.model.plan;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndicatorTest {

    private final Plan plan = PlanFixtures.plan();

    @Test
    void cumulativeTargetsShowInBrackets() {
        Indicator jobs = plan.addIndicator("IND-08", "就业创业", null, "城镇新增就业人数", null, "万人",
                IndicatorNature.BINDING, Comparison.EQUAL, true);
        jobs.state(new IndicatorFigure(2020, "65.77", new BigDecimal("65.77")),
                new IndicatorFigure(2025, "60", new BigDecimal("60")));

        assertThat(jobs.displayTarget()).isEqualTo("〔60〕");
        assertThat(jobs.displayBaseline()).isEqualTo("65.77");
        assertThat(jobs.labelZh()).isEqualTo("城镇新增就业人数(万人)");
        assertThat(jobs.isBinding()).isTrue();
        assertThat(IndicatorNature.EXPECTED.labelZh()).isEqualTo("预期性");
    }

    @Test
    void wordsAreNotNumbers() {
        Indicator coverage = plan.addIndicator("IND-18", null, null, "符合条件的农村低收入群体住房安全保障率", null, null,
                IndicatorNature.EXPECTED, Comparison.QUALITATIVE, false);
        coverage.state(IndicatorFigure.blank(2020), new IndicatorFigure(2025, "应保尽保", null));

        assertThat(coverage.labelZh()).isEqualTo("符合条件的农村低收入群体住房安全保障率");
        assertThat(coverage.displayBaseline()).isEmpty();
        assertThat(coverage.displayTarget()).isEqualTo("应保尽保");
        assertThat(coverage.getTarget().isNumeric()).isFalse();
        assertThat(coverage.isMetBy(new BigDecimal("100"))).isEmpty();
        assertThatThrownBy(() -> new IndicatorFigure(2025, null, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void observationsOnePerYear() {
        Indicator beds = plan.addIndicator("IND-16", null, null, "养老机构护理型床位占比", null, "%",
                IndicatorNature.BINDING, Comparison.AT_LEAST, false);
        beds.state(IndicatorFigure.blank(2020), new IndicatorFigure(2025, "≥55", new BigDecimal("55")));

        beds.recordObservation(2023, new BigDecimal("48.5"), "民政局", true);
        beds.recordObservation(2022, new BigDecimal("45"), "民政局", true);
        IndicatorObservation revised = beds.recordObservation(2023, new BigDecimal("49"), "统计年鉴", false);

        assertThat(beds.getObservations()).extracting(IndicatorObservation::getFiscalYear).containsExactly(2022, 2023);
        assertThat(revised.getValue()).isEqualByComparingTo("49");
        assertThat(revised.isSample()).isFalse();
        assertThat(beds.latestObservation()).contains(revised);
        assertThat(revised.meetsTarget()).contains(false);
        assertThat(beds.recordObservation(2025, new BigDecimal("56"), null, false).meetsTarget()).contains(true);
    }

    @Test
    void theTargetYearComesAfterTheBaseline() {
        Indicator i = plan.addIndicator("IND-01", null, null, "人均预期寿命", null, "岁", IndicatorNature.EXPECTED,
                Comparison.EQUAL, false);
        assertThatThrownBy(() -> i.state(IndicatorFigure.blank(2025), IndicatorFigure.blank(2020)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plan.addIndicator("IND-01", null, null, "again", null, null,
                IndicatorNature.EXPECTED, Comparison.EQUAL, false)).hasMessage("ZZ-PS-14 already has indicator IND-01");
    }
}
