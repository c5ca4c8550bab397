package org.citygov.plantracker.domain.service.slippage;

import org.citygov.plantracker.domain.model.place.JurisdictionLevel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The engine's answer for one asOf: every project's rating, every target row, every indicator;
 * with the look-ups the cockpit, the API and the snapshots need.
 */
public final class PortfolioEvaluation {

    private static final AtomicLong ROWS_VERSIONS = new AtomicLong();

    private final LocalDate asOf;
    private final SlippageThresholds thresholds;
    private final Territory territory;
    private final Map<Long, TargetFacts> targetsById = new LinkedHashMap<>();
    private final Map<Long, ProjectEvaluation> projects;
    /** Built on the first look-up by code (most answers never need it: 20,000 entries per refresh). */
    private volatile Map<String, ProjectEvaluation> projectsByCode;
    private final List<TargetEvaluation> targets;
    private final Map<Long, List<TargetEvaluation>> rowsByTarget = new LinkedHashMap<>();
    private final List<IndicatorEvaluation> indicators;
    private final long rowsVersion;

    PortfolioEvaluation(LocalDate asOf, SlippageThresholds thresholds, Territory territory,
                        List<TargetFacts> targetFacts, Map<Long, ProjectEvaluation> projects,
                        List<TargetEvaluation> targets, List<IndicatorEvaluation> indicators) {
        this(asOf, thresholds, territory, targetFacts, projects, targets, indicators, nextRowsVersion());
    }

    PortfolioEvaluation(LocalDate asOf, SlippageThresholds thresholds, Territory territory,
                        List<TargetFacts> targetFacts, Map<Long, ProjectEvaluation> projects,
                        List<TargetEvaluation> targets, List<IndicatorEvaluation> indicators, long rowsVersion) {
        this.rowsVersion = rowsVersion;
        this.asOf = asOf;
        this.thresholds = thresholds;
        this.territory = territory;
        targetFacts.stream().sorted(Comparator.comparing(TargetFacts::planCode).thenComparingInt(TargetFacts::seq))
                .forEach(t -> targetsById.put(t.id(), t));
        this.projects = projects;
        this.targets = targets;
        for (TargetEvaluation row : targets) {
            rowsByTarget.computeIfAbsent(row.targetId(), k -> new ArrayList<>()).add(row);
        }
        this.indicators = indicators;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /**
     * The version of what the target rows are made of: two evaluations of this server with the same rows
     * version have equal {@link #targetRows()}, {@link #targets()}, {@link #territory()}, asOf and thresholds,
     * so anything derived from those alone (the {@code /evaluation/targets} answer and its ETag) is the same.
     * A new version is drawn whenever a row may differ: every full evaluation, and every incremental update
     * that changed a row ({@link LivePortfolio}); a write that changed only project ratings keeps it.
     */
    public long rowsVersion() {
        return rowsVersion;
    }

    /** A rows version never handed out before in this JVM. */
    static long nextRowsVersion() {
        return ROWS_VERSIONS.incrementAndGet();
    }

    public SlippageThresholds thresholds() {
        return thresholds;
    }

    public Territory territory() {
        return territory;
    }

    public Collection<ProjectEvaluation> projects() {
        return projects.values();
    }

    public Optional<ProjectEvaluation> project(String code) {
        Map<String, ProjectEvaluation> byCode = projectsByCode;
        if (byCode == null) { // two threads may both build it: the same map, published whole (volatile)
            byCode = new HashMap<>();
            for (ProjectEvaluation p : projects.values()) {
                byCode.put(p.code(), p);
            }
            projectsByCode = byCode;
        }
        return Optional.ofNullable(byCode.get(code));
    }

    public List<TargetEvaluation> targetRows() {
        return targets;
    }

    /** Every target, by plan and plan order. */
    public Collection<TargetFacts> targets() {
        return targetsById.values();
    }

    public Optional<TargetFacts> target(long id) {
        return Optional.ofNullable(targetsById.get(id));
    }

    /** A target by code, in a plan (or in the first plan that has the code when {@code planCode} is null). */
    public Optional<TargetFacts> target(String planCode, String code) {
        return targetsById.values().stream()
                .filter(t -> t.code().equals(code) && (planCode == null || planCode.equals(t.planCode()))).findFirst();
    }

    /** The plans evaluated, by code. */
    public List<String> planCodes() {
        return targetsById.values().stream().map(TargetFacts::planCode).distinct().sorted().toList();
    }

    public List<TargetEvaluation> rows(long targetId) {
        return rowsByTarget.getOrDefault(targetId, List.of());
    }

    /** The row of a target at a unit (official, roll-up or breakdown), if any. */
    public Optional<TargetEvaluation> row(long targetId, long unitId) {
        return rows(targetId).stream().filter(r -> r.unitId() != null && r.unitId() == unitId).findFirst();
    }

    /** The rows of a target at the direct children of a unit (drill-down). */
    public List<TargetEvaluation> childRows(long targetId, long unitId) {
        return rows(targetId).stream().filter(r -> r.parentUnitId() != null && r.parentUnitId() == unitId).toList();
    }

    /** The row a target is summed up by: the city's (official or roll-up), else its first. */
    public Optional<TargetEvaluation> headline(long targetId) {
        List<TargetEvaluation> rows = rows(targetId);
        return rows.stream().filter(r -> r.unitLevel() == JurisdictionLevel.CITY && r.role() != RowRole.BREAKDOWN)
                .findFirst().or(() -> rows.stream().findFirst());
    }

    public List<IndicatorEvaluation> indicators() {
        return indicators;
    }

    /**
     * Staged schedules (五年三跨越) of a plan: schedule id → stage number → the stage's evaluated
     * target ids, in plan order.
     */
    public Map<Long, TreeMap<Integer, List<Long>>> stagedSchedules(String planCode) {
        Map<Long, TreeMap<Integer, List<Long>>> schedules = new LinkedHashMap<>();
        for (TargetFacts t : targetsById.values()) {
            if (t.scheduleId() != null && t.stageNo() != null && !rows(t.id()).isEmpty()
                    && (planCode == null || planCode.equals(t.planCode()))) {
                schedules.computeIfAbsent(t.scheduleId(), k -> new TreeMap<>())
                        .computeIfAbsent(t.stageNo(), k -> new ArrayList<>()).add(t.id());
            }
        }
        return schedules;
    }
}
