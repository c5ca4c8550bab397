package org.citygov.plantracker.domain.model.plan;

/** 指标属性 — the nature of an indicator in the plan's indicator table. */
public enum IndicatorNature {
    /** 约束性 — binding. */
    BINDING("约束性"),
    /** 预期性 — expected (indicative). */
    EXPECTED("预期性");

    private final String labelZh;

    IndicatorNature(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }
}
