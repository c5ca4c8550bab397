package org.citygov.plantracker.domain.model.report;

/** How a dated target ended, as the final evaluation (总结评估) states it. */
public enum TargetOutcome {
    /** 已完成 — met by its deadline. */
    MET("已完成", "Met"),
    /** 逾期完成 — missed at its deadline, met by the evaluation's day. */
    MET_LATE("逾期完成", "Met late"),
    /** 未完成 — not met by the evaluation's day. */
    MISSED("未完成", "Missed"),
    /** 未评估 — not measurable from the data (qualitative, no data, nothing tracked). */
    NOT_RATED("未评估", "Not rated");

    private final String zh;
    private final String en;

    TargetOutcome(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() { return zh; }
    public String en() { return en; }

    /** The outcome from the status at the deadline and the status with everything done by the evaluation's day. */
    public static TargetOutcome of(TargetState atDeadline, TargetState byEvaluationDay) {
        if (atDeadline == TargetState.MET) {
            return MET;
        }
        if (byEvaluationDay == TargetState.MET) {
            return MET_LATE;
        }
        if (atDeadline == TargetState.MISSED || atDeadline == TargetState.WILL_MISS
                || atDeadline == TargetState.ON_TRACK || atDeadline == TargetState.AT_RISK) {
            return MISSED;
        }
        return NOT_RATED;
    }

    public boolean met() {
        return this == MET || this == MET_LATE;
    }
}
