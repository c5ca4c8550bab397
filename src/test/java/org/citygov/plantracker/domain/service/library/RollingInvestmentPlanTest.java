package org.citygov.plantracker.domain.service.library;

import org.citygov.plantracker.domain.service.library.RollingInvestmentPlan.PlannedAmount;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

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
}
