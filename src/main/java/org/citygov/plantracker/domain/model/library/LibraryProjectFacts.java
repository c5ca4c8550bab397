package org.citygov.plantracker.domain.model.library;

import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.Stage;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the library records of one project, field by field: the unit of a snapshot and of a
 * diff. Names of program, place and lead unit ride along for display; the diff compares codes.
 *
 * @param planCode       the plan the project's program belongs to (ZZ-PS-14)
 * @param districtCode   the 区县(市) the project lies in (its jurisdiction or an ancestor); null for city-level
 * @param outputs        planned outputs, one per target and place
 * @param funding        funding lines, one per source and year
 */
public record LibraryProjectFacts(String code, String nameZh, String nameEn,
                           String planCode, String programCode, String programTitleZh, String programTitleEn,
                           String jurisdictionCode, String jurisdictionNameZh, String jurisdictionNameEn,
                           String districtCode, String districtNameZh, String districtNameEn,
                           String leadUnitCode, String leadUnitNameZh, String leadUnitNameEn,
                           Category category, Stage stage, LocalDate plannedStart, LocalDate plannedFinish,
                           BigDecimal totalInvestment, String description, boolean sample,
                           List<OutputFact> outputs, List<FundingFact> funding) implements Serializable {

    public LibraryProjectFacts {
        Objects.requireNonNull(code, "code");
        outputs = outputs == null ? List.of() : outputs.stream()
                .sorted(Comparator.comparing(OutputFact::key)).toList();
        funding = funding == null ? List.of() : funding.stream()
                .sorted(Comparator.comparing(FundingFact::key)).toList();
    }

    /**
     * A planned output toward one target in one place (quantities of the same target and place add up).
     * {@code planCode} is the target's plan (after a carry-over, the new plan's).
     */
    public record OutputFact(String planCode, String targetCode, String jurisdictionCode, BigDecimal quantity,
                             String unit) implements Serializable {

        public String key() {
            return targetCode + "@" + jurisdictionCode;
        }
    }

    /** Money from one source in one year: requested (planned) and approved so far (null if not yet). */
    public record FundingFact(String sourceCode, int fiscalYear, BigDecimal requested, BigDecimal approved)
            implements Serializable {

        public String key() {
            return sourceCode + "/" + fiscalYear;
        }
    }

    /** The outputs by {@link OutputFact#key()}, quantities of the same key summed. */
    public Map<String, OutputFact> outputsByKey() {
        Map<String, OutputFact> byKey = new LinkedHashMap<>();
        for (OutputFact o : outputs) {
            byKey.merge(o.key(), o, (a, b) -> new OutputFact(a.planCode(), a.targetCode(), a.jurisdictionCode(),
                    nz(a.quantity()).add(nz(b.quantity())), a.unit() != null ? a.unit() : b.unit()));
        }
        return byKey;
    }

    /** The funding by {@link FundingFact#key()}, amounts of the same key summed. */
    public Map<String, FundingFact> fundingByKey() {
        Map<String, FundingFact> byKey = new LinkedHashMap<>();
        for (FundingFact f : funding) {
            byKey.merge(f.key(), f, (a, b) -> new FundingFact(a.sourceCode(), a.fiscalYear(),
                    nz(a.requested()).add(nz(b.requested())),
                    a.approved() == null && b.approved() == null ? null : nz(a.approved()).add(nz(b.approved()))));
        }
        return byKey;
    }

    public BigDecimal investmentOrZero() {
        return nz(totalInvestment);
    }

    static BigDecimal nz(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
