package org.citygov.plantracker.domain.service.slippage;

import org.citygov.plantracker.domain.model.project.Stage;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One project output as it counts toward one target.
 *
 * @param measure what it adds in the target's measure: places, qualifying facilities, m², 1 per lot
 * @param quantity the output's own quantity (actual if confirmed, else planned)
 */
public record Contribution(long projectId, String projectCode, String projectNameZh, String projectNameEn,
                           Stage stage, Band band, LocalDate forecastFinish, long outputId, long unitId,
                           BigDecimal quantity, BigDecimal measure, Integer facilityCapacity, Boolean inclusive,
                           Counted counted) {
}
