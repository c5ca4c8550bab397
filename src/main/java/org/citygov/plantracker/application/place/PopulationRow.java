package org.citygov.plantracker.application.place;

/** 人口 — a unit's population in one year, with its source; sample figures are marked. */
public record PopulationRow(int fiscalYear, long persons, String source, boolean sample) {
}
