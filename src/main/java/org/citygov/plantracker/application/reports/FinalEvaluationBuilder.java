package org.citygov.plantracker.application.reports;

import org.citygov.plantracker.application.reports.FinalEvaluation.Cause;
import org.citygov.plantracker.application.reports.FinalEvaluation.FinalIndicator;
import org.citygov.plantracker.application.reports.FinalEvaluation.FinalTarget;
import org.citygov.plantracker.application.reports.FinalEvaluation.RemainingOutput;
import org.citygov.plantracker.application.reports.FinalEvaluation.Summary;
import org.citygov.plantracker.application.reports.FinalEvaluation.UnfinishedProject;
import org.citygov.plantracker.application.reports.FinalEvaluation.UnitOutcome;
import org.citygov.plantracker.application.reports.ReportInputs.IndicatorRow;
import org.citygov.plantracker.application.reports.ReportInputs.TargetRow;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.report.IndicatorOutcome;
import org.citygov.plantracker.domain.model.report.TargetOutcome;
import org.citygov.plantracker.domain.model.report.TargetState;
import org.citygov.plantracker.domain.service.slippage.Contribution;
import org.citygov.plantracker.domain.service.slippage.IndicatorFacts;
import org.citygov.plantracker.domain.service.slippage.MonthlyReportFacts;
import org.citygov.plantracker.domain.service.slippage.OutputFacts;
import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluation;
import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluator;
import org.citygov.plantracker.domain.service.slippage.PortfolioFacts;
import org.citygov.plantracker.domain.service.slippage.ProjectEvaluation;
import org.citygov.plantracker.domain.service.slippage.ProjectFacts;
import org.citygov.plantracker.domain.service.slippage.RowRole;
import org.citygov.plantracker.domain.service.slippage.SlippageThresholds;
import org.citygov.plantracker.domain.service.slippage.TargetEvaluation;
import org.citygov.plantracker.domain.service.slippage.TargetFacts;
import org.citygov.plantracker.domain.service.slippage.UnitFacts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds the final evaluation (总结评估) from the portfolio's facts with the slippage engine run twice
 * as of the evaluation's day: once as the plan has it (each target judged at its deadline: met or
 * missed), once with every passed deadline moved to the evaluation's day (what was completed late).
 * A target missed at its deadline but met with the late completions is 逾期完成. A pure function of
 * its arguments.
 */
public final class FinalEvaluationBuilder {

    private FinalEvaluationBuilder() {
    }

    public static FinalEvaluation build(ReportInputs in, PortfolioFacts facts, SlippageThresholds thresholds,
                                        LocalDate asOf) {
        return build(in, facts, thresholds, asOf, PortfolioEvaluator.evaluate(facts, asOf, thresholds));
    }

