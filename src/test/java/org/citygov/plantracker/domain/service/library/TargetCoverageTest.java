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
                List.of(new TargetCoverage.Contribution("T1", "P1", new BigDecimal("300")),
                        new TargetCoverage.Contribution("T1", "P2", new BigDecimal("450")),
                        new TargetCoverage.Contribution("T1", "P2", new BigDecimal("50")),
                        new TargetCoverage.Contribution("T2", "P3", new BigDecimal("1"))));
        assertThat(rows.get(0).projects()).isEqualTo(2);
        assertThat(rows.get(0).planned()).isEqualByComparingTo("800");
        assertThat(rows.get(0).share()).isEqualByComparingTo("80.0");
        assertThat(rows.get(1).share()).isNull();
        assertThat(rows.get(1).unserved()).isFalse();
        assertThat(rows.get(2).unserved()).isTrue();
        assertThat(rows.get(2).share()).isEqualByComparingTo("0");
    }
}
