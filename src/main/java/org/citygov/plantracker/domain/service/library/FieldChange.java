package org.citygov.plantracker.domain.service.library;

import java.io.Serializable;

/**
 * One field that differs: before → after. Values keep their type (String, LocalDate, BigDecimal
 * yuan or quantity, enum) so each interface formats them; null means "none".
 *
 * @param qualifier which output or funding line the change is about (C1.4-T9@J04, SPECIAL_BOND/2025); else null
 * @param unit      the unit of an output quantity
 */
public record FieldChange(DiffField field, String qualifier, Object before, Object after, String unit)
        implements Serializable {

    public FieldChange(DiffField field, Object before, Object after) {
        this(field, null, before, after, null);
    }
}
