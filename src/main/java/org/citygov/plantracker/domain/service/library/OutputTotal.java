package org.citygov.plantracker.domain.service.library;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The planned outputs toward one target (of one plan) in one unit in each snapshot, summed over the whole
 * library or over one program × 区县(市) group. Outputs in another unit are another total.
 */
public record OutputTotal(String planCode, String targetCode, String unit, BigDecimal before, BigDecimal after)
        implements Serializable {

    public BigDecimal delta() {
        return after.subtract(before);
    }
}
