package org.citygov.plantracker.domain.service.slippage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Rules 1–4 applied to one project. */
public final class ProjectEvaluator {

    private ProjectEvaluator() {
    }

    /**
     * @param deadlineByTarget the deadline of each target (by id), to find the plan deadline the project serves
     */
    public static ProjectEvaluation evaluate(ProjectFacts p, LocalDate asOf, SlippageThresholds thresholds,
                                             boolean reportsTracked, Map<Long, LocalDate> deadlineByTarget) {
        return evaluate(p, asOf, thresholds, reportsTracked, deadlineByTarget, true);
    }

    /**
     * @param curves whether to build the S-curves of rule 2 (for the project page)
     * @see ProjectFacts#asOf how work done after asOf is seen
     */
    public static ProjectEvaluation evaluate(ProjectFacts p, LocalDate asOf, SlippageThresholds thresholds,
                                             boolean reportsTracked, Map<Long, LocalDate> deadlineByTarget,
                                             boolean curves) {
        ProjectFacts facts = p;
        p = p.asOf(asOf);
        List<MilestoneDelay> delays = p.milestones().stream()
                .map(m -> MilestoneDelayRule.evaluate(m, asOf, thresholds)).toList();
        Band milestoneBand = delays.stream().filter(d -> !d.isDone()).map(MilestoneDelay::band)
                .reduce(Band.NONE, Band::worse);
        ScheduleForecast schedule = EarnedScheduleRule.evaluate(p, asOf, thresholds, curves);
        InvestmentProgress investment = reportsTracked
                ? InvestmentProgressRule.evaluate(p, asOf, thresholds).orElse(null) : null;
        List<DataQualityWarning> warnings = DataQualityRule.evaluate(p, asOf, reportsTracked, thresholds);
        Band band;
        if (p.isWithdrawn()) {
            band = Band.NONE;
        } else if (p.isFinished()) {
            band = Band.GREEN;
        } else {
            // NONE when there is nothing to measure: no dated open milestone and no SPI(t)
            band = milestoneBand.worse(schedule.band());
        }
        LocalDate planDeadline = p.outputs().stream().map(o -> deadlineByTarget.get(o.targetId()))
                .filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
        boolean lateForPlan = !p.isWithdrawn() && planDeadline != null && schedule.forecastFinish() != null
                && schedule.forecastFinish().isAfter(planDeadline);
        return new ProjectEvaluation(p.id(), p.code(), p.nameZh(), p.nameEn(), facts.stage(), p.jurisdictionId(),
                p.leadUnitCode(), p.programCode(), p.sample(), band, milestoneBand, delays, schedule, investment,
                warnings, p.plannedFinish(), planDeadline, lateForPlan);
    }
}
