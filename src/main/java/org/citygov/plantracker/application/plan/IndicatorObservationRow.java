package org.citygov.plantracker.application.plan;

import java.math.BigDecimal;

/** The value an indicator reached in one year, with its source; sample figures are marked. */
public record IndicatorObservationRow(String indicatorCode, int fiscalYear, BigDecimal value, String source,
                                      boolean sample) {
}
