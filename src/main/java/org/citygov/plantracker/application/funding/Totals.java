package org.citygov.plantracker.application.funding;

import java.io.Serializable;
import org.citygov.plantracker.domain.service.funding.FundingPosition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Read models of the finance dashboard (yuan). */
public final class Totals {

    private Totals() {
    }

    /** Requested (not rejected), pending review, approved, disbursed. */
    public record Amounts(BigDecimal requested, BigDecimal pending, BigDecimal approved, BigDecimal disbursed) implements Serializable {
        public static final Amounts ZERO = new Amounts(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        public Amounts plus(Amounts o) {
            return new Amounts(requested.add(o.requested), pending.add(o.pending), approved.add(o.approved),
                    disbursed.add(o.disbursed));
        }
    }

    /**
     * A group of projects (a 区县(市), a program, a chapter, or the whole portfolio): project count,
     * total investment (withdrawn projects left out), the line sums, and the unsecured gap summed
     * project by project (Σ max(0, total investment − approved)).
     *
     * @param key code of the group: a jurisdiction code, a program code, a chapter number; null for
     *            projects directly under the city
     */
    public record Group(String key, String nameZh, String nameEn, long projects, BigDecimal totalInvestment,
                        Amounts amounts, BigDecimal unsecured) implements Serializable {

        public BigDecimal securedPercent() {
            return FundingPosition.percent(amounts.approved(), totalInvestment);
        }

        public BigDecimal disbursedPercentOfApproved() {
            return FundingPosition.percent(amounts.disbursed(), amounts.approved());
        }
    }

    /** One source in one fiscal year. */
    public record SourceYear(String sourceCode, String nameZh, String nameEn, boolean government, int sortOrder,
                             int fiscalYear, long lines, Amounts amounts) implements Serializable {
    }

    /** The source × year table: a row per source with its amounts by year, and the totals. */
    public record SourceYearGrid(List<Integer> years, List<SourceRow> rows, Map<Integer, Amounts> yearTotals,
                                 Amounts total) implements Serializable {
    }

    public record SourceRow(String sourceCode, String nameZh, String nameEn, boolean government,
                            Map<Integer, Amounts> byYear, Amounts total) implements Serializable {

        public Amounts year(Integer year) {
            return byYear.getOrDefault(year, Amounts.ZERO);
        }
    }

    /** One project's money in a drill-down list. */
    public record ProjectRow(Long id, String code, String nameZh, String nameEn, boolean sample, String stage,
                             String districtCode, String districtNameZh, String districtNameEn, String programCode,
                             Integer chapter, BigDecimal totalInvestment, Amounts amounts, BigDecimal unsecured) implements Serializable {
    }
}
