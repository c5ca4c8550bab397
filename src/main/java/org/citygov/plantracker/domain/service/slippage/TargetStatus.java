package org.citygov.plantracker.domain.service.slippage;

/**
 * Rule 5's status of a target in a unit. After the deadline only MET or MISSED; before it MET,
 * ON_TRACK, AT_RISK or WILL_MISS. {@link #severity()} orders them for roll-ups (worst wins).
 */
public enum TargetStatus {
    /** 已完成 — delivered meets the target. */
    MET(1),
    /** 未完成 — the deadline passed and delivered falls short. */
    MISSED(6),
    /** 正常 — the forecast meets it, with no red project and without counting on amber ones. */
    ON_TRACK(2),
    /** 风险 — the forecast meets it only thanks to amber/red projects (or a red project contributes). */
    AT_RISK(3),
    /** 预计未完成 — the forecast falls short. */
    WILL_MISS(5),
    /** 缺数据 — the figure cannot be computed (no population for a per-1,000 target). */
    NO_DATA(4),
    /** 未跟踪 — no project output and no existing stock is recorded for it. */
    NOT_TRACKED(0);

    private final int severity;

    TargetStatus(int severity) {
        this.severity = severity;
    }

    public int severity() {
        return severity;
    }

    public TargetStatus worse(TargetStatus other) {
        return other == null || other.severity < severity ? this : other;
    }

    /** Will be (or was) missed, or cannot be told. */
    public boolean isProblem() {
        return this == MISSED || this == WILL_MISS || this == NO_DATA;
    }
}
