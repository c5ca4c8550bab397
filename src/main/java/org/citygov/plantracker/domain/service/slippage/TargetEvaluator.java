package org.citygov.plantracker.domain.service.slippage;

import org.citygov.plantracker.domain.model.place.JurisdictionKind;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.plan.Comparison;
import org.citygov.plantracker.domain.model.plan.PlanPeriod;
import org.citygov.plantracker.domain.model.plan.TargetScope;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rule 5 — target evaluation, per target and per scope unit.
 * <ul>
 *   <li>R: the figure; for per-1,000-population targets rate × population / 1,000 (the latest
 *       population on or before the deadline year: the unit's own figure, else the sum of its
 *       children's when all of them have one).</li>
 *   <li>D(asOf): the unit's existing stock at the end of the year before the plan starts (its own
 *       record, else the sum of its children's) + confirmed outputs of projects completed on or
 *       before min(asOf, deadline), counting every output located in the unit or below it.</li>
 *   <li>F: D + outputs of unfinished projects forecast (rule 2) to finish by the deadline.</li>
 *   <li>Status: after the deadline MET or MISSED; before it MET (D meets R), WILL_MISS (F does not),
 *       AT_RISK (F meets R but a contributing project is red, or only thanks to amber/red projects),
 *       else ON_TRACK.</li>
 * </ul>
 * Outputs pool across the targets of one staged schedule (a childcare institution built for 五年三跨越
 * counts toward every stage target it qualifies for), and a completion target (…_completion, %) pools
 * the targets of its section due by its deadline. How each target is measured: {@link #classify}.
 */
public final class TargetEvaluator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final Territory territory;
    private final LocalDate asOf;
    private final Map<Long, ProjectFacts> projects = new HashMap<>();
    private final Map<Long, ProjectEvaluation> evaluations;
    private final Map<Long, List<OutputFacts>> outputsByTarget = new HashMap<>();
    private final Map<Long, TargetFacts> targetsById = new LinkedHashMap<>();
    private final Map<Long, List<PopulationFacts>> populationByUnit = new HashMap<>();
    private final Map<String, List<StockFacts>> stockByMetric = new HashMap<>();

    public TargetEvaluator(Territory territory, PortfolioFacts facts, Map<Long, ProjectEvaluation> evaluations,
                           LocalDate asOf) {
        this.territory = territory;
        this.asOf = asOf;
        this.evaluations = evaluations;
        for (ProjectFacts p : facts.projects()) {
            projects.put(p.id(), p);
            for (OutputFacts o : p.outputs()) {
                outputsByTarget.computeIfAbsent(o.targetId(), k -> new ArrayList<>()).add(o);
            }
        }
        for (TargetFacts t : facts.targets()) {
            targetsById.put(t.id(), t);
        }
        for (PopulationFacts p : facts.populations()) {
            populationByUnit.computeIfAbsent(p.jurisdictionId(), k -> new ArrayList<>()).add(p);
        }
        populationByUnit.values().forEach(l -> l.sort(Comparator.comparingInt(PopulationFacts::year)));
        for (StockFacts s : facts.stock()) {
            stockByMetric.computeIfAbsent(s.metric(), k -> new ArrayList<>()).add(s);
        }
    }

    /**
     * How a target is measured, as its plan definition declares it ({@code measure:}); empty when
     * projects do not measure it (declared {@code none}: qualitative aims, rates that statistics
     * measure — those are followed as indicators) or when it has no figure.
     */
    public static Optional<EvaluationKind> classify(TargetFacts t) {
        boolean hasFigure = t.value() != null || (t.comparison() == Comparison.RANGE && t.min() != null);
        if (!hasFigure || t.comparison() == Comparison.QUALITATIVE) {
            return Optional.empty();
        }
        return switch (t.measurement().kind()) {
            case QUANTITY -> Optional.of(EvaluationKind.QUANTITY);
            case PER_POPULATION -> Optional.of(EvaluationKind.PER_POPULATION);
            case COUNT -> Optional.of(EvaluationKind.COUNT);
            case COVERAGE -> Optional.of(EvaluationKind.COVERAGE);
            case SHARE -> Optional.of(EvaluationKind.SHARE);
            case COMPLETION -> Optional.of(EvaluationKind.COMPLETION);
            case NONE -> Optional.empty();
        };
    }

    /** Whether the quantity of an output toward {@code t} counts institutions (else places or units), as declared. */
    static boolean countsFacilities(TargetFacts t) {
        return t.measurement().countsInstitutions();
    }

    /** Every dated, measurable target: its official rows, roll-ups above and breakdowns below. */
    public List<TargetEvaluation> evaluateAll() {
        List<TargetEvaluation> rows = new ArrayList<>();
        for (TargetFacts t : targetsById.values()) {
            rows.addAll(evaluate(t));
        }
        return rows;
    }

    /** One target's rows; empty when it has no deadline or cannot be measured from projects. */
    public List<TargetEvaluation> evaluate(TargetFacts t) {
        Optional<EvaluationKind> kind = classify(t);
        if (kind.isEmpty() || t.deadline() == null) {
            return List.of();
        }
        return new OneTarget(t, kind.get()).rows();
    }

    /** The evaluation of one target: its items (pooled outputs), accumulated up the tree. */
    private final class OneTarget {
        private final TargetFacts t;
        private final EvaluationKind kind;
        private final LocalDate deadline;
        private final boolean deadlinePassed;
        private final BigDecimal figure;
        private final Integer minCapacity;
        private final boolean inclusiveOnly;
        private final Map<Long, Acc> accByUnit = new HashMap<>();
        private final Map<Long, StockFacts> stockOwn = new HashMap<>();
        private final Map<Long, BigDecimal[]> stockMemo = new HashMap<>();
        private final Map<Long, Optional<Long>> populationMemo = new HashMap<>();
        private boolean anyItem;

        OneTarget(TargetFacts t, EvaluationKind kind) {
            this.t = t;
            this.kind = kind;
            this.deadline = t.deadline();
            this.deadlinePassed = asOf.isAfter(deadline);
            this.figure = t.value() != null ? t.value() : t.min();
            if (kind == EvaluationKind.COVERAGE && t.minPlacesPerInstitution() == null) {
                this.minCapacity = figure.setScale(0, RoundingMode.CEILING).intValue();
            } else {
                this.minCapacity = t.minPlacesPerInstitution();
            }
            this.inclusiveOnly = (kind == EvaluationKind.COUNT || kind == EvaluationKind.COVERAGE)
                    && t.measurement().inclusiveOnly();
        }

        List<TargetEvaluation> rows() {
            collectItems();
            collectStock();
            Set<Long> roots = roots();
            if (roots.isEmpty()) {
                return List.of(untracked());
            }
            boolean tracked = anyItem || !stockOwn.isEmpty();
            Set<JurisdictionLevel> levels = officialLevels();
            List<UnitFacts> official = new ArrayList<>();
            for (long root : roots) {
                for (UnitFacts u : territory.descendantsAt(root, levels)) {
                    if (inScope(u)) {
                        official.add(u);
                    }
                }
            }
            List<TargetEvaluation> rows = new ArrayList<>();
            Map<Long, TargetEvaluation> officialRows = new LinkedHashMap<>();
            for (UnitFacts u : official) {
                TargetEvaluation row = measured(u, RowRole.OFFICIAL, required(u), tracked);
                officialRows.put(u.id(), row);
                rows.add(row);
            }
            int officialDepth = levels.stream().mapToInt(Territory::depth).min().orElse(0);
            if (officialDepth > 0) {
                rows.addAll(rollups(officialRows, officialDepth, tracked));
            }
            if (officialDepth <= 1) {
                rows.addAll(breakdowns(officialDepth, officialRows.keySet(), tracked));
            }
            return rows;
        }

        // ---- items ------------------------------------------------------------------------

        private void collectItems() {
            Set<Long> pool = pool();
            Map<Long, List<OutputFacts>> byProject = new LinkedHashMap<>();
            for (long pooled : pool) {
                for (OutputFacts o : outputsByTarget.getOrDefault(pooled, List.of())) {
                    if (projects.containsKey(o.projectId()) && territory.unit(o.jurisdictionId()).isPresent()) {
                        byProject.computeIfAbsent(o.projectId(), k -> new ArrayList<>()).add(o);
                    }
                }
            }
            for (Map.Entry<Long, List<OutputFacts>> entry : byProject.entrySet()) {
                ProjectFacts p = projects.get(entry.getKey());
                for (List<OutputFacts> facility : facilities(entry.getValue(), pool.size() > 1)) {
                    Item item = item(facility, p, evaluations.get(p.id()));
                    anyItem = true;
                    for (long unit : territory.chain(item.contribution().unitId())) {
                        accByUnit.computeIfAbsent(unit, k -> new Acc()).add(item);
                    }
                }
            }
        }

        /**
         * A project's pooled outputs grouped into the things they stand for. Outputs toward different
         * targets of a pool, in nested places, are one facility recorded several times (an institution
         * counted toward T1 in its 区县 and toward T3 as places); outputs toward the same target are
         * separate facilities.
         */
        private List<List<OutputFacts>> facilities(List<OutputFacts> outputs, boolean pooled) {
            List<List<OutputFacts>> groups = new ArrayList<>();
            for (OutputFacts o : outputs) {
                List<OutputFacts> home = null;
                if (pooled) {
                    for (List<OutputFacts> g : groups) {
                        boolean sameTarget = g.stream().anyMatch(x -> x.targetId() == o.targetId());
                        boolean nested = g.stream().allMatch(x -> territory.isWithin(x.jurisdictionId(), o.jurisdictionId())
                                || territory.isWithin(o.jurisdictionId(), x.jurisdictionId()));
                        if (!sameTarget && nested) {
                            home = g;
                            break;
                        }
                    }
                }
                if (home == null) {
                    home = new ArrayList<>();
                    groups.add(home);
                }
                home.add(o);
            }
            return groups;
        }

        /** The targets whose outputs count toward this one. */
        private Set<Long> pool() {
            Set<Long> pool = new LinkedHashSet<>();
            pool.add(t.id());
            if (t.scheduleId() != null) {
                targetsById.values().stream().filter(o -> t.scheduleId().equals(o.scheduleId()))
                        .forEach(o -> pool.add(o.id()));
            }
            if (kind == EvaluationKind.COMPLETION && t.section() != null) {
                targetsById.values().stream()
                        .filter(o -> t.section().equals(o.section()) && t.planCode().equals(o.planCode())
                                && o.deadline() != null && !o.deadline().isAfter(deadline))
                        .forEach(o -> pool.add(o.id()));
            }
            return pool;
        }

        /**
         * One facility (or lot) of a project as it counts toward this target: where it is (the deepest
         * of its outputs' places, or the project's own place when that lies within), its size, places
         * and inclusiveness, and whether it is delivered, forecast, late or withdrawn.
         */
        private Item item(List<OutputFacts> outputs, ProjectFacts p, ProjectEvaluation e) {
            boolean confirmed = outputs.stream().allMatch(OutputFacts::confirmed);
            Counted counted;
            LocalDate finish;
            if (p.isWithdrawn()) {
                counted = Counted.WITHDRAWN;
                finish = null;
            } else if (p.isFinished() && !p.completionDate().isAfter(asOf)) {
                finish = p.completionDate();
                if (finish.isAfter(deadline)) {
                    counted = plannedAfterDeadline(p, e) ? Counted.AFTER_DEADLINE : Counted.LATE;
                } else if (confirmed) {
                    counted = Counted.DELIVERED;
                } else {
                    // completed but the quantity is not confirmed yet: expected, not delivered
                    counted = deadlinePassed ? Counted.LATE : Counted.FORECAST;
                }
            } else {
                finish = p.isFinished() ? p.completionDate() : e == null ? p.plannedFinish() : e.forecastFinish();
                if (!deadlinePassed && finish != null && !finish.isAfter(deadline)) {
                    counted = Counted.FORECAST;
                } else {
                    counted = plannedAfterDeadline(p, e) ? Counted.AFTER_DEADLINE : Counted.LATE;
                }
            }
            BigDecimal places = BigDecimal.ZERO;
            BigDecimal facilities = BigDecimal.ZERO;
            Integer capacity = null;
            boolean inclusive = false;
            BigDecimal ownQuantity = null;
            long unit = outputs.get(0).jurisdictionId();
            for (OutputFacts o : outputs) {
                BigDecimal q = counted == Counted.DELIVERED && o.confirmed() && o.actualQuantity() != null
                        ? o.actualQuantity() : o.expectedQuantity();
                TargetFacts own = targetsById.get(o.targetId());
                boolean counts = own != null && countsFacilities(own);
                BigDecimal oPlaces = counts ? q.multiply(BigDecimal.valueOf(o.facilityCapacity() == null ? 0 : o.facilityCapacity())) : q;
                BigDecimal oFacilities = counts ? q : q.signum() > 0 ? BigDecimal.ONE : BigDecimal.ZERO;
                Integer oCapacity = o.facilityCapacity() != null ? o.facilityCapacity()
                        : counts ? null : q.setScale(0, RoundingMode.DOWN).intValue();
                places = places.max(oPlaces);
                facilities = facilities.max(oFacilities);
                if (oCapacity != null && (capacity == null || oCapacity > capacity)) {
                    capacity = oCapacity;
                }
                inclusive |= Boolean.TRUE.equals(o.inclusive());
                if (o.targetId() == t.id()) {
                    ownQuantity = q;
                }
                if (territory.isWithin(o.jurisdictionId(), unit)) {
                    unit = o.jurisdictionId();
                }
            }
            if (territory.unit(p.jurisdictionId()).isPresent() && territory.isWithin(p.jurisdictionId(), unit)) {
                unit = p.jurisdictionId();
            }
            BigDecimal measure;
            switch (kind) {
                case PER_POPULATION, SHARE -> measure = places;
                case COUNT, COVERAGE -> {
                    boolean qualifies = capacity != null && capacity >= minCapacity && (!inclusiveOnly || inclusive);
                    measure = qualifies ? facilities : BigDecimal.ZERO;
                    if (!qualifies && counted != Counted.WITHDRAWN) {
                        counted = Counted.NOT_QUALIFYING;
                    }
                }
                case COMPLETION -> measure = BigDecimal.ONE;
                default -> measure = outputs.stream().map(o -> counted(o, p)).reduce(BigDecimal.ZERO, BigDecimal::add);
            }
            Band band = e == null ? Band.NONE : e.band();
            boolean facilitiesMatter = kind != EvaluationKind.QUANTITY && kind != EvaluationKind.COMPLETION;
            Integer shownCapacity = facilitiesMatter ? capacity : outputs.stream().map(OutputFacts::facilityCapacity)
                    .filter(java.util.Objects::nonNull).max(Integer::compare).orElse(null);
            Contribution c = new Contribution(p.id(), p.code(), p.nameZh(), p.nameEn(), p.stage(), band,
                    p.isWithdrawn() ? null : finish, outputs.get(0).id(), unit,
                    ownQuantity != null ? ownQuantity : kind == EvaluationKind.QUANTITY ? measure : places, measure,
                    shownCapacity, outputs.stream().anyMatch(o -> o.inclusive() != null) ? inclusive : null, counted);
            return new Item(c, inclusive ? measure : BigDecimal.ZERO);
        }

        /** Whether the project was planned to finish after the deadline anyway (its original baseline, else its planned finish). */
        private boolean plannedAfterDeadline(ProjectFacts p, ProjectEvaluation e) {
            LocalDate planned = e != null && e.schedule() != null && e.schedule().originalFinish() != null
                    ? e.schedule().originalFinish() : p.plannedFinish();
            return planned != null && planned.isAfter(deadline);
        }

        /** An output's quantity as a quantity target counts it: actual once delivered and confirmed, else planned. */
        private BigDecimal counted(OutputFacts o, ProjectFacts p) {
            boolean delivered = p.isFinished() && !p.completionDate().isAfter(asOf) && !p.completionDate().isAfter(deadline);
            return delivered && o.confirmed() && o.actualQuantity() != null ? o.actualQuantity() : o.expectedQuantity();
        }

        // ---- stock and population ------------------------------------------------------------

        private void collectStock() {
            int stockYear = PlanPeriod.stockYearOf(t.planStartYear());
            for (StockFacts s : stockByMetric.getOrDefault(t.metric(), List.of())) {
                if (s.year() > stockYear || territory.unit(s.jurisdictionId()).isEmpty()) {
                    continue;
                }
                stockOwn.merge(s.jurisdictionId(), s, (a, b) -> a.year() >= b.year() ? a : b);
            }
        }

        /** {stock (numerator), total (share denominator)} of a unit: its own record, else its children's. */
        private BigDecimal[] stock(long unitId) {
            BigDecimal[] memo = stockMemo.get(unitId);
            if (memo != null) {
                return memo;
            }
            StockFacts own = stockOwn.get(unitId);
            BigDecimal[] result;
            if (own != null) {
                BigDecimal q = own.quantity() == null ? BigDecimal.ZERO : own.quantity();
                result = new BigDecimal[]{q, own.totalQuantity() == null ? q : own.totalQuantity()};
            } else {
                result = new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO};
                for (UnitFacts c : territory.children(unitId)) {
                    BigDecimal[] s = stock(c.id());
                    result = new BigDecimal[]{result[0].add(s[0]), result[1].add(s[1])};
                }
            }
            stockMemo.put(unitId, result);
            return result;
        }

        /** The latest population on or before the deadline year: own figure, else all children's. */
        private Optional<Long> population(long unitId) {
            Optional<Long> memo = populationMemo.get(unitId);
            if (memo != null) {
                return memo;
            }
            int year = deadline.getYear();
            Optional<Long> result = populationByUnit.getOrDefault(unitId, List.of()).stream()
                    .filter(p -> p.year() <= year).reduce((a, b) -> b).map(PopulationFacts::persons);
            if (result.isEmpty()) {
                List<UnitFacts> children = territory.children(unitId);
                long sum = 0;
                boolean complete = !children.isEmpty();
                for (UnitFacts c : children) {
                    Optional<Long> p = population(c.id());
                    if (p.isEmpty()) {
                        complete = false;
                        break;
                    }
                    sum += p.get();
                }
                result = complete ? Optional.of(sum) : Optional.empty();
            }
            populationMemo.put(unitId, result);
            return result;
        }

        // ---- territory ---------------------------------------------------------------------------

        /** The cities the target is followed in: where its outputs, stock or group units lie. */
        private Set<Long> roots() {
            Set<Long> roots = new LinkedHashSet<>();
            for (Long unit : accByUnit.keySet()) {
                roots.add(territory.rootOf(unit));
            }
            for (Long unit : stockOwn.keySet()) {
                roots.add(territory.rootOf(unit));
            }
            for (Long unit : t.groupUnitIds()) {
                if (territory.unit(unit).isPresent()) {
                    roots.add(territory.rootOf(unit));
                }
            }
            Set<Long> sorted = new LinkedHashSet<>();
            territory.roots().stream().filter(r -> roots.contains(r.id())).forEach(r -> sorted.add(r.id()));
            return sorted;
        }

        private Set<JurisdictionLevel> officialLevels() {
            Set<JurisdictionLevel> levels = t.scope().levels();
            return levels.isEmpty() ? EnumSet.of(JurisdictionLevel.CITY) : EnumSet.copyOf(levels);
        }

        private boolean inScope(UnitFacts u) {
            return switch (t.scope()) {
                case PER_COUNTY_CITY -> u.kind() == JurisdictionKind.COUNTY || u.kind() == JurisdictionKind.COUNTY_CITY;
                case PER_JURISDICTION_GROUP -> t.groupUnitIds().contains(u.id());
                default -> true;
            };
        }

        // ---- rows --------------------------------------------------------------------------------

        /** R of an official unit; null when it cannot be computed. */
        private BigDecimal required(UnitFacts u) {
            return switch (kind) {
                case PER_POPULATION -> population(u.id()).filter(p -> p > 0)
                        .map(p -> figure.multiply(BigDecimal.valueOf(p)).divide(THOUSAND, 4, RoundingMode.HALF_UP))
                        .orElse(null);
                case COVERAGE -> t.minPlacesPerInstitution() == null ? BigDecimal.ONE : figure;
                default -> figure;
            };
        }

        private TargetEvaluation measured(UnitFacts u, RowRole role, BigDecimal required, boolean tracked) {
            Acc acc = accByUnit.getOrDefault(u.id(), Acc.EMPTY);
            BigDecimal[] stock = stock(u.id());
            Figures figures = switch (kind) {
                case SHARE -> shareFigures(acc, stock);
                case COMPLETION -> completionFigures(acc);
                default -> countedFigures(acc, stock);
            };
            BigDecimal delivered = figures.delivered();
            BigDecimal forecast = figures.forecast();
            BigDecimal forecastGreen = figures.forecastGreen();
            tracked &= figures.measurable();
            Long population = kind == EvaluationKind.PER_POPULATION ? population(u.id()).orElse(null) : null;
            TargetStatus status;
            if (!tracked) {
                status = TargetStatus.NOT_TRACKED;
            } else if (required == null) {
                status = role == RowRole.BREAKDOWN ? null : TargetStatus.NO_DATA;
            } else if (deadlinePassed) {
                status = meets(delivered, required) ? TargetStatus.MET : TargetStatus.MISSED;
            } else if (meets(delivered, required)) {
                status = TargetStatus.MET;
            } else if (forecast == null || !meets(forecast, required)) {
                status = TargetStatus.WILL_MISS;
            } else if (acc.anyRedContributor || !meets(forecastGreen, required)) {
                status = TargetStatus.AT_RISK;
            } else {
                status = TargetStatus.ON_TRACK;
            }
            BigDecimal shortfall = required == null ? null : gap(deadlinePassed ? delivered : forecast, required);
            List<Contribution> closers = List.of();
            BigDecimal remaining = null;
            if (shortfall != null && shortfall.signum() > 0 && !deadlinePassed && tracked) {
                List<Contribution> late = acc.items.stream().map(Item::contribution)
                        .filter(c -> (c.counted() == Counted.LATE || c.counted() == Counted.AFTER_DEADLINE)
                                && c.measure().signum() > 0 && c.forecastFinish() != null
                                && c.forecastFinish().isAfter(asOf.minusDays(1)))
                        .sorted(Comparator.comparing(Contribution::forecastFinish).thenComparing(Contribution::projectCode))
                        .toList();
                if (kind == EvaluationKind.SHARE || kind == EvaluationKind.COMPLETION) {
                    closers = late;
                } else {
                    List<Contribution> chosen = new ArrayList<>();
                    BigDecimal closed = BigDecimal.ZERO;
                    for (Contribution c : late) {
                        if (closed.compareTo(shortfall) >= 0) {
                            break;
                        }
                        chosen.add(c);
                        closed = closed.add(c.measure());
                    }
                    closers = chosen;
                    remaining = shortfall.subtract(closed).max(BigDecimal.ZERO);
                }
            }
            BigDecimal rate = switch (kind) {
                case PER_POPULATION, SHARE, COMPLETION -> figure;
                case COUNT, COVERAGE -> minCapacity == null ? null : BigDecimal.valueOf(minCapacity);
                default -> null;
            };
            BigDecimal deliveredRate = null;
            BigDecimal forecastRate = null;
            if (population != null && population > 0) {
                BigDecimal persons = BigDecimal.valueOf(population);
                deliveredRate = delivered.multiply(THOUSAND).divide(persons, 4, RoundingMode.HALF_UP);
                forecastRate = forecast.multiply(THOUSAND).divide(persons, 4, RoundingMode.HALF_UP);
            }
            return new TargetEvaluation(targetRef(), kind, role, TargetEvaluation.Unit.of(u), due(),
                    new TargetEvaluation.Figures(required, delivered, forecast, shortfall), status,
                    new TargetEvaluation.Quantities(stock[0], delivered, forecast),
                    new TargetEvaluation.Rates(population, rate, deliveredRate, forecastRate), terms(),
                    new TargetEvaluation.Explanation(List.of(), acc.contributions(), closers, remaining));
        }

        /** SHARE: 普惠 places (stock + outputs) ÷ all places, in %. */
        private Figures shareFigures(Acc acc, BigDecimal[] stock) {
            return new Figures(share(stock[0].add(acc.deliveredInclusive), stock[1].add(acc.delivered)),
                    share(stock[0].add(acc.deliveredInclusive).add(acc.greenInclusive).add(acc.riskyInclusive),
                            stock[1].add(acc.delivered).add(acc.green).add(acc.risky)),
                    share(stock[0].add(acc.deliveredInclusive).add(acc.greenInclusive),
                            stock[1].add(acc.delivered).add(acc.green)),
                    true);
        }

        /** COMPLETION: the completed share of the pooled outputs, in %; not measurable without any. */
        private Figures completionFigures(Acc acc) {
            BigDecimal all = acc.delivered.add(acc.green).add(acc.risky).add(acc.late);
            return new Figures(share(acc.delivered, all), share(acc.delivered.add(acc.green).add(acc.risky), all),
                    share(acc.delivered.add(acc.green), all), all.signum() != 0);
        }

        /** QUANTITY, PER_POPULATION, COUNT, COVERAGE: stock + delivered, plus what is forecast by the deadline. */
        private Figures countedFigures(Acc acc, BigDecimal[] stock) {
            BigDecimal delivered = stock[0].add(acc.delivered);
            return new Figures(delivered, delivered.add(acc.green).add(acc.risky), delivered.add(acc.green), true);
        }

        /** Units above the official level: how many official units below meet the target. */
        private List<TargetEvaluation> rollups(Map<Long, TargetEvaluation> officialRows, int officialDepth,
                                               boolean tracked) {
            Map<Long, List<TargetEvaluation>> below = new LinkedHashMap<>();
            for (TargetEvaluation row : officialRows.values()) {
                long[] chain = territory.chain(row.unitId());
                for (int i = 1; i < chain.length; i++) {
                    UnitFacts a = territory.require(chain[i]);
                    if (Territory.depth(a.level()) < officialDepth) {
                        below.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(row);
                    }
                }
            }
            List<TargetEvaluation> rows = new ArrayList<>();
            below.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<Long, List<TargetEvaluation>> e) ->
                            Territory.depth(territory.require(e.getKey()).level()))
                            .thenComparing(e -> territory.require(e.getKey()).code()))
                    .forEach(e -> rows.add(rollup(territory.require(e.getKey()), e.getValue(), tracked)));
            return rows;
        }

        private TargetEvaluation rollup(UnitFacts u, List<TargetEvaluation> children, boolean tracked) {
            int total = children.size();
            int met = 0;
            int forecastMet = 0;
            TargetStatus status = null;
            List<UnitRef> uncovered = new ArrayList<>();
            List<Contribution> closers = new ArrayList<>();
            for (TargetEvaluation c : children) {
                if (c.status() == TargetStatus.MET) {
                    met++;
                }
                if (c.status() == TargetStatus.MET || c.status() == TargetStatus.ON_TRACK
                        || c.status() == TargetStatus.AT_RISK) {
                    forecastMet++;
                }
                status = c.status() == null ? status : c.status().worse(status);
                if (c.status() != null && c.status().isProblem()) {
                    uncovered.add(new UnitRef(c.unitId(), c.unitCode(), c.unitNameZh(), c.unitNameEn(), c.status()));
                }
                closers.addAll(c.closers());
            }
            if (!tracked) {
                status = TargetStatus.NOT_TRACKED;
            }
            Acc acc = accByUnit.getOrDefault(u.id(), Acc.EMPTY);
            BigDecimal[] stock = stock(u.id());
            BigDecimal qDelivered;
            BigDecimal qForecast;
            if (kind == EvaluationKind.SHARE) {
                qDelivered = share(stock[0].add(acc.deliveredInclusive), stock[1].add(acc.delivered));
                qForecast = share(stock[0].add(acc.deliveredInclusive).add(acc.greenInclusive).add(acc.riskyInclusive),
                        stock[1].add(acc.delivered).add(acc.green).add(acc.risky));
            } else {
                qDelivered = stock[0].add(acc.delivered);
                qForecast = qDelivered.add(acc.green).add(acc.risky);
            }
            BigDecimal required = BigDecimal.valueOf(total);
            BigDecimal forecast = BigDecimal.valueOf(forecastMet);
            return new TargetEvaluation(targetRef(), kind, RowRole.ROLLUP, TargetEvaluation.Unit.of(u), due(),
                    new TargetEvaluation.Figures(required, BigDecimal.valueOf(met), forecast, required.subtract(forecast)),
                    status, new TargetEvaluation.Quantities(stock[0], qDelivered, qForecast),
                    TargetEvaluation.Rates.NONE, terms(),
                    new TargetEvaluation.Explanation(uncovered, acc.contributions(), List.copyOf(closers), null));
        }

        /** Units below an official 区县(市) (or the city) that something is delivered in: the drill-down. */
        private List<TargetEvaluation> breakdowns(int officialDepth, Set<Long> official, boolean tracked) {
            Set<Long> units = new HashSet<>(accByUnit.keySet());
            units.addAll(stockOwn.keySet());
            List<UnitFacts> below = units.stream().map(territory::require)
                    .filter(u -> Territory.depth(u.level()) > officialDepth)
                    .filter(u -> Arrays.stream(territory.chain(u.id())).anyMatch(official::contains))
                    .sorted(Comparator.comparing((UnitFacts u) -> Territory.depth(u.level())).thenComparing(UnitFacts::code))
                    .toList();
            List<TargetEvaluation> rows = new ArrayList<>();
            for (UnitFacts u : below) {
                BigDecimal required = switch (kind) {
                    case PER_POPULATION -> required(u);
                    case SHARE, COMPLETION -> figure;
                    default -> null;
                };
                rows.add(measured(u, RowRole.BREAKDOWN, required, tracked));
            }
            return rows;
        }

        private TargetEvaluation untracked() {
            return new TargetEvaluation(targetRef(), kind, RowRole.OFFICIAL, TargetEvaluation.Unit.NONE, due(),
                    new TargetEvaluation.Figures(kind == EvaluationKind.PER_POPULATION ? null : figure, null, null, null),
                    TargetStatus.NOT_TRACKED, new TargetEvaluation.Quantities(null, null, null),
                    new TargetEvaluation.Rates(null, figure, null, null), terms(),
                    new TargetEvaluation.Explanation(List.of(), List.of(), List.of(), null));
        }

        private TargetEvaluation.TargetRef targetRef() {
            return new TargetEvaluation.TargetRef(t.id(), t.code(), t.planCode(), t.seq());
        }

        private TargetEvaluation.Due due() {
            return new TargetEvaluation.Due(deadline, deadlinePassed, t.scheduleId(), t.stageNo());
        }

        private TargetEvaluation.Terms terms() {
            return new TargetEvaluation.Terms(minCapacity, inclusiveOnly);
        }

        private boolean meets(BigDecimal value, BigDecimal required) {
            if (value == null) {
                return false;
            }
            return t.comparison() == Comparison.AT_MOST ? value.compareTo(required) <= 0 : value.compareTo(required) >= 0;
        }

        private BigDecimal gap(BigDecimal value, BigDecimal required) {
            if (value == null) {
                return required;
            }
            BigDecimal gap = t.comparison() == Comparison.AT_MOST ? value.subtract(required) : required.subtract(value);
            return gap.max(BigDecimal.ZERO);
        }
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 4, RoundingMode.HALF_UP);
    }

    private record Item(Contribution contribution, BigDecimal inclusiveMeasure) {
    }

    /** D, F and F counting only green projects, for one unit; measurable = false when nothing can be measured. */
    private record Figures(BigDecimal delivered, BigDecimal forecast, BigDecimal forecastGreen, boolean measurable) {
    }

    /** What the items in (or below) one unit add up to. */
    private static final class Acc {
        static final Acc EMPTY = new Acc();

        BigDecimal delivered = BigDecimal.ZERO;
        BigDecimal deliveredInclusive = BigDecimal.ZERO;
        BigDecimal green = BigDecimal.ZERO;
        BigDecimal greenInclusive = BigDecimal.ZERO;
        BigDecimal risky = BigDecimal.ZERO;
        BigDecimal riskyInclusive = BigDecimal.ZERO;
        BigDecimal late = BigDecimal.ZERO;
        boolean anyRedContributor;
        final List<Item> items = new ArrayList<>();

        void add(Item item) {
            items.add(item);
            Contribution c = item.contribution();
            BigDecimal m = c.measure();
            switch (c.counted()) {
                case DELIVERED -> {
                    delivered = delivered.add(m);
                    deliveredInclusive = deliveredInclusive.add(item.inclusiveMeasure());
                }
                case FORECAST -> {
                    if (c.band().isLate()) {
                        risky = risky.add(m);
                        riskyInclusive = riskyInclusive.add(item.inclusiveMeasure());
                        anyRedContributor |= c.band() == Band.RED && m.signum() > 0;
                    } else {
                        green = green.add(m);
                        greenInclusive = greenInclusive.add(item.inclusiveMeasure());
                    }
                }
                case LATE, AFTER_DEADLINE -> late = late.add(m);
                default -> {
                    // withdrawn or not qualifying: listed, not counted
                }
            }
        }

        List<Contribution> contributions() {
            return items.stream().map(Item::contribution).toList();
        }
    }
}
