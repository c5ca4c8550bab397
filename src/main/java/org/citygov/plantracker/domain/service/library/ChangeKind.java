package org.citygov.plantracker.domain.service.library;

/** How a project differs between two snapshots. */
public enum ChangeKind {
    /** 新增 — in the later snapshot only. */
    ADDED("新增", "Added"),
    /** 调出 — in the earlier snapshot only (withdrawn from the library in between). */
    WITHDRAWN("调出", "Withdrawn"),
    /** 变更 — in both, with at least one field changed. */
    CHANGED("变更", "Changed"),
    /** 未变 — in both, nothing changed. */
    UNCHANGED("未变", "Unchanged");

    private final String zh;
    private final String en;

    ChangeKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() { return zh; }
    public String en() { return en; }
}
