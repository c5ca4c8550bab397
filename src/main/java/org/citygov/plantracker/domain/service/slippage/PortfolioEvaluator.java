package org.citygov.plantracker.domain.service.slippage;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs rules 1–6 over a whole portfolio: a pure function of the facts, asOf and the thresholds. */
public final class PortfolioEvaluator {

    private PortfolioEvaluator() {
    }

    /** The whole portfolio; projects without their S-curves. */
    public static PortfolioEvaluation evaluate(PortfolioFacts facts, LocalDate asOf, SlippageThresholds thresholds) {
        return evaluate(facts, asOf, thresholds, false);
    }

    /** @param curves whether to build each project's S-curves (the project page's single-project run) */
    public static PortfolioEvaluation evaluate(PortfolioFacts facts, LocalDate asOf, SlippageThresholds thresholds,
                                               boolean curves) {
        Territory territory = new Territory(facts.units());
        Map<Long, LocalDate> deadlineByTarget = deadlines(facts.targets());
        Map<Long, ProjectEvaluation> projects = new LinkedHashMap<>();
        for (ProjectFacts p : facts.projects()) {
            projects.put(p.id(), project(p, facts, deadlineByTarget, asOf, thresholds, curves));
        }
        List<TargetEvaluation> targets = new TargetEvaluator(territory, facts, projects, asOf).evaluateAll();
        List<IndicatorEvaluation> indicators = indicators(facts, asOf, thresholds);
        return new PortfolioEvaluation(asOf, thresholds, territory, facts.targets(), projects, targets, indicators);
    }

    // The steps, shared with the incremental evaluation (LivePortfolio), so both give the same answer.

    /** The deadline of each target that has one, by id. */
    static Map<Long, LocalDate> deadlines(List<TargetFacts> targets) {
        Map<Long, LocalDate> deadlineByTarget = new HashMap<>();
        for (TargetFacts t : targets) {
            if (t.deadline() != null) {
                deadlineByTarget.put(t.id(), t.deadline());
            }
        }
        return deadlineByTarget;
    }

    /** Rules 1–4 for one project of the portfolio. */
    static ProjectEvaluation project(ProjectFacts p, PortfolioFacts facts, Map<Long, LocalDate> deadlineByTarget,
                                     LocalDate asOf, SlippageThresholds thresholds, boolean curves) {
        return ProjectEvaluator.evaluate(p, asOf, thresholds, facts.reportsTracked(), deadlineByTarget, curves);
    }

    /** Rule 6: the indicators. */
    static List<IndicatorEvaluation> indicators(PortfolioFacts facts, LocalDate asOf, SlippageThresholds thresholds) {
        return IndicatorEvaluator.evaluateAll(facts.indicators(), asOf, thresholds);
    }
}
