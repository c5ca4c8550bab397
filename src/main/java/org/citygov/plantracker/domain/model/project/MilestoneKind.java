package org.citygov.plantracker.domain.model.project;

/** Where a milestone sits in the project's life; preparation milestones gate the start of works. */
public enum MilestoneKind {
    /** 前期 — approvals, land, design, tendering: all done before construction may start. */
    PREPARATION("前期", "Preparation"),
    /** 施工 — construction. */
    CONSTRUCTION("施工", "Construction"),
    /** 竣工验收 — completion and acceptance. */
    COMPLETION("竣工验收", "Completion"),
    /** 投用 — commissioning, opening to the public. */
    OPERATION("投用", "Commissioning");

    private final String zh;
    private final String en;

    MilestoneKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() { return zh; }
    public String en() { return en; }
}
