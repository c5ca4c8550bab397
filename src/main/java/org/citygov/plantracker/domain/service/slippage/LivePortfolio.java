package org.citygov.plantracker.domain.service.slippage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The whole-portfolio evaluation kept current project by project: the answer of
 * {@link PortfolioEvaluator#evaluate(PortfolioFacts, LocalDate, SlippageThresholds)} for the facts as they are
 * after every {@link #update}, without evaluating the whole portfolio again.
 * <ul>
 *   <li>Per (asOf, thresholds) it keeps every project's rating (rules 1–4) and every target's rows (rule 5).</li>
 *   <li>{@link #update} replaces the facts of the projects that changed (a project absent from the new
 *       facts is gone), rates those projects again and evaluates again only the targets their outputs
 *       count toward — before or after the change — and the targets pooled with those (the same staged
 *       schedule, the same section of the plan: a superset of {@link TargetEvaluator}'s pools). Every other
 *       row is kept as it was: a target's rows depend only on the projects with outputs in its pool.</li>
 *   <li>Indicators (rule 6) do not depend on projects and are kept.</li>
 * </ul>
 * The plan, places and statistics ({@code plan}'s units, targets, populations, stock, indicators) are fixed
 * for the life of one instance: when they change, build a new one. The full evaluation stays the
 * reference; {@code LivePortfolioTest} compares both after random write sequences, field by field.
 * Not thread-safe: the caller serialises updates and evaluations; the {@link PortfolioEvaluation}s it
 * hands out are never changed afterwards.
 */
public final class LivePortfolio {

    private final PortfolioFacts plan;
    private final Territory territory;
    private final Map<Long, LocalDate> deadlineByTarget;
    private final Map<Long, ProjectFacts> projects = new TreeMap<>();
    /**
     * The projects with at least one output, by id: the only ones a target's rows depend on (rule 5 pools
     * outputs), so an update evaluates targets over these few instead of indexing the whole portfolio again.
     */
    private final Map<Long, ProjectFacts> withOutputs = new TreeMap<>();
    private final int keep;
    /** The evaluations kept, least recently used first. */
    private final LinkedHashMap<Key, Kept> kept = new LinkedHashMap<>(8, 0.75f, true);

    private record Key(LocalDate asOf, SlippageThresholds thresholds) {
    }

    /** One (asOf, thresholds): projects by id, target rows by target (in plan order), indicators. */
    private static final class Kept {
        final Map<Long, ProjectEvaluation> projects = new TreeMap<>();
        final Map<Long, List<TargetEvaluation>> rows = new LinkedHashMap<>();
        List<IndicatorEvaluation> indicators;
        /** Drawn anew whenever a row changed (PortfolioEvaluation#rowsVersion). */
        long rowsVersion = PortfolioEvaluation.nextRowsVersion();
        /** The rows of all targets in plan order, as of {@link #rowsVersion}; null when they changed. */
        List<TargetEvaluation> allRows;
        PortfolioEvaluation answer;
    }

    /**
     * @param facts the whole portfolio, as {@code PortfolioSql} reads it
     * @param keep  how many (asOf, thresholds) evaluations to keep up to date
     */
    public LivePortfolio(PortfolioFacts facts, int keep) {
        this.plan = new PortfolioFacts(facts.units(), List.of(), facts.targets(), facts.populations(), facts.stock(),
                facts.indicators(), facts.reportsTracked());
        this.territory = new Territory(facts.units());
        this.deadlineByTarget = PortfolioEvaluator.deadlines(facts.targets());
        this.keep = keep;
        for (ProjectFacts p : facts.projects()) {
            put(p);
        }
    }

    private void put(ProjectFacts p) {
        projects.put(p.id(), p);
        if (p.outputs().isEmpty()) {
            withOutputs.remove(p.id());
        } else {
            withOutputs.put(p.id(), p);
        }
    }

    private void remove(long id) {
        projects.remove(id);
        withOutputs.remove(id);
    }

    public int projectCount() {
        return projects.size();
    }

    /**
     * The evaluation of the facts as they are now for {@code asOf} and {@code thresholds}: kept, or computed
     * from the facts in memory (no database) and kept from then on.
     */
    public PortfolioEvaluation evaluation(LocalDate asOf, SlippageThresholds thresholds) {
        Key key = new Key(asOf, thresholds);
        Kept k = kept.get(key);
        if (k == null) {
            k = evaluateAll(key);
            kept.put(key, k);
            if (kept.size() > keep) {
                kept.remove(kept.keySet().iterator().next());
            }
        }
        if (k.answer == null) {
            if (k.allRows == null) {
                List<TargetEvaluation> rows = new ArrayList<>();
                k.rows.values().forEach(rows::addAll);
                k.allRows = List.copyOf(rows);
            }
            k.answer = new PortfolioEvaluation(asOf, thresholds, territory, plan.targets(),
                    new LinkedHashMap<>(k.projects), k.allRows, k.indicators, k.rowsVersion);
        }
        return k.answer;
    }

    /**
     * Takes in the current facts of some projects: {@code changed} holds every project named by the change
     * (its id), {@code current} the facts of those that still exist.
     *
     * @return how many target evaluations were computed again (over all kept keys)
     */
    public int update(Collection<Long> changed, Collection<ProjectFacts> current) {
        Map<Long, ProjectFacts> now = new LinkedHashMap<>();
        for (ProjectFacts p : current) {
            now.put(p.id(), p);
        }
        Set<Long> outputTargets = new HashSet<>();
        Set<Long> ids = new HashSet<>(changed);
        ids.addAll(now.keySet());
        for (long id : ids) {
            ProjectFacts before = projects.get(id);
            ProjectFacts after = now.get(id);
            if (Objects.equals(before, after)) {
                continue;
            }
            if (before != null) {
                before.outputs().forEach(o -> outputTargets.add(o.targetId()));
            }
            if (after != null) {
                after.outputs().forEach(o -> outputTargets.add(o.targetId()));
                put(after);
            } else {
                remove(id);
            }
            for (Map.Entry<Key, Kept> e : kept.entrySet()) {
                Kept k = e.getValue();
                if (after == null) {
                    k.projects.remove(id);
                } else {
                    k.projects.put(id, PortfolioEvaluator.project(after, plan, deadlineByTarget, e.getKey().asOf(),
                            e.getKey().thresholds(), false));
                }
                k.answer = null;
            }
        }
        List<TargetFacts> affected = affectedTargets(outputTargets);
        if (affected.isEmpty() || kept.isEmpty()) {
            return 0;
        }
        PortfolioFacts facts = targetFacts();
        for (Map.Entry<Key, Kept> e : kept.entrySet()) {
            Kept k = e.getValue();
            TargetEvaluator targets = new TargetEvaluator(territory, facts, k.projects, e.getKey().asOf());
            boolean rowsChanged = false;
            for (TargetFacts t : affected) {
                List<TargetEvaluation> fresh = targets.evaluate(t);
                List<TargetEvaluation> before = k.rows.get(t.id());
                if (!fresh.equals(before)) { // equal rows keep their objects (and the answer derived from them)
                    k.rows.put(t.id(), fresh);
                    rowsChanged = true;
                }
            }
            if (rowsChanged) {
                k.rowsVersion = PortfolioEvaluation.nextRowsVersion();
                k.allRows = null;
            }
            k.answer = null;
        }
        return affected.size() * kept.size();
    }

    /** The targets whose rows may depend on outputs toward {@code outputTargets}. */
    private List<TargetFacts> affectedTargets(Set<Long> outputTargets) {
        if (outputTargets.isEmpty()) {
            return List.of();
        }
        Set<Long> schedules = new HashSet<>();
        Set<List<String>> sections = new HashSet<>();
        for (TargetFacts t : plan.targets()) {
            if (outputTargets.contains(t.id())) {
                if (t.scheduleId() != null) {
                    schedules.add(t.scheduleId());
                }
                if (t.section() != null) {
                    sections.add(List.of(t.planCode(), t.section()));
                }
            }
        }
        return plan.targets().stream()
                .filter(t -> outputTargets.contains(t.id())
                        || (t.scheduleId() != null && schedules.contains(t.scheduleId()))
                        || (t.section() != null && sections.contains(List.of(t.planCode(), t.section()))))
                .toList();
    }

    /** The portfolio as it is now, projects by id. */
    public PortfolioFacts facts() {
        return new PortfolioFacts(plan.units(), List.copyOf(projects.values()), plan.targets(), plan.populations(),
                plan.stock(), plan.indicators(), plan.reportsTracked());
    }

    /**
     * The portfolio as the target evaluation sees it: only the projects with outputs, in the same (id) order
     * as {@link #facts()}, so every target's items and their order are the same as over all projects.
     */
    private PortfolioFacts targetFacts() {
        return new PortfolioFacts(plan.units(), List.copyOf(withOutputs.values()), plan.targets(), plan.populations(),
                plan.stock(), plan.indicators(), plan.reportsTracked());
    }

    private Kept evaluateAll(Key key) {
        PortfolioFacts facts = facts();
        Kept k = new Kept();
        for (ProjectFacts p : facts.projects()) {
            k.projects.put(p.id(), PortfolioEvaluator.project(p, plan, deadlineByTarget, key.asOf(), key.thresholds(),
                    false));
        }
        TargetEvaluator targets = new TargetEvaluator(territory, targetFacts(), k.projects, key.asOf());
        for (TargetFacts t : plan.targets()) {
            k.rows.put(t.id(), targets.evaluate(t));
        }
        k.indicators = PortfolioEvaluator.indicators(plan, key.asOf(), key.thresholds());
        return k;
    }
}
