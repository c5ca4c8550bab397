package org.citygov.plantracker.application.offices;

import java.io.Serializable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An office's update of one milestone.
 *
 * @param version the milestone version the user read; a different stored version is a conflict
 * @param actual  the day the milestone was met; completes it (100 %)
 */
public record MilestoneUpdate(String projectCode, Long milestoneId, long version, BigDecimal percentComplete,
                              LocalDate forecast, LocalDate actual, String note) implements Serializable {
}
