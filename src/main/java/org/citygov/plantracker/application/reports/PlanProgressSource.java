package org.citygov.plantracker.application.reports;

import java.time.LocalDate;

/**
 * Where a report gets its statuses from: the slippage engine's verdict on every target (per scope
 * unit) and every indicator as of a date. A small port, so the reports depend on what they print
 * and not on how the engine computes it.
 */
public interface PlanProgressSource {

    /** Every target row and indicator of the plan {@code planCode} as of {@code asOf}; never null. */
    PlanProgress evaluate(String planCode, LocalDate asOf);
}
