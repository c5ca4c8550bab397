package org.citygov.plantracker.domain.service.slippage;

/** Rule 6 — an indicator's latest observation against the straight line from baseline to target. */
public enum IndicatorStatus {
    /** 提前 — better than the line by more than the tolerance. */
    AHEAD,
    /** 符合 — within the tolerance of the line. */
    ON_LINE,
    /** 滞后 — worse than the line by more than the tolerance. */
    BEHIND,
    /** 无观测 — no observation up to asOf. */
    NO_OBSERVATION,
    /** 不可比 — the target (or baseline) is words, e.g. 应保尽保. */
    NOT_NUMERIC
}
