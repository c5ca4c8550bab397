package org.citygov.plantracker.domain.service.slippage;

import java.math.BigDecimal;

/** A project output toward a target in a unit (a row of project_output). */
public record OutputFacts(long id, long projectId, long targetId, long jurisdictionId, BigDecimal plannedQuantity,
                          BigDecimal actualQuantity, boolean confirmed, Integer facilityCapacity, Boolean inclusive) {

    /** Confirmed actual quantity, else the planned one. */
    public BigDecimal expectedQuantity() {
        return confirmed && actualQuantity != null ? actualQuantity : plannedQuantity == null ? BigDecimal.ZERO : plannedQuantity;
    }
}
