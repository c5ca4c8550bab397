package org.citygov.plantracker.domain.service.slippage;

import java.time.LocalDate;

/**
 * Rule 1 for one milestone: days late against the current approved baseline and against the
 * original baseline (negative = early), with their bands. Null delays (band NONE) when the
 * milestone has no such baseline.
 *
 * @param measuredOn the date the delay is measured to: the actual date, else the later of the
 *                   forecast and asOf once the baseline has passed, else the forecast
 */
public record MilestoneDelay(long milestoneId, int seq, String nameZh, String nameEn, LocalDate originalBaseline,
                             LocalDate baseline, LocalDate forecast, LocalDate actual, LocalDate measuredOn,
                             Integer delayDays, Band band, Integer delayVsOriginalDays, Band bandVsOriginal) {

    public boolean isDone() {
        return actual != null;
    }
}
