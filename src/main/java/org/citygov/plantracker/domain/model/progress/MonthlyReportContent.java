package org.citygov.plantracker.domain.model.progress;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * What a project office reports for one month (月度调度).
 *
 * @param month               the reporting month
 * @param investmentThisMonth 本月完成投资, yuan
 * @param cumulativeInvestment 累计完成投资, yuan
 * @param correctionNote      why the cumulative figure is lower than an earlier month's (a correction), if it is
 * @param physicalProgress    形象进度, percent 0–100
 * @param problems            存在问题
 * @param coordination        协调事项, each addressed to a department
 */
public record MonthlyReportContent(YearMonth month, BigDecimal investmentThisMonth, BigDecimal cumulativeInvestment,
                            String correctionNote, BigDecimal physicalProgress, String problems,
                            List<CoordinationRequest> coordination) {

    public MonthlyReportContent {
        coordination = coordination == null ? List.of() : List.copyOf(coordination);
    }
}
