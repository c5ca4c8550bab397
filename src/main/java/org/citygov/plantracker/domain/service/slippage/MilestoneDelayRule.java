package org.citygov.plantracker.domain.service.slippage;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Rule 1 — milestone delay. The delay is the days between a baseline date and the actual date
 * (done), else the later of the forecast and {@code asOf} once the baseline has passed, else the
 * forecast (a forecast already beyond a future baseline is a delay announced in advance).
 * Bands (defaults): on time ≤ 15 days, amber 16–90, red > 90.
 */
public final class MilestoneDelayRule {

    private MilestoneDelayRule() {
    }

    public static MilestoneDelay evaluate(MilestoneFacts m, LocalDate asOf, SlippageThresholds thresholds) {
        Integer delay = delay(m, m.baseline(), asOf);
        Integer delayVsOriginal = delay(m, m.originalBaseline(), asOf);
        return new MilestoneDelay(m.id(), m.seq(), m.nameZh(), m.nameEn(), m.originalBaseline(), m.baseline(),
                m.forecast(), m.actual(), measuredOn(m, m.baseline(), asOf),
                delay, delay == null ? Band.NONE : thresholds.delayBand(delay),
                delayVsOriginal, delayVsOriginal == null ? Band.NONE : thresholds.delayBand(delayVsOriginal));
    }

    static Integer delay(MilestoneFacts m, LocalDate reference, LocalDate asOf) {
        LocalDate measured = measuredOn(m, reference, asOf);
        return measured == null ? null : Math.toIntExact(ChronoUnit.DAYS.between(reference, measured));
    }

    static LocalDate measuredOn(MilestoneFacts m, LocalDate reference, LocalDate asOf) {
        if (reference == null) {
            return null;
        }
        if (m.actual() != null) {
            return m.actual();
        }
        LocalDate forecast = m.forecast() != null ? m.forecast() : reference;
        if (asOf.isAfter(reference)) {
            return forecast.isAfter(asOf) ? forecast : asOf;
        }
        return forecast;
    }
}
