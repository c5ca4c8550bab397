package org.citygov.plantracker.application.plan;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * What an indicator reached in one year, with its source; a word target's met / not met with the
 * evidence; who recorded it and when; sample figures are marked.
 */
public record IndicatorObservationRow(String indicatorCode, int fiscalYear, BigDecimal value, String source,
                                      boolean sample, Boolean met, String evidence, String note, String recordedBy,
                                      LocalDateTime recordedAt, long version) {

    /** The value without trailing zeros (4.50 → 4.5), or null. */
    public String valueText() {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