    /** As above, with the strict run already made (the report's own progress run of the same facts and day). */
    public static FinalEvaluation build(ReportInputs in, PortfolioFacts facts, SlippageThresholds thresholds,
                                        LocalDate asOf, PortfolioEvaluation strict) {
        String planCode = in.plan().code();
        LocalDate planEnd = LocalDate.of(in.plan().endYear(), 12, 31);
        PortfolioEvaluation late = PortfolioEvaluator.evaluate(withDeadlinesMovedTo(facts, asOf), asOf, thresholds);
        Map<String, ProjectFacts> projects = new HashMap<>();
        facts.projects().forEach(p -> projects.put(p.code(), p));

        List<FinalTarget> targets = new ArrayList<>();
        for (TargetRow t : in.targets().stream().sorted(Comparator.comparingInt(TargetRow::seq)).toList()) {
            if (t.deadline() == null || t.deadline().isAfter(asOf)) {
                continue;
            }
            TargetFacts tf = strict.target(planCode, t.code()).orElse(null);
            TargetEvaluation head = tf == null ? null : strict.headline(tf.id()).orElse(null);
            TargetEvaluation headLate = tf == null ? null : late.headline(tf.id()).orElse(null);
            TargetOutcome outcome = TargetOutcome.of(state(head), state(headLate));
            List<UnitOutcome> units = new ArrayList<>();
            if (tf != null) {
                for (TargetEvaluation row : strict.rows(tf.id())) {
                    if (row == head || row.unitId() == null || row.role() == RowRole.BREAKDOWN
                            || row.unitLevel() != JurisdictionLevel.DISTRICT || state(row) == TargetState.MET) {
                        continue;
                    }
                    TargetEvaluation rowLate = late.row(tf.id(), row.unitId()).orElse(null);
                    TargetOutcome unitOutcome = TargetOutcome.of(state(row), state(rowLate));
                    if (unitOutcome == TargetOutcome.NOT_RATED) {
                        continue;
                    }
                    units.add(new UnitOutcome(row.unitCode(), row.unitNameZh(), row.unitNameEn(), row.required(),
                            row.delivered(), rowLate == null ? null : rowLate.delivered(), gap(row.required(),
                            row.delivered()), unitOutcome, causes(row, projects, asOf)));
                }
                units.sort(Comparator.comparing(UnitOutcome::unitCode));
            }
            List<Cause> causes = head == null || outcome == TargetOutcome.MET ? List.of() : causes(head, projects, asOf);
            BigDecimal stillExpected = causes.stream().filter(c -> !c.withdrawn() && c.finishedOn() == null)
                    .map(Cause::stillToDeliver).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean measured = head != null && outcome != TargetOutcome.NOT_RATED;
            targets.add(new FinalTarget(t.code(), t.chapterNo(), t.programCode(), t.descriptionZh(), t.descriptionEn(),
                    promise(t), t.deadline(), t.unit(), outcome, state(head),
                    measured ? head.required() : null, measured ? head.delivered() : null,
                    measured && headLate != null ? headLate.delivered() : null,
                    measured && !outcome.equals(TargetOutcome.MET) ? gap(head.required(), head.delivered()) : null,
                    outcome == TargetOutcome.MISSED && headLate != null ? gap(headLate.required(), headLate.delivered())
                            : null,
                    outcome == TargetOutcome.MISSED ? stillExpected : null, units, causes));
        }

        int lastYear = in.plan().endYear();
        Map<String, IndicatorFacts> indicatorFacts = new HashMap<>();
        facts.indicators().stream().filter(i -> planCode.equals(i.planCode())).forEach(i -> indicatorFacts.put(i.code(), i));
        List<FinalIndicator> indicators = in.indicators().stream()
                .map(i -> indicator(i, indicatorFacts.get(i.code()), lastYear))
                .sorted(Comparator.comparing((FinalIndicator i) -> !i.binding()).thenComparing(FinalIndicator::code))
                .toList();

        List<UnfinishedProject> unfinished = unfinished(planCode, strict, facts, planEnd, asOf);
        return new FinalEvaluation(planEnd, asOf, lastYear, targets, indicators, unfinished,
                summary(targets, indicators, unfinished));
    }

    /** The same facts with every deadline before {@code day} moved to it: outputs completed late then count. */
    static PortfolioFacts withDeadlinesMovedTo(PortfolioFacts facts, LocalDate day) {
        List<TargetFacts> moved = facts.targets().stream().map(t -> t.deadline() == null || !t.deadline().isBefore(day)
                ? t : new TargetFacts(t.id(), t.planCode(), t.planStartYear(), t.code(), t.seq(), t.descriptionZh(),
                t.descriptionEn(), t.section(), t.programCode(), t.kind(), t.metric(), t.unit(), t.comparison(),
                t.value(), t.min(), t.max(), day, t.scope(), t.scheduleId(), t.stageNo(), t.minPlacesPerInstitution(),
                t.groupUnitIds(), t.measurement())).toList();
        return new PortfolioFacts(facts.units(), facts.projects(), moved, facts.populations(), facts.stock(),
                facts.indicators(), facts.reportsTracked());
    }

    private static TargetState state(TargetEvaluation row) {
        return row == null || row.status() == null ? TargetState.NOT_EVALUATED : TargetState.fromEngine(row.status().name());
    }

    /** R − D, never below 0; null when either is unknown. */
    static BigDecimal gap(BigDecimal required, BigDecimal delivered) {
        if (required == null || delivered == null) {
            return null;
        }
        return required.subtract(delivered).max(BigDecimal.ZERO);
    }

