package org.citygov.plantracker.domain.service.slippage;

/** Rule 2's reading of SPI(t). */
public enum ScheduleLabel {
    /** 超前 — SPI(t) above the "ahead" threshold (1.05). */
    AHEAD,
    /** 正常 — between the two thresholds (0.95–1.05). */
    NORMAL,
    /** 滞后 — below the "behind" threshold (0.95). */
    BEHIND,
    /** 未开始 — asOf is not after the start: nothing to measure yet. */
    NOT_STARTED,
    /** 无法计算 — no dated, weighted milestones (or withdrawn). */
    NOT_RATED
}
