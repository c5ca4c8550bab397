package org.citygov.plantracker.domain.service.slippage;

/** The population of a unit in a year. */
public record PopulationFacts(long jurisdictionId, int year, long persons) {
}
