package org.citygov.plantracker.domain.service.slippage;

import java.math.BigDecimal;
import java.util.List;

/**
 * Rule 6 for one indicator.
 *
 * @param expected the straight-line value for {@code latestYear}
 * @param line     the straight line, one point per year from the baseline year to the target year
 */
public record IndicatorEvaluation(String planCode, String code, String nameZh, String nameEn, String unit,
                                  boolean binding, boolean cumulative, Integer baselineYear, BigDecimal baselineValue,
                                  String baselineText, Integer targetYear, BigDecimal targetValue, String targetText,
                                  Integer latestYear, BigDecimal latestValue, BigDecimal expected,
                                  BigDecimal deviation, IndicatorStatus status, List<YearValue> line,
                                  List<YearValue> observations) {

    public record YearValue(int year, BigDecimal value) {
    }
}
