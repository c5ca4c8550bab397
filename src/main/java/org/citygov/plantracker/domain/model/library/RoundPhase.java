package org.citygov.plantracker.domain.model.library;

/** Where an open round stands on a given day: collecting proposals, or past the deadline and in review. */
public enum RoundPhase {
    /** 征集中 — project offices may submit proposals (until the end of the deadline day). */
    COLLECTING("征集中", "Collecting proposals"),
    /** 审核中 — the deadline has passed; the city reviews and then closes the round. */
    REVIEWING("审核中", "In review"),
    /** 已关闭 */
    CLOSED("已关闭", "Closed");

    private final String zh;
    private final String en;

    RoundPhase(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() { return zh; }
    public String en() { return en; }
}
