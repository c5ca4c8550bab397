package org.citygov.plantracker.domain.service.slippage;

/** How rule 5 measures a target (see {@link TargetEvaluator#classify}). */
public enum EvaluationKind {
    /** Σ output quantities against the figure: 5500万 m², 150 schools, 1 depot per 区县(市). */
    QUANTITY,
    /** Places against rate × population / 1,000 (每千人口托位数). */
    PER_POPULATION,
    /** Qualifying facilities (≥ N places, inclusive) against a count per unit: ≥ 2 per 区县(市). */
    COUNT,
    /** Each unit below the 区县(市) needs a qualifying facility; rolls up as coverage. */
    COVERAGE,
    /** Inclusive places ÷ all places, in %. */
    SHARE,
    /** Completed share of the linked outputs, in % (全部完成). */
    COMPLETION
}
