package org.citygov.plantracker.domain.model.library;

/** A proposal's way through a round. */
public enum ProposalStatus {
    /** 待审核 — submitted, waiting for the city's decision. */
    SUBMITTED("待审核", "Submitted"),
    /** 退回修改 — returned to the office for changes; may be resubmitted until the round closes. */
    RETURNED("退回修改", "Returned for changes"),
    /** 已同意 — approved; applied to the library when the round closes. */
    APPROVED("已同意", "Approved"),
    /** 未同意 — rejected. */
    REJECTED("未同意", "Rejected"),
    /** 已生效 — applied to the library at the close of the round. */
    APPLIED("已生效", "Applied"),
    /** 已失效 — returned and not resubmitted before the round closed. */
    LAPSED("已失效", "Lapsed"),
    /** 已撤回 — taken back by the office before a decision. */
    CANCELLED("已撤回", "Cancelled");

    private final String zh;
    private final String en;

    ProposalStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() { return zh; }
    public String en() { return en; }

    /** Still in play: it blocks another proposal for the same project. */
    public boolean isActive() {
        return this == SUBMITTED || this == RETURNED || this == APPROVED;
    }
}
