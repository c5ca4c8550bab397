package org.citygov.plantracker.domain.model.report;

/** An indicator's final-year value against its target, as the final evaluation (总结评估) states it. */
public enum IndicatorOutcome {
    /** 达到 — the value meets the target (or the city recorded the word target as met). */
    ACHIEVED("达到", "Achieved"),
    /** 未达到 — it does not. */
    NOT_ACHIEVED("未达到", "Not achieved"),
    /** 无数据 — no value recorded for the target year. */
    NO_VALUE("无数据", "No value"),
    /** 未评价 — the target has no figure to compare with. */
    NOT_RATED("未评价", "Not rated");

    private final String zh;
    private final String en;

    IndicatorOutcome(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() { return zh; }
    public String en() { return en; }
}
