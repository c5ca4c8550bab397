package org.citygov.plantracker.application.reports;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;

/**
 * Stands in for the slippage engine until it is wired: every target reads 未评估 (not evaluated)
 * and the report says so, rather than inventing statuses.
 */
@ApplicationScoped
public class NoEvaluationYet implements PlanProgressSource {

    @Override
    public PlanProgress evaluate(LocalDate asOf) {
        return PlanProgress.notEvaluated(asOf);
    }
}
