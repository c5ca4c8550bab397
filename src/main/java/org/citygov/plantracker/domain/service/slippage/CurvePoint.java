package org.citygov.plantracker.domain.service.slippage;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A point of an S-curve: the cumulative percent (0–100) of the weighted work on a date. */
public record CurvePoint(LocalDate date, BigDecimal percent) {
}
