package org.citygov.plantracker.domain.model.funding;

/** Review state of a funding line. */
public enum FundingLineStatus {
    /** 待审核 — requested by the project office, waiting for the finance bureau. */
    REQUESTED("待审核", "Requested"),
    /** 已批准 — approved, possibly for less than requested. */
    APPROVED("已批准", "Approved"),
    /** 已退回 — returned to the office for changes. */
    RETURNED("已退回", "Returned"),
    /** 未批准 — rejected. */
    REJECTED("未批准", "Rejected");

    private final String zh;
    private final String en;

    FundingLineStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() { return zh; }
    public String en() { return en; }
}
