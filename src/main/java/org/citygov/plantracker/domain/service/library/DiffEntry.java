package org.citygov.plantracker.domain.service.library;

import org.citygov.plantracker.domain.model.library.LibraryProjectFacts;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One project of a diff: what it was ({@code before}, null if added), what it is ({@code after},
 * null if withdrawn) and the fields that changed.
 */
public record DiffEntry(String code, ChangeKind kind, LibraryProjectFacts before, LibraryProjectFacts after,
                        List<FieldChange> changes) implements Serializable {

    /** The later facts where there are any, else the earlier ones: where the project is listed. */
    public LibraryProjectFacts current() {
        return after != null ? after : before;
    }

    public String planCode() {
        return current().planCode();
    }

    public String programCode() {
        return current().programCode();
    }

    public String districtCode() {
        return current().districtCode();
    }

    public BigDecimal investmentBefore() {
        return before == null ? BigDecimal.ZERO : before.investmentOrZero();
    }

    public BigDecimal investmentAfter() {
        return after == null ? BigDecimal.ZERO : after.investmentOrZero();
    }

    public BigDecimal investmentDelta() {
        return investmentAfter().subtract(investmentBefore());
    }
}
