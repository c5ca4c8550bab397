package org.citygov.plantracker.domain.model.report;

/**
 * A target's status in one unit as a report states it — the slippage engine's verdict (rule 5),
 * kept under the report's own names so a frozen report reads the same whatever the engine becomes.
 */
public enum TargetState {
    /** 已完成 — delivered meets the target. */
    MET("已完成", "Met"),
    /** 未完成 — the deadline passed and delivered falls short. */
    MISSED("未完成", "Missed"),
    /** 正常 — the forecast meets it, with no late project counted on. */
    ON_TRACK("正常", "On track"),
    /** 风险 — the forecast meets it only thanks to late (amber/red) projects. */
    AT_RISK("风险", "At risk"),
    /** 预计未完成 — the forecast falls short. */
    WILL_MISS("预计未完成", "Will miss"),
    /** 缺数据 — the figure cannot be computed (e.g. no population for a per-1,000 target). */
    NO_DATA("缺数据", "No data"),
    /** 未跟踪 — no project output and no existing stock is recorded for it. */
    NOT_TRACKED("未跟踪", "Not tracked"),
    /** 未评估 — no evaluation is available for it (qualitative target, or no engine result). */
    NOT_EVALUATED("未评估", "Not evaluated");

    private final String zh;
    private final String en;

    TargetState(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() { return zh; }
    public String en() { return en; }

    /** The engine's name for the same status, or NOT_EVALUATED for a name the report does not know. */
    public static TargetState fromEngine(String name) {
        if (name == null) {
            return NOT_EVALUATED;
        }
        try {
            return valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return NOT_EVALUATED;
        }
    }

    /** Will be (or was) missed. */
    public boolean isShortfall() {
        return this == MISSED || this == WILL_MISS;
    }
}
