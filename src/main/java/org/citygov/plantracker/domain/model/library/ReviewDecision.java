package org.citygov.plantracker.domain.model.library;

/** The city government's decision on a proposal. */
public enum ReviewDecision {
    /** 同意 */
    APPROVE("同意", "Approve"),
    /** 不同意 — needs a comment. */
    REJECT("不同意", "Reject"),
    /** 退回修改 — needs a comment saying what to change. */
    RETURN("退回修改", "Return for changes");

    private final String zh;
    private final String en;

    ReviewDecision(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() { return zh; }
    public String en() { return en; }
}