    /** The late and withdrawn projects of a row, each with what it would still deliver. */
    private static List<Cause> causes(TargetEvaluation row, Map<String, ProjectFacts> projects, LocalDate asOf) {
        Map<String, Cause> byProject = new LinkedHashMap<>();
        for (Contribution c : row.causes()) {
            ProjectFacts p = projects.get(c.projectCode());
            boolean withdrawn = c.stage() == Stage.WITHDRAWN;
            LocalDate finishedOn = p != null && p.isFinished() && !p.completionDate().isAfter(asOf)
                    ? p.completionDate() : null;
            BigDecimal still = withdrawn ? BigDecimal.ZERO : Objects.requireNonNullElse(c.measure(), BigDecimal.ZERO);
            byProject.merge(c.projectCode(), new Cause(c.projectCode(), c.projectNameZh(), c.projectNameEn(), c.stage(),
                    c.forecastFinish(), still, withdrawn, finishedOn),
                    (a, b) -> new Cause(a.projectCode(), a.nameZh(), a.nameEn(), a.stage(), a.forecastFinish(),
                            a.stillToDeliver().add(b.stillToDeliver()), a.withdrawn(), a.finishedOn()));
        }
        return List.copyOf(byProject.values());
    }

    private static String promise(TargetRow t) {
        if (t.targetText() != null && !t.targetText().isBlank()) {
            return t.targetText();
        }
        return t.value() == null ? "" : t.value().stripTrailingZeros().toPlainString() + (t.unit() == null ? "" : " " + t.unit());
    }

    /** The value recorded for the last year against the target: 达到 / 未达到 / 无数据 / 未评价. */
    static FinalIndicator indicator(IndicatorRow row, IndicatorFacts facts, int lastYear) {
        int year = facts != null && facts.targetYear() != null ? facts.targetYear() : lastYear;
        IndicatorFacts.Observation observed = facts == null ? null : facts.observations().stream()
                .filter(o -> o.year() == year).findFirst().orElse(null);
        IndicatorOutcome outcome;
        if (observed == null || observed.value() == null && observed.met() == null) {
            outcome = IndicatorOutcome.NO_VALUE;
        } else if (observed.met() != null) {
            outcome = observed.met() ? IndicatorOutcome.ACHIEVED : IndicatorOutcome.NOT_ACHIEVED;
        } else if (facts.targetValue() == null) {
            outcome = IndicatorOutcome.NOT_RATED;
        } else {
            outcome = facts.comparison().isMetBy(observed.value(), facts.targetValue(), null, null)
                    .map(met -> met ? IndicatorOutcome.ACHIEVED : IndicatorOutcome.NOT_ACHIEVED)
                    .orElse(IndicatorOutcome.NOT_RATED);
        }
        return new FinalIndicator(row.code(), row.domainZh(), row.domainEn(), row.nameZh(), row.nameEn(), row.unit(),
                row.baseline(), row.target(), row.binding(), row.cumulative(), year,
                observed == null ? null : observed.value(), observed == null ? null : observed.met(), outcome);
    }

