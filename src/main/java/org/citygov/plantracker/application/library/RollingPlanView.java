package org.citygov.plantracker.application.library;

import org.citygov.plantracker.domain.model.plan.TargetKind;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * 三年滚动投资计划 — the planned investment (requested funding lines, yuan) of the library's
 * projects for three years by program × 区县(市) × funding source, with totals; and per target of
 * the plan the share the library's planned outputs would deliver, so the city sees the targets that
 * no project serves.
 *
 * @param years          the three years; every amount list has one value per year and the sum last
 * @param yearTotals     every row, the investment no source covers yet included
 * @param noSourceTotals the planned investment no funding line covers yet (未落实资金来源)
 * @param bySource       per source in the sources' order; the investment no source covers yet last, without code
 */
public record RollingPlanView(int firstYear, List<Integer> years, String planCode, String planTitleZh,
                              String planTitleEn, List<Row> rows, List<BigDecimal> yearTotals,
                              List<BigDecimal> noSourceTotals,
                              List<Total> bySource, List<Total> byProgram, List<Total> byDistrict,
                              List<Coverage> coverage, long unserved, boolean containsSample) implements Serializable {

    /**
     * One program × 区县(市) × source.
     *
     * @param noSource the planned investment no funding line covers yet (未落实资金来源), without source code
     */
    public record Row(String planCode, String programCode, String programTitleZh, String programTitleEn,
                      String districtCode, String districtNameZh, String districtNameEn, String sourceCode,
                      String sourceNameZh, String sourceNameEn, boolean noSource, List<BigDecimal> amounts)
            implements Serializable {
    }

    /** Totals of one source, program or 区县(市): a value per year and the sum last. */
    public record Total(String code, String nameZh, String nameEn, List<BigDecimal> amounts) implements Serializable {
    }

    /**
     * A target of the plan and what the library would deliver toward it.
     *
     * @param requirement the quantity the target asks to build; null for rates, per-population and qualitative targets
     * @param share       planned ÷ requirement in percent (1 decimal); null without a requirement
     */
    public record Coverage(String targetCode, String programCode, TargetKind kind, String descriptionZh,
                           String descriptionEn, String unit, BigDecimal requirement, int projects,
                           BigDecimal planned, BigDecimal share, int otherUnits, List<String> unitsLeftOut)
            implements Serializable {

        public boolean unserved() {
            return projects == 0;
        }

        /** Outputs in another unit than the target's were not added to {@code planned} (单位不同). */
        public boolean unitDiffers() {
            return otherUnits > 0;
        }

        /** The units left out, for display: "个, 所"; an output without a unit shows as "—". */
        public String unitsLeftOutText() {
            return unitsLeftOut.stream().map(u -> u.isEmpty() ? "—" : u).collect(java.util.stream.Collectors.joining(", "));
        }
    }
}
