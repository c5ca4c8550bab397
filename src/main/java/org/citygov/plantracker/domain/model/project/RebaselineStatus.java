package org.citygov.plantracker.domain.model.project;

/** Where a re-baseline request stands. */
public enum RebaselineStatus {
    /** 待审批 — waiting for the city government's decision. */
    PENDING,
    /** 已批准 — the new dates are the current baseline. */
    APPROVED,
    /** 已驳回 — refused; the baseline stays as it was. */
    REJECTED
}
