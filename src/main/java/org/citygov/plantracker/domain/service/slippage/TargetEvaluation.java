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
 * <p>Its values come in small groups, as Cargo Tracker groups a route (issue 19 item 1): which target
 * ({@link TargetRef}), which unit ({@link Unit}), when ({@link Due}), R, D, F and the shortfall ({@link Figures}),
 * the stock and summed measure ({@link Quantities}), the population and rates ({@link Rates}), what is asked of a
 * facility ({@link Terms}) and why ({@link Explanation}). The flat accessors below keep the old names.
 *
 * <ul>
 * <li>unit: none only for a target that no unit is known for (NOT_TRACKED)</li>
 * <li>required: R; null when it cannot be computed (no population) or does not apply (breakdown of a count)</li>
 * <li>delivered: D(asOf): existing stock + confirmed outputs completed on or before min(asOf, deadline)</li>
 * <li>forecast: F: D + outputs of unfinished projects forecast to finish by the deadline</li>
 * <li>shortfall: max(0, R − F) (after the deadline R − D)</li>
 * <li>status: null for unrated breakdown rows</li>
 * <li>stock: the existing stock counted in D</li>
 * <li>population: the population R was computed from (per-1,000 targets)</li>
 * <li>rate: the rate R stands for (6 places per 1,000; 90 %; the minimum facility size)</li>
 * <li>deliveredRate, forecastRate: D and F per 1,000 population (per-1,000 targets)</li>
 * <li>uncovered: for ROLLUP rows, the units below that will miss (or missed) it</li>
 * <li>contributions: every output counted (or not) in this unit, with how</li>
 * <li>closers: late projects that would close the shortfall if they finished by the deadline, earliest first</li>
 * <li>remainingGap: shortfall no late project would close: needs new projects</li>
 * </ul>
 */
public record TargetEvaluation(TargetRef target, EvaluationKind kind, RowRole role, Unit unit, Due due,
                               Figures figures, TargetStatus status, Quantities quantities, Rates rates, Terms terms,
                               Explanation explanation) {

    /** The target: its id and code, its plan, its place in the plan's order. */
    public record TargetRef(long id, String code, String planCode, int seq) {
    }

    /** The unit the row is about; {@link #NONE} for a target no unit is known for (NOT_TRACKED). */
    public record Unit(Long id, String code, String nameZh, String nameEn, JurisdictionLevel level, Long parentId) {

        public static final Unit NONE = new Unit(null, null, null, null, null, null);

        static Unit of(UnitFacts u) {
            return new Unit(u.id(), u.code(), u.nameZh(), u.nameEn(), u.level(), u.parentId());
        }
    }

    /** The deadline, whether it has passed, and the staged schedule's stage the target belongs to (if any). */
    public record Due(LocalDate deadline, boolean passed, Long scheduleId, Integer stageNo) {
    }

    /** R, D(asOf), F and the shortfall, as described above. */
    public record Figures(BigDecimal required, BigDecimal delivered, BigDecimal forecast, BigDecimal shortfall) {
    }

    /** The existing stock counted in D, and for ROLLUP rows the summed measure delivered and forecast. */
    public record Quantities(BigDecimal stock, BigDecimal delivered, BigDecimal forecast) {
    }

    /** The population R was computed from, the rate R stands for, and D and F per 1,000 population. */
    public record Rates(Long population, BigDecimal rate, BigDecimal delivered, BigDecimal forecast) {

        public static final Rates NONE = new Rates(null, null, null, null);
    }

    /** What the target asks of each facility: a minimum capacity, 普惠 (inclusive) places only. */
    public record Terms(Integer minFacilityCapacity, boolean inclusiveOnly) {
    }

    /** Why the figures are what they are: the units that miss, the outputs counted, the late projects, the rest. */
    public record Explanation(List<UnitRef> uncovered, List<Contribution> contributions, List<Contribution> closers,
                              BigDecimal remainingGap) {
    }

    // flat accessors, as the pages' EL, the DTOs and the reports read them

    public long targetId() { return target.id(); }
    public String targetCode() { return target.code(); }
    public String planCode() { return target.planCode(); }
    public int targetSeq() { return target.seq(); }
    public Long unitId() { return unit.id(); }
    public String unitCode() { return unit.code(); }
    public String unitNameZh() { return unit.nameZh(); }
    public String unitNameEn() { return unit.nameEn(); }
    public JurisdictionLevel unitLevel() { return unit.level(); }
    public Long parentUnitId() { return unit.parentId(); }
    public LocalDate deadline() { return due.deadline(); }
    public boolean deadlinePassed() { return due.passed(); }
    public Long scheduleId() { return due.scheduleId(); }
    public Integer stageNo() { return due.stageNo(); }
    public BigDecimal required() { return figures.required(); }
    public BigDecimal delivered() { return figures.delivered(); }
    public BigDecimal forecast() { return figures.forecast(); }
    public BigDecimal shortfall() { return figures.shortfall(); }
    public BigDecimal stock() { return quantities.stock(); }
    public BigDecimal quantityDelivered() { return quantities.delivered(); }
    public BigDecimal quantityForecast() { return quantities.forecast(); }
    public Long population() { return rates.population(); }
    public BigDecimal rate() { return rates.rate(); }
    public BigDecimal deliveredRate() { return rates.delivered(); }
    public BigDecimal forecastRate() { return rates.forecast(); }
    public Integer minFacilityCapacity() { return terms.minFacilityCapacity(); }
    public boolean inclusiveOnly() { return terms.inclusiveOnly(); }
    public List<UnitRef> uncovered() { return explanation.uncovered(); }
    public List<Contribution> contributions() { return explanation.contributions(); }
    public List<Contribution> closers() { return explanation.closers(); }
    public BigDecimal remainingGap() { return explanation.remainingGap(); }

    /**
     * What causes a shortfall: projects planned by the deadline but late, and withdrawn ones; for a
     * completion target (全部完成) also lots planned after its deadline.
     */
    public List<Contribution> causes() {
        return contributions().stream()
                .filter(c -> kind == EvaluationKind.COMPLETION
                        ? c.counted() == Counted.LATE || c.counted() == Counted.AFTER_DEADLINE
                        : (c.counted() == Counted.LATE || c.counted() == Counted.WITHDRAWN) && c.measure().signum() > 0)
                .toList();
    }

    /** Contributing projects that are amber or red: what puts an on-paper forecast at risk. */
    public List<Contribution> atRisk() {
        return contributions().stream()
                .filter(c -> c.counted() == Counted.FORECAST && c.band().isLate() && c.measure().signum() > 0)
                .toList();
    }

    public boolean isOfficial() {
        return role == RowRole.OFFICIAL;
    }
}
