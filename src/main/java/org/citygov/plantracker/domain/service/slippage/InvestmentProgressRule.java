package org.citygov.plantracker.domain.service.slippage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Rule 3 — investment progress, the national practice of 投资完成率 against 时间进度: investment
 * completed this year (Σ of the monthly reports' amounts for the months of the year) ÷ the year's
 * planned investment, against the time elapsed in the year. Time is counted in the months whose
 * report was due by asOf (a month's report is due by the 10th of the next), so both figures cover
 * the same months: on 20 March, January and February, 2/12 = 16.67 %. A lag of more than 10
 * percentage points is flagged. Without any report for the year so far there is nothing to measure
 * (rule 4 flags the missing reports).
 */
public final class InvestmentProgressRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private InvestmentProgressRule() {
    }

    /** Empty when the year has no planned investment or no month is due yet. */
    public static Optional<InvestmentProgress> evaluate(ProjectFacts project, LocalDate asOf,
                                                        SlippageThresholds thresholds) {
        YearMonth through = lastDueMonth(asOf, thresholds.reportDueDay());
        int year = asOf.getYear();
        BigDecimal planned = project.plannedInvestmentByYear().get(year);
        if (planned == null || planned.signum() <= 0 || through.getYear() != year) {
            return Optional.empty();
        }
        List<MonthlyReportFacts> reports = project.reports().stream()
                .filter(r -> r.month().getYear() == year && !r.month().isAfter(through) && r.filedBy(asOf)).toList();
        if (reports.isEmpty()) {
            // nothing reported this year: the missing reports are flagged by rule 4, not read as zero investment
            return Optional.empty();
        }
        BigDecimal completed = reports.stream()
                .map(r -> r.investmentThisMonth() == null ? BigDecimal.ZERO : r.investmentThisMonth())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal investmentPercent = completed.multiply(HUNDRED).divide(planned, 2, RoundingMode.HALF_UP);
        BigDecimal timePercent = BigDecimal.valueOf(through.getMonthValue()).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
        BigDecimal lag = timePercent.subtract(investmentPercent);
        return Optional.of(new InvestmentProgress(year, through, planned, completed, investmentPercent, timePercent,
                lag, lag.compareTo(thresholds.investmentLagPoints()) > 0));
    }

    /**
     * The last month whose report is due by {@code asOf}: the previous month once its due day has
     * passed (from the 11th), else the month before.
     */
    public static YearMonth lastDueMonth(LocalDate asOf, int dueDay) {
        YearMonth current = YearMonth.from(asOf);
        return asOf.getDayOfMonth() > dueDay ? current.minusMonths(1) : current.minusMonths(2);
    }
}
