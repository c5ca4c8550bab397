package org.citygov.plantracker.domain.service.library;

import org.citygov.plantracker.domain.service.library.RollingInvestmentPlan.PlannedAmount;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RollingInvestmentPlanTest {

    static PlannedAmount amount(String program, String district, String source, int year, String yuan) {
        return new PlannedAmount(program, district, source, year, new BigDecimal(yuan));
    }

    @Test
    void threeYearsByProgramDistrictAndSourceWithTotals() {
        RollingInvestmentPlan plan = RollingInvestmentPlan.of(2027, List.of(
                amount("C1.4", "J04", "SPECIAL_BOND", 2027, "100"),
                amount("C1.4", "J04", "SPECIAL_BOND", 2027, "50"),
                amount("C1.4", "J04", "SPECIAL_BOND", 2029, "30"),
                amount("C1.4", "J04", "MUNICIPAL_BUDGET", 2028, "20"),
                amount("C2.1", null, "MUNICIPAL_BUDGET", 2028, "7"),
                amount("C2.1", null, "MUNICIPAL_BUDGET", 2026, "1000"),
                amount("C2.1", null, "MUNICIPAL_BUDGET", 2030, "1000")));

        assertThat(plan.years()).containsExactly(2027, 2028, 2029);
        assertThat(plan.rows()).extracting(RollingInvestmentPlan.Row::programCode, RollingInvestmentPlan.Row::districtCode,
                RollingInvestmentPlan.Row::sourceCode).containsExactly(
                org.assertj.core.groups.Tuple.tuple("C1.4", "J04", "MUNICIPAL_BUDGET"),
                org.assertj.core.groups.Tuple.tuple("C1.4", "J04", "SPECIAL_BOND"),
                org.assertj.core.groups.Tuple.tuple("C2.1", null, "MUNICIPAL_BUDGET"));
        RollingInvestmentPlan.Row bonds = plan.rows().get(1);
        assertThat(bonds.years()).containsExactly(new BigDecimal("150"), BigDecimal.ZERO, new BigDecimal("30"));
        assertThat(bonds.total()).isEqualByComparingTo("180");
        assertThat(plan.yearTotals()).containsExactly(new BigDecimal("150"), new BigDecimal("27"), new BigDecimal("30"),
                new BigDecimal("207"));
        assertThat(plan.grandTotal()).isEqualByComparingTo("207");
        assertThat(plan.bySource().get("MUNICIPAL_BUDGET")).containsExactly(BigDecimal.ZERO, new BigDecimal("27"),
                BigDecimal.ZERO, new BigDecimal("27"));
        assertThat(plan.byProgram().get("C2.1").get(3)).isEqualByComparingTo("7");
        assertThat(plan.byDistrict()).containsKeys("J04", null);
    }

    @Test
    void nothingInTheWindowGivesZeros() {
        RollingInvestmentPlan plan = RollingInvestmentPlan.of(2040, List.of(amount("C1.4", "J04", "X", 2027, "1")));
        assertThat(plan.rows()).isEmpty();
        assertThat(plan.grandTotal()).isEqualByComparingTo("0");
    }

    static RollingInvestmentPlan.ProjectInvestment project(String program, String district, String start, String finish,
                                                           String total, Map<Integer, BigDecimal> funded) {
        return new RollingInvestmentPlan.ProjectInvestment(program, district, LocalDate.parse(start),
                LocalDate.parse(finish), new BigDecimal(total), funded);
    }

    static Map<Integer, BigDecimal> funded(Object... yearAndYuan) {
        Map<Integer, BigDecimal> m = new java.util.TreeMap<>();
        for (int i = 0; i < yearAndYuan.length; i += 2) {
            m.merge((Integer) yearAndYuan[i], new BigDecimal((String) yearAndYuan[i + 1]), BigDecimal::add);
        }
        return m;
    }

    @Test
    void totalInvestmentIsSpreadOverThePlannedMonths() {
        // 2027-02 .. 2029-01 = 24 months: 11 in 2027, 12 in 2028, 1 in 2029
        var p = project("C2.1", null, "2027-02-01", "2029-01-31", "1000000", Map.of());
        assertThat(p.plannedByYear()).containsExactly(
                Map.entry(2027, new BigDecimal("458333.33")),  // 1,000,000 × 11/24 = 458,333.333…
                Map.entry(2028, new BigDecimal("500000.00")),  // × 12/24
                Map.entry(2029, new BigDecimal("41666.67")));  // the rest: 1,000,000 − 958,333.33
    }

    @Test
    void fundingAheadOfNeedCarriesOverAndGapsNeverExceedWhatIsUnfunded() {
        // 300 over 2027..2029 = 100 a year
        var early = project("C", "J", "2027-01-01", "2029-12-31", "300", funded(2027, "250"));
        // 2027: 250 − 100 → 150 carried; 2028: 150 − 100 → 50 carried; 2029: 100 − 50 = 50 short
        assertThat(early.noSourceYet()).containsExactly(Map.entry(2029, new BigDecimal("50.00")));

        var late = project("C", "J", "2027-01-01", "2029-12-31", "300", funded(2029, "200"));
        // late money pays no earlier year: 100 short in 2027 and in 2028, but only 300 − 200 = 100 is unfunded,
        // and the earliest year keeps it
        assertThat(late.noSourceYet()).containsExactly(Map.entry(2027, new BigDecimal("100.00")));

        var full = project("C", "J", "2027-01-01", "2029-12-31", "300", funded(2030, "300"));
        assertThat(full.noSourceYet()).isEmpty();
    }

    @Test
    void investmentWithoutSourceIsARowOfItsOwnAndInTheTotals() {
        // A: 2026-07 .. 2028-06 = 24 months → 300,000 in 2026, 600,000 in 2027, 300,000 in 2028.
        //    Funded 400,000 in 2026 (100,000 ahead of need, carried) and 200,000 in 2027:
        //    2027 short 600,000 − 100,000 − 200,000 = 300,000; 2028 short 300,000 (≤ 1,200,000 − 600,000 unfunded).
        var a = project("C1.4", "J04", "2026-07-01", "2028-06-30", "1200000", funded(2026, "400000", 2027, "200000"));
        // B: all of 2027 needs 100,000, funded only in 2029: nothing is unfunded, so no gap
        var b = project("C2.1", null, "2027-03-15", "2027-12-31", "100000", funded(2029, "100000"));
        // C: no funding: 458,333.33 / 500,000 / 41,666.67 (see the spread above)
        var c = project("C2.1", null, "2027-02-01", "2029-01-31", "1000000", Map.of());
        RollingInvestmentPlan plan = RollingInvestmentPlan.of(2027, List.of(
                amount("C1.4", "J04", "SPECIAL_BOND", 2026, "400000"),
                amount("C1.4", "J04", "MUNICIPAL_BUDGET", 2027, "200000"),
                amount("C2.1", null, "MUNICIPAL_BUDGET", 2029, "100000")), List.of(a, b, c));

        assertThat(plan.rows()).extracting(RollingInvestmentPlan.Row::programCode, RollingInvestmentPlan.Row::districtCode,
                RollingInvestmentPlan.Row::sourceCode, RollingInvestmentPlan.Row::years).containsExactly(
                org.assertj.core.groups.Tuple.tuple("C1.4", "J04", "MUNICIPAL_BUDGET",
                        List.of(new BigDecimal("200000"), BigDecimal.ZERO, BigDecimal.ZERO)),
                org.assertj.core.groups.Tuple.tuple("C1.4", "J04", null,
                        List.of(new BigDecimal("300000.00"), new BigDecimal("300000.00"), BigDecimal.ZERO)),
                org.assertj.core.groups.Tuple.tuple("C2.1", null, "MUNICIPAL_BUDGET",
                        List.of(BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("100000"))),
                org.assertj.core.groups.Tuple.tuple("C2.1", null, null,
                        List.of(new BigDecimal("458333.33"), new BigDecimal("500000.00"), new BigDecimal("41666.67"))));
        assertThat(plan.rows().get(1).noSource()).isTrue();
        assertThat(plan.noSourceTotals()).usingElementComparator(BigDecimal::compareTo).containsExactly(
                new BigDecimal("758333.33"), new BigDecimal("800000"), new BigDecimal("41666.67"),
                new BigDecimal("1600000"));
        assertThat(plan.yearTotals()).usingElementComparator(BigDecimal::compareTo).containsExactly(
                new BigDecimal("958333.33"), new BigDecimal("800000"), new BigDecimal("141666.67"),
                new BigDecimal("1900000"));
        assertThat(plan.bySource()).containsKey(null);
        assertThat(plan.bySource().keySet()).last().isNull();
        assertThat(plan.byDistrict().get("J04")).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("500000"), new BigDecimal("300000"), BigDecimal.ZERO,
                        new BigDecimal("800000"));
    }
}
