package org.citygov.plantracker.domain.service.library;

/** The fields of a project that a library diff compares. */
public enum DiffField {
    NAME_ZH("项目名称", "Name (Chinese)"),
    NAME_EN("英文名称", "Name (English)"),
    PROGRAM("所属工程", "Program"),
    JURISDICTION("建设地点", "Location"),
    LEAD_UNIT("项目单位", "Lead unit"),
    CATEGORY("类别", "Category"),
    STAGE("阶段", "Stage"),
    PLANNED_START("计划开工", "Planned start"),
    PLANNED_FINISH("计划完工", "Planned finish"),
    TOTAL_INVESTMENT("总投资", "Total investment"),
    DESCRIPTION("建设内容", "Scope"),
    /** One output toward a target in a place (qualifier {@code C1.4-T9@J04}). */
    OUTPUT("产出", "Output"),
    /** The unit of one output toward a target in a place (qualifier {@code C1.4-T9@J04}), e.g. 托位 → 个. */
    OUTPUT_UNIT("产出单位", "Output unit"),
    /** Requested money of one source in one year (qualifier {@code SPECIAL_BOND/2025}). */
    FUNDING_REQUESTED("资金计划", "Funding planned"),
    /** Approved money of one source in one year. */
    FUNDING_APPROVED("资金落实", "Funding approved");

    private final String zh;
    private final String en;

    DiffField(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() { return zh; }
    public String en() { return en; }

    /** Values are amounts in yuan (shown in 万元). */
    public boolean isMoney() {
        return this == TOTAL_INVESTMENT || this == FUNDING_REQUESTED || this == FUNDING_APPROVED;
    }
}
