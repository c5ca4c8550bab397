package org.citygov.plantracker.domain.service.library;

import java.io.Serializable;
import java.math.BigDecimal;

/** The planned outputs toward one target (of one plan) in each snapshot, summed over the whole library. */
public record OutputTotal(String planCode, String targetCode, String unit, BigDecimal before, BigDecimal after)
        implements Serializable {

    public BigDecimal delta() {
        return after.subtract(before);
    }
}
