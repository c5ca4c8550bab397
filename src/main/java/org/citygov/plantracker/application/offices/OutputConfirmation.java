package org.citygov.plantracker.application.offices;

import java.io.Serializable;

import java.math.BigDecimal;

/** Confirming what an output actually delivered (counts toward the plan target from then on). */
public record OutputConfirmation(String projectCode, Long outputId, long version, BigDecimal actualQuantity)
        implements Serializable {
}