    /**
     * The projects of the plan (serving its targets or filed under its programs) not finished on the
     * plan's last day and not withdrawn, with what remains of them on the evaluation's day.
     */
    static List<UnfinishedProject> unfinished(String planCode, PortfolioEvaluation strict, PortfolioFacts facts,
                                              LocalDate planEnd, LocalDate asOf) {
        Map<Long, TargetFacts> targets = new HashMap<>();
        Set<String> programs = new HashSet<>();
        for (TargetFacts t : facts.targets()) {
            if (planCode.equals(t.planCode())) {
                targets.put(t.id(), t);
                if (t.programCode() != null) {
                    programs.add(t.programCode());
                }
            }
        }
        Map<Long, UnitFacts> units = new HashMap<>();
        facts.units().forEach(u -> units.put(u.id(), u));
        List<UnfinishedProject> out = new ArrayList<>();
        for (ProjectFacts p : facts.projects()) {
            boolean ofPlan = p.outputs().stream().anyMatch(o -> targets.containsKey(o.targetId()))
                    || p.programCode() != null && programs.contains(p.programCode());
            if (!ofPlan || p.isWithdrawn()) {
                continue;
            }
            ProjectFacts atEnd = p.asOf(planEnd);
            if (atEnd.isFinished()) {
                continue;
            }
            LocalDate finishedOn = p.isFinished() && !p.completionDate().isAfter(asOf) ? p.completionDate() : null;
            BigDecimal total = Objects.requireNonNullElse(p.totalInvestment(), BigDecimal.ZERO);
            YearMonth last = YearMonth.from(asOf);
            BigDecimal done = p.reports().stream().filter(r -> !r.month().isAfter(last) && r.filedBy(asOf))
                    .map(MonthlyReportFacts::investmentThisMonth).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            List<RemainingOutput> outputs = new ArrayList<>();
            if (finishedOn == null) {
                for (OutputFacts o : p.outputs()) {
                    TargetFacts t = targets.get(o.targetId());
                    if (t != null) {
                        outputs.add(new RemainingOutput(t.code(), o.expectedQuantity(), t.unit()));
                    }
                }
            }
            UnitFacts place = units.get(p.jurisdictionId());
            ProjectEvaluation e = strict.project(p.code()).orElse(null);
            out.add(new UnfinishedProject(p.code(), p.nameZh(), p.nameEn(), p.programCode(),
                    place == null ? null : place.nameZh(), place == null ? null : place.nameEn(), atEnd.stage(),
                    p.stage(), total, done, finishedOn != null ? BigDecimal.ZERO : total.subtract(done).max(BigDecimal.ZERO),
                    finishedOn != null ? finishedOn : e == null ? p.plannedFinish() : e.forecastFinish(), finishedOn,
                    outputs, p.sample()));
        }
        out.sort(Comparator.comparing((UnfinishedProject u) -> !u.toCarryOver())
                .thenComparing(u -> Objects.requireNonNullElse(u.programCode(), ""))
                .thenComparing(UnfinishedProject::code));
        return out;
    }

    static Summary summary(List<FinalTarget> targets, List<FinalIndicator> indicators,
                           List<UnfinishedProject> unfinished) {
        int met = 0;
        int metLate = 0;
        int missed = 0;
        int notRated = 0;
        for (FinalTarget t : targets) {
            switch (t.outcome()) {
                case MET -> met++;
                case MET_LATE -> metLate++;
                case MISSED -> missed++;
                default -> notRated++;
            }
        }
        int achieved = 0;
        int notAchieved = 0;
        int noValue = 0;
        int binding = 0;
        int bindingAchieved = 0;
        int bindingNotAchieved = 0;
        int bindingNoValue = 0;
        List<String> bindingMissed = new ArrayList<>();
        for (FinalIndicator i : indicators) {
            IndicatorOutcome o = i.outcome();
            achieved += o == IndicatorOutcome.ACHIEVED ? 1 : 0;
            notAchieved += o == IndicatorOutcome.NOT_ACHIEVED ? 1 : 0;
            noValue += o == IndicatorOutcome.NO_VALUE ? 1 : 0;
            if (i.binding()) {
                binding++;
                bindingAchieved += o == IndicatorOutcome.ACHIEVED ? 1 : 0;
                bindingNotAchieved += o == IndicatorOutcome.NOT_ACHIEVED ? 1 : 0;
                bindingNoValue += o == IndicatorOutcome.ACHIEVED || o == IndicatorOutcome.NOT_ACHIEVED ? 0 : 1;
                if (o != IndicatorOutcome.ACHIEVED) {
                    bindingMissed.add(i.code());
                }
            }
        }
        int carry = (int) unfinished.stream().filter(UnfinishedProject::toCarryOver).count();
        BigDecimal remaining = unfinished.stream().map(UnfinishedProject::remainingInvestment)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Summary(targets.size(), met, metLate, missed, notRated, indicators.size(), achieved, notAchieved,
                noValue, binding, bindingAchieved, bindingNotAchieved, bindingNoValue, bindingMissed, unfinished.size(),
                carry, remaining);
    }
}
