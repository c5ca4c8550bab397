package org.citygov.plantracker.domain.service.library;

import org.citygov.plantracker.domain.model.plan.Comparison;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TargetCoverageTest {

    @Test
    void requirementIsTheFigureTimesTheUnitsForPerUnitTargetsAndNoneForRates() {
        assertThat(TargetCoverage.requirement(Comparison.AT_LEAST, new BigDecimal("55000000"), null, "m²", false, false, 0))
                .isEqualByComparingTo("55000000");
        assertThat(TargetCoverage.requirement(Comparison.EQUAL, BigDecimal.ONE, null, "depot", false, true, 16))
                .isEqualByComparingTo("16");
        assertThat(TargetCoverage.requirement(Comparison.RANGE, null, new BigDecimal("1"), "institutions", false, true, 3))
                .isEqualByComparingTo("3");
        assertThat(TargetCoverage.requirement(Comparison.AT_LEAST, BigDecimal.ONE, null, "institutions", false, true, 0)).isNull();
        assertThat(TargetCoverage.requirement(Comparison.AT_LEAST, new BigDecimal("90"), null, "%", false, false, 0)).isNull();
        assertThat(TargetCoverage.requirement(Comparison.EQUAL, new BigDecimal("4.5"), null, "places per 1,000 population",
                true, false, 0)).isNull();
        assertThat(TargetCoverage.requirement(Comparison.AT_MOST, BigDecimal.TEN, null, "days", false, false, 0)).isNull();
        assertThat(TargetCoverage.requirement(Comparison.AT_LEAST, BigDecimal.ONE, null, "screenings per woman", false, false, 0)).isNull();
        assertThat(TargetCoverage.requirement(Comparison.QUALITATIVE, null, null, null, false, false, 0)).isNull();
    }

    @Test
    void shareOfEachTargetAndTheTargetsNoProjectServes() {
        List<TargetCoverage.Row> rows = TargetCoverage.of(List.of(
                        new TargetCoverage.TargetLine("T1", "m²", new BigDecimal("1000")),
                        new TargetCoverage.TargetLine("T2", "%", null),
                        new TargetCoverage.TargetLine("T3", "depot", new BigDecimal("16"))),
                List.of(new TargetCoverage.Contribution("T1", "P1", new BigDecimal("300"), "m²"),
                        new TargetCoverage.Contribution("T1", "P2", new BigDecimal("450"), "m²"),
                        new TargetCoverage.Contribution("T1", "P2", new BigDecimal("50"), " m² "),
                        new TargetCoverage.Contribution("T2", "P3", new BigDecimal("1"), "%")));
        assertThat(rows.get(0).projects()).isEqualTo(2);
        assertThat(rows.get(0).planned()).isEqualByComparingTo("800");
        assertThat(rows.get(0).share()).isEqualByComparingTo("80.0");
        assertThat(rows.get(1).share()).isNull();
        assertThat(rows.get(1).unserved()).isFalse();
        assertThat(rows.get(2).unserved()).isTrue();
        assertThat(rows.get(2).share()).isEqualByComparingTo("0");
    }

    @Test
    void onlyOutputsInTheTargetsUnitAreAddedUpAndTheOthersAreFlagged() {
        List<TargetCoverage.Row> rows = TargetCoverage.of(List.of(
                        new TargetCoverage.TargetLine("T9", "托位", new BigDecimal("1000")),
                        new TargetCoverage.TargetLine("T10", "所", new BigDecimal("10")),
                        new TargetCoverage.TargetLine("T11", null, null)),
                List.of(new TargetCoverage.Contribution("T9", "P1", new BigDecimal("120"), "托位"),
                        new TargetCoverage.Contribution("T9", "P2", new BigDecimal("2"), "所"),
                        new TargetCoverage.Contribution("T9", "P3", new BigDecimal("0.5"), "万个"),
                        new TargetCoverage.Contribution("T9", "P4", new BigDecimal("80"), null),
                        new TargetCoverage.Contribution("T10", "P2", new BigDecimal("2"), "所"),
                        new TargetCoverage.Contribution("T11", "P5", new BigDecimal("3"), "个")));
        TargetCoverage.Row places = rows.get(0);
        assertThat(places.projects()).as("every project serving the target counts").isEqualTo(4);
        assertThat(places.planned()).as("only 托位 are added up").isEqualByComparingTo("120");
        assertThat(places.share()).isEqualByComparingTo("12.0");
        assertThat(places.unitDiffers()).isTrue();
        assertThat(places.otherUnits()).isEqualTo(3);
        assertThat(places.unitsLeftOut()).containsExactly("", "万个", "所");
        assertThat(rows.get(1).unitDiffers()).isFalse();
        assertThat(rows.get(1).share()).isEqualByComparingTo("20.0");
        assertThat(rows.get(2).unitDiffers()).as("a target without a unit has nothing to compare with").isFalse();
        assertThat(rows.get(2).planned()).isEqualByComparingTo("3");
    }

    @Test
    void thePlansEnglishUnitsMatchTheOfficesChineseOnes() {
        List<TargetCoverage.Row> rows = TargetCoverage.of(List.of(
                        new TargetCoverage.TargetLine("C1.4-T1", "institutions", new BigDecimal("16")),
                        new TargetCoverage.TargetLine("C1.4-T8", "places", new BigDecimal("1000"))),
                List.of(new TargetCoverage.Contribution("C1.4-T1", "P1", BigDecimal.ONE, "家"),
                        new TargetCoverage.Contribution("C1.4-T1", "P2", BigDecimal.ONE, "所"),
                        new TargetCoverage.Contribution("C1.4-T1", "P3", new BigDecimal("120"), "托位"),
                        new TargetCoverage.Contribution("C1.4-T8", "P1", new BigDecimal("120"), "托位"),
                        new TargetCoverage.Contribution("C1.4-T8", "P2", new BigDecimal("80"), "places")));
        assertThat(rows.get(0).planned()).isEqualByComparingTo("2");
        assertThat(rows.get(0).unitsLeftOut()).containsExactly("托位");
        assertThat(rows.get(0).projects()).isEqualTo(3);
        assertThat(rows.get(1).planned()).isEqualByComparingTo("200");
        assertThat(rows.get(1).share()).isEqualByComparingTo("20.0");
        assertThat(rows.get(1).unitDiffers()).isFalse();
    }
}
