package org.citygov.plantracker.domain.model.report;

import java.util.List;

/** What a report is, and which narrative sections CITY_GOV writes for it. */
public enum ReportKind {
    /** 对照规划 — the plan chapter by chapter with each target's status as of a date. */
    FOLLOW_THE_PLAN("对照规划报告", "Follow-the-plan report", List.of("summary")),
    /** 年度报告 — the yearly report to the public on the plan's progress. */
    ANNUAL("年度报告", "Annual report", List.of("overview", "achievements", "problems", "nextSteps")),
    /** 中期评估 — the mid-term evaluation the plan (ch.13 §5) asks for. */
    MID_TERM("中期评估报告", "Mid-term evaluation", List.of("overview", "achievements", "problems", "adjustments", "nextSteps")),
    /**
     * 总结评估 — the final evaluation as of the plan's end (or a later day): every dated target met or
     * missed, every indicator's last-year value against its target, the projects handed to the next plan.
     */
    FINAL("总结评估报告", "Final evaluation", List.of("overview", "achievements", "problems", "carryOver", "nextPlan"));

    private final String zh;
    private final String en;
    private final List<String> sectionKeys;

    ReportKind(String zh, String en, List<String> sectionKeys) {
        this.zh = zh;
        this.en = en;
        this.sectionKeys = sectionKeys;
    }

    public String zh() { return zh; }
    public String en() { return en; }

    /** The narrative sections, in the order the report prints them. */
    public List<String> sectionKeys() { return sectionKeys; }

    /** Whether every section must be written before the report may be published. */
    public boolean narrativeRequired() {
        return this != FOLLOW_THE_PLAN;
    }
}
