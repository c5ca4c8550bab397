package org.citygov.plantracker.domain.service.slippage;

import org.citygov.plantracker.domain.model.plan.Comparison;

import java.math.BigDecimal;
import java.util.List;

/** An indicator-table row with its yearly observations. */
public record IndicatorFacts(long id, String planCode, String code, String nameZh, String nameEn, String unit,
                             boolean binding, boolean cumulative, Comparison comparison, Integer baselineYear,
                             BigDecimal baselineValue, String baselineText, Integer targetYear,
                             BigDecimal targetValue, String targetText, List<Observation> observations) {

    public IndicatorFacts {
        observations = observations == null ? List.of() : observations;
    }

    /**
     * One year's observation: the value (for a 〔 〕 indicator the running total), and for a word target
     * (应保尽保) whether it was met, as the city recorded it.
     */
    public record Observation(int year, BigDecimal value, Boolean met) {
        public Observation(int year, BigDecimal value) {
            this(year, value, null);
        }
    }
}
