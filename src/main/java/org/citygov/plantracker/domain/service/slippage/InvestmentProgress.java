package org.citygov.plantracker.domain.service.slippage;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Rule 3 for one project and year: investment completed this year ÷ the year's planned investment,
 * against the share of the year elapsed.
 *
 * @param throughMonth    the last month whose report was due by asOf; the year is measured to its end
 * @param planned         the year's planned investment, yuan
 * @param completed       investment completed in the year through {@code throughMonth}, yuan
 * @param investmentPercent completed ÷ planned × 100
 * @param timePercent     months through {@code throughMonth} ÷ 12 × 100
 * @param lagPoints       timePercent − investmentPercent (positive = behind)
 * @param lagging         lagPoints above the threshold (10 points)
 */
public record InvestmentProgress(int year, YearMonth throughMonth, BigDecimal planned, BigDecimal completed,
                                 BigDecimal investmentPercent, BigDecimal timePercent, BigDecimal lagPoints,
                                 boolean lagging) {
}
