package org.citygov.plantracker.domain.service.slippage;

/** What a target-evaluation row is. */
public enum RowRole {
    /** The target measured at a unit of its own scope (each 区县(市), each 街道, the city …). */
    OFFICIAL,
    /** A unit above the scope: how many of the official units below it meet the target (coverage). */
    ROLLUP,
    /** A unit below the scope: what it contributes (drill-down); rated only for rates and shares. */
    BREAKDOWN
}
