package org.citygov.plantracker.domain.model.plan;

import java.math.BigDecimal;
import java.util.Optional;

/** How an achieved figure is compared with the planned one, as the plan's wording says. */
public enum Comparison {
    /** 以上 / 不少于 / 不低于 / 至少 / ≥ */
    AT_LEAST,
    /** 以下 / 不超过 / ≤ */
    AT_MOST,
    /** A figure with no operator. */
    EQUAL,
    /** 左右 */
    APPROXIMATELY,
    /** e.g. 1—2: a minimum and a maximum. */
    RANGE,
    /** 保持 / 巩固 / 持续: keep a level that has been reached. */
    MAINTAIN,
    /** No figure to compare. */
    QUALITATIVE;

    /** Whether the planned figure must be given (a single value). */
    public boolean requiresValue() {
        return this == AT_LEAST || this == AT_MOST || this == EQUAL || this == APPROXIMATELY;
    }

    /** Whether this comparison ever carries a single planned value. */
    public boolean allowsValue() {
        return requiresValue() || this == MAINTAIN;
    }

    /**
     * Whether {@code actual} meets the plan. A plain figure (EQUAL) counts as met when reached, since
     * a plan figure is a level to attain, not an exact count to hit. APPROXIMATELY is read the same way.
     * Empty when the comparison has no figure to check against.
     */
    public Optional<Boolean> isMetBy(BigDecimal actual, BigDecimal value, BigDecimal min, BigDecimal max) {
        if (actual == null) {
            return Optional.empty();
        }
        return switch (this) {
            case AT_LEAST, EQUAL, APPROXIMATELY, MAINTAIN ->
                    value == null ? Optional.empty() : Optional.of(actual.compareTo(value) >= 0);
            case AT_MOST -> value == null ? Optional.empty() : Optional.of(actual.compareTo(value) <= 0);
            case RANGE -> min == null || max == null ? Optional.empty()
                    : Optional.of(actual.compareTo(min) >= 0 && actual.compareTo(max) <= 0);
            case QUALITATIVE -> Optional.empty();
        };
    }
}
