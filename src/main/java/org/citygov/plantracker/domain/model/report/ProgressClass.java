package org.citygov.plantracker.domain.model.report;

/**
 * 提前 / 符合 / 滞后 — how the annual report and the mid-term evaluation classify each indicator and
 * target against the progress the plan expects by the report's date.
 */
public enum ProgressClass {
    /** 提前 — ahead: a target already met before its deadline, an indicator above its straight line. */
    AHEAD("提前", "Ahead"),
    /** 符合 — on track: forecast to be met (or met at its deadline), an indicator on its line. */
    ON_TRACK("符合", "On track"),
    /** 滞后 — behind: will miss or missed, an indicator below its line. */
    BEHIND("滞后", "Behind"),
    /** 未评价 — cannot be rated: no figure, no data, no observation. */
    NOT_RATED("未评价", "Not rated");

    private final String zh;
    private final String en;

    ProgressClass(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() { return zh; }
    public String en() { return en; }

    /** On or above the expected progress (提前 or 符合): what "N indicators on track" counts. */
    public boolean onOrAbove() {
        return this == AHEAD || this == ON_TRACK;
    }

    /**
     * A target: met before its deadline is ahead; met at (or after) the deadline, on track or at
     * risk (still forecast to be met, though late projects carry it) is on track; will miss or
     * missed is behind; no data, untracked or unevaluated targets are not rated.
     */
    public static ProgressClass ofTarget(TargetState state, boolean deadlinePassed) {
        return switch (state) {
            case MET -> deadlinePassed ? ON_TRACK : AHEAD;
            case ON_TRACK, AT_RISK -> ON_TRACK;
            case WILL_MISS, MISSED -> BEHIND;
            case NO_DATA, NOT_TRACKED, NOT_EVALUATED -> NOT_RATED;
        };
    }

    /** An indicator, from the engine's verdict against the straight line (AHEAD, ON_LINE, BEHIND …). */
    public static ProgressClass ofIndicator(String engineStatus) {
        if (engineStatus == null) {
            return NOT_RATED;
        }
        return switch (engineStatus) {
            case "AHEAD" -> AHEAD;
            case "ON_LINE", "ON_TRACK" -> ON_TRACK;
            case "BEHIND" -> BEHIND;
            default -> NOT_RATED;
        };
    }
}
