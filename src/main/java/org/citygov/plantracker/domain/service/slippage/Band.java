package org.citygov.plantracker.domain.service.slippage;

/**
 * A traffic-light band. Ordered from best to worst, so {@link #worse} picks the more serious one.
 * {@link #NONE} means "not rated" (no baseline, withdrawn, not started).
 */
public enum Band {
    NONE, GREEN, AMBER, RED;

    public Band worse(Band other) {
        return other == null || other.ordinal() < ordinal() ? this : other;
    }

    public boolean isLate() {
        return this == AMBER || this == RED;
    }
}
