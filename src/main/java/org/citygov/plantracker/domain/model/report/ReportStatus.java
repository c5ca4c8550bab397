package org.citygov.plantracker.domain.model.report;

/** A report's life: a draft computed from live data, then a frozen published revision. */
public enum ReportStatus {
    /** 草稿 — figures are computed live; narrative can be edited. */
    DRAFT("草稿", "Draft"),
    /** 已发布 — frozen: figures and narrative as they were at publication; shown on the public page. */
    PUBLISHED("已发布", "Published"),
    /** 已被替代 — a later revision of the same report was published; still frozen, no longer listed. */
    SUPERSEDED("已被替代", "Superseded");

    private final String zh;
    private final String en;

    ReportStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() { return zh; }
    public String en() { return en; }
}
