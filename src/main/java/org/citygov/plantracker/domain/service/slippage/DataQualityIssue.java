package org.citygov.plantracker.domain.service.slippage;

/** Rule 4 — what is missing from the data. */
public enum DataQualityIssue {
    /** No monthly report for the last month whose report was due (the 10th of the next month). */
    MISSING_MONTHLY_REPORT,
    /** The report for that month was filed, but after its due day. */
    LATE_MONTHLY_REPORT,
    /** A milestone without a current baseline date: it cannot be measured. */
    MILESTONE_WITHOUT_BASELINE,
    /** An active project with no milestone at all. */
    NO_MILESTONES,
    /** An active project with no output linked to a plan target: it counts toward nothing. */
    NO_OUTPUT_LINKED
}
