package org.citygov.plantracker.domain.service.library;

import org.citygov.plantracker.domain.model.library.ReadinessGate;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One readiness gate of a project: met or not, with the document that shows it (reference and
 * date), or for funding the approved share against the required one (fractions, 0.3 = 30 %).
 */
public record GateResult(ReadinessGate gate, boolean met, String documentRef, LocalDate documentDate,
                         BigDecimal securedShare, BigDecimal requiredShare) implements Serializable {
}
