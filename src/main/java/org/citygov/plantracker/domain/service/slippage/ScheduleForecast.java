package org.citygov.plantracker.domain.service.slippage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Rule 2 for one project: earned schedule over its weighted milestones.
 *
 * @param start             the day the planned-value curve starts (planned start, or an earlier baseline)
 * @param baselineFinish    the latest current baseline date
 * @param originalFinish    the latest original baseline date
 * @param plannedDays       planned duration PD = baselineFinish − start
 * @param plannedPercent    PV(asOf), percent of the weighted work planned to be done
 * @param earnedPercent     EV, percent of the weighted work done (Σ weight × percent complete)
 * @param earnedScheduleDays ES: days after start at which PV reached today's EV
 * @param elapsedDays       AT: days from start to asOf (to the last actual date once all is done)
 * @param spi               SPI(t) = ES / AT, null when it cannot be computed
 * @param forecastFinish    start + PD / SPI(t), never before the latest milestone forecast (nor before asOf while open)
 * @param plannedCurve      PV over time, for the S-curve
 * @param earnedCurve       EV at each milestone's actual date and today, for the S-curve
 */
public record ScheduleForecast(LocalDate start, LocalDate baselineFinish, LocalDate originalFinish, Integer plannedDays,
                               BigDecimal plannedPercent, BigDecimal earnedPercent, BigDecimal earnedScheduleDays,
                               Integer elapsedDays, BigDecimal spi, ScheduleLabel label, Band band,
                               LocalDate forecastFinish, boolean complete, List<CurvePoint> plannedCurve,
                               List<CurvePoint> earnedCurve) {
}
