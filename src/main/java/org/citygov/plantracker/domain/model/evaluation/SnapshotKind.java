package org.citygov.plantracker.domain.model.evaluation;

/** Why a snapshot was taken. */
public enum SnapshotKind {
    /** At the end of a month, by the timer. */
    MONTH_END,
    /** Asked for by CITY_GOV. */
    ON_DEMAND
}
