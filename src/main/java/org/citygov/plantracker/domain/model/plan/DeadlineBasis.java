package org.citygov.plantracker.domain.model.plan;

/** Where a target's deadline comes from: the text itself, or a reading of it. */
public enum DeadlineBasis {
    /** A time phrase in the same sentence or clause (到2025年). */
    EXPLICIT,
    /** A time phrase that opens the enclosing paragraph or section. */
    SECTION,
    /** No time phrase, but a count or a completion verb (建成/完成): the end of the plan period. */
    IMPLIED_PLAN_PERIOD,
    /** No deadline: an ongoing rule, or a verb like 推进/加快 with no completion date. */
    NONE,
    /** A time phrase without a base year (五年内, 用3—5年时间); see the note. */
    AMBIGUOUS;

    /** Whether the deadline is a reading rather than words of the plan. */
    public boolean isReading() {
        return this == IMPLIED_PLAN_PERIOD || this == AMBIGUOUS;
    }
}
