package org.citygov.plantracker.domain.model.library;

/** Whether a library round still takes part in the library's life. */
public enum RoundStatus {
    /** 进行中 — proposals until the deadline, then review; not yet closed. */
    OPEN("进行中", "Open"),
    /** 已关闭 — approved proposals applied, snapshot frozen. */
    CLOSED("已关闭", "Closed");

    private final String zh;
    private final String en;

    RoundStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() { return zh; }
    public String en() { return en; }
}
