package org.citygov.plantracker.domain.model.library;

import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.plan.Target;

import java.math.BigDecimal;

/** An output a proposal plans: {@code quantity} {@code unit} toward {@code target} in {@code jurisdiction}. */
public record PlannedOutput(Target target, Jurisdiction jurisdiction, BigDecimal quantity, String unit) {
}
