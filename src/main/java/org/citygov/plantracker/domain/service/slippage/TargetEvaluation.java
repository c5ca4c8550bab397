package org.citygov.plantracker.domain.service.slippage;

import org.citygov.plantracker.domain.model.place.JurisdictionLevel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Rule 5 — one target in one unit. For OFFICIAL and BREAKDOWN rows required / delivered / forecast
 * are in the target's measure (places, facilities, m², %); for ROLLUP rows they count the official
 * units below (units in scope / meeting it now / forecast to meet it) and {@code quantityDelivered}
 * / {@code quantityForecast} carry the summed measure.
 *
 * @param unitId       null only for a target that no unit is known for (NOT_TRACKED)
 * @param required     R; null when it cannot be computed (no population) or does not apply (breakdown of a count)
 * @param delivered    D(asOf): existing stock + confirmed outputs completed on or before min(asOf, deadline)
 * @param forecast     F: D + outputs of unfinished projects forecast to finish by the deadline
 * @param shortfall    max(0, R − F) (after the deadline R − D)
 * @param status       null for unrated breakdown rows
 * @param stock        the existing stock counted in D
 * @param population   the population R was computed from (per-1,000 targets)
 * @param rate         the rate R stands for (6 places per 1,000; 90 %; the minimum facility size)
 * @param deliveredRate D per 1,000 population (per-1,000 targets)
 * @param forecastRate F per 1,000 population
 * @param uncovered    for ROLLUP rows: the units below that will miss (or missed) it
 * @param contributions every output counted (or not) in this unit, with how
 * @param closers      late projects that would close the shortfall if they finished by the deadline, earliest first
 * @param remainingGap shortfall no late project would close: needs new projects
 */
public record TargetEvaluation(long targetId, String targetCode, String planCode, int targetSeq,
                               EvaluationKind kind, RowRole role, Long unitId, String unitCode, String unitNameZh,
                               String unitNameEn, JurisdictionLevel unitLevel, Long parentUnitId,
                               LocalDate deadline, boolean deadlinePassed, Long scheduleId, Integer stageNo,
                               BigDecimal required, BigDecimal delivered, BigDecimal forecast, BigDecimal shortfall,
                               TargetStatus status, BigDecimal stock, Long population, BigDecimal rate,
                               BigDecimal deliveredRate, BigDecimal forecastRate,
                               BigDecimal quantityDelivered, BigDecimal quantityForecast,
                               Integer minFacilityCapacity, boolean inclusiveOnly,
                               List<UnitRef> uncovered, List<Contribution> contributions,
                               List<Contribution> closers, BigDecimal remainingGap) {

    /**
     * What causes a shortfall: projects planned by the deadline but late, and withdrawn ones; for a
     * completion target (全部完成) also lots planned after its deadline.
     */
    public List<Contribution> causes() {
        return contributions.stream()
                .filter(c -> kind == EvaluationKind.COMPLETION
                        ? c.counted() == Counted.LATE || c.counted() == Counted.AFTER_DEADLINE
                        : (c.counted() == Counted.LATE || c.counted() == Counted.WITHDRAWN) && c.measure().signum() > 0)
                .toList();
    }

    /** Contributing projects that are amber or red: what puts an on-paper forecast at risk. */
    public List<Contribution> atRisk() {
        return contributions.stream()
                .filter(c -> c.counted() == Counted.FORECAST && c.band().isLate() && c.measure().signum() > 0)
                .toList();
    }

    public boolean isOfficial() {
        return role == RowRole.OFFICIAL;
    }
}
