package org.citygov.plantracker.domain.service.slippage;

import java.math.BigDecimal;

/**
 * Existing stock of a unit for a metric at the end of {@code year} (e.g. childcare places at
 * end-2021), counted as delivered before any project. The quantity is in the unit the metric's
 * projects deliver: places for 每千人口托位数, qualifying institutions for count and coverage
 * targets, m² for floor area. For share metrics {@code quantity} is the numerator (inclusive
 * places) and {@code totalQuantity} the denominator (all places).
 */
public record StockFacts(long jurisdictionId, String metric, int year, BigDecimal quantity, BigDecimal totalQuantity) {
}
