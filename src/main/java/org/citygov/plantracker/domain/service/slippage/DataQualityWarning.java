package org.citygov.plantracker.domain.service.slippage;

/**
 * One data-quality finding on a project.
 *
 * @param subject what it is about: the month (2025-05) or the milestone name, else null
 */
public record DataQualityWarning(DataQualityIssue issue, String subject) {
}
