package org.citygov.plantracker.domain.model.plan;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a target is measured from the projects' outputs — declared in the plan definition
 * ({@code measure:} of a target in programs.yaml), never inferred from the spelling of its metric.
 */
public enum MeasureKind {
    /** Σ output quantities against the figure: 5500万 m², 150 schools, 1 depot per 区县(市). */
    QUANTITY("quantity"),
    /** 每千人口… — places against rate × population / 1,000. */
    PER_POPULATION("per_1000_population"),
    /** Qualifying institutions (≥ N places, optionally 普惠 only) against a count per unit. */
    COUNT("count"),
    /** Each unit below the 区县(市) needs a qualifying institution; rolls up as coverage. */
    COVERAGE("coverage"),
    /** 普惠 places ÷ all places, in %. */
    SHARE("share"),
    /** Completed share of the linked outputs, in % (全部完成). */
    COMPLETION("completion"),
    /** Not measured from projects: qualitative aims, rates that statistics measure (followed as indicators). */
    NONE("none");

    private final String code;

    MeasureKind(String code) {
        this.code = code;
    }

    /** The spelling in the plan definition. */
    public String code() {
        return code;
    }

    public static Optional<MeasureKind> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.code.equals(c)).findFirst();
    }

    /** Whether projects' outputs measure the target (everything but {@link #NONE}). */
    public boolean isMeasuredFromProjects() {
        return this != NONE;
    }

    /** Whether the figure counts institutions that must meet a size (and perhaps 普惠) condition. */
    public boolean countsQualifyingInstitutions() {
        return this == COUNT || this == COVERAGE;
    }
}
