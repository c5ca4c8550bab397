package org.citygov.plantracker.application.reports;

import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.report.IndicatorOutcome;
import org.citygov.plantracker.domain.model.report.TargetOutcome;
import org.citygov.plantracker.domain.model.report.TargetState;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of a final evaluation (总结评估), as of the plan's end or a later day: every dated
 * target met or missed (with the shortfall, the projects that caused it and what they would still
 * deliver), every indicator's value in the plan's last year against its target (binding ones first),
 * and the projects not finished at the plan's end with what remains of them. Plain data, frozen with
 * the report when it is published; built by {@link FinalEvaluationBuilder}.
 *
 * @param planEnd  the plan's last day (31 December of its last year)
 * @param asOf     the evaluation's day (the plan's end or later)
 * @param lastYear the year the indicators are read for (the plan's last year)
 */
public record FinalEvaluation(LocalDate planEnd, LocalDate asOf, int lastYear, List<FinalTarget> targets,
                              List<FinalIndicator> indicators, List<UnfinishedProject> unfinished, Summary summary)
        implements Serializable {

    /**
     * A dated target at its deadline and by the evaluation's day (in the target's measure).
     *
     * @param delivered       D by the deadline
     * @param deliveredByAsOf D counting what was completed after the deadline up to the evaluation's day
     * @param shortfall       R − D at the deadline (null when met or not measurable)
     * @param remaining       R − D by the evaluation's day, for a target still missed
     * @param stillExpected   what the unfinished projects that caused the shortfall would still deliver
     * @param units           the 区县(市) (or other units) that missed it at the deadline
     */
    public record FinalTarget(String code, int chapterNo, String programCode, String descriptionZh,
                              String descriptionEn, String promise, LocalDate deadline, String unit,
                              TargetOutcome outcome, TargetState stateAtDeadline, BigDecimal required,
                              BigDecimal delivered, BigDecimal deliveredByAsOf, BigDecimal shortfall,
                              BigDecimal remaining, BigDecimal stillExpected, List<UnitOutcome> units,
                              List<Cause> causes) implements Serializable {
    }

    /** One unit of a target that missed it at the deadline (met later, or still missed). */
    public record UnitOutcome(String unitCode, String nameZh, String nameEn, BigDecimal required,
                              BigDecimal delivered, BigDecimal deliveredByAsOf, BigDecimal shortfall,
                              TargetOutcome outcome, List<Cause> causes) implements Serializable {
    }

    /**
     * A project that caused a shortfall: late, or withdrawn.
     *
     * @param stillToDeliver what it adds to the target once finished (0 when withdrawn)
     * @param finishedOn     the day it was completed after the deadline, if it was by the evaluation's day
     */
    public record Cause(String projectCode, String nameZh, String nameEn, Stage stage, LocalDate forecastFinish,
                        BigDecimal stillToDeliver, boolean withdrawn, LocalDate finishedOn) implements Serializable {
    }

    /**
     * An indicator's value in the target year against the target.
     *
     * @param met for a word target (应保尽保): as the city recorded it, with its evidence
     */
    public record FinalIndicator(String code, String domainZh, String domainEn, String nameZh, String nameEn,
                                 String unit, String baseline, String target, boolean binding, boolean cumulative,
                                 Integer year, BigDecimal value, Boolean met, IndicatorOutcome outcome)
            implements Serializable {
    }

    /**
     * A project not finished on the plan's last day, with what remains: ready to be carried over into
     * the next plan (library/carryover.xhtml).
     *
     * @param stageAtEnd       its stage on the plan's last day
     * @param investmentDone   investment completed by the evaluation's day (the monthly reports' sums), yuan
     * @param remainingInvestment total − done (never below 0), yuan
     * @param finishedOn       the day it was completed after the plan's end, if by the evaluation's day
     * @param outputs          what it still has to deliver, target by target
     */
    public record UnfinishedProject(String code, String nameZh, String nameEn, String programCode, String placeZh,
                                    String placeEn, Stage stageAtEnd, Stage stage, BigDecimal totalInvestment,
                                    BigDecimal investmentDone, BigDecimal remainingInvestment,
                                    LocalDate forecastFinish, LocalDate finishedOn, List<RemainingOutput> outputs,
                                    boolean sample) implements Serializable {

        /** Still unfinished on the evaluation's day: to be carried over. */
        public boolean toCarryOver() {
            return finishedOn == null;
        }
    }

    public record RemainingOutput(String targetCode, BigDecimal quantity, String unit) implements Serializable {
    }

    /** The counts the city reports. */
    public record Summary(int targets, int targetsMet, int targetsMetLate, int targetsMissed, int targetsNotRated,
                         int indicators, int indicatorsAchieved, int indicatorsNotAchieved, int indicatorsNoValue,
                         int binding, int bindingAchieved, int bindingNotAchieved, int bindingNoValue,
                         List<String> bindingMissedCodes, int unfinished, int toCarryOver,
                         BigDecimal remainingInvestment) implements Serializable {
    }

    /** A sentence of the summary: a message key and its arguments, in the reader's language when shown. */
    public record Sentence(String key, List<Object> arguments) implements Serializable {
        public Object[] args() {
            return arguments.toArray();
        }
    }

    /**
     * The sentences the city reports, generated from the figures ("N 项约束性指标全部完成" when every
     * binding indicator is achieved, else how many are and which are not).
     */
    public List<Sentence> sentences() {
        Summary s = summary;
        List<Sentence> out = new ArrayList<>();
        out.add(new Sentence("final.s.targets", List.of(s.targets(), s.targetsMet(), s.targetsMetLate(),
                s.targetsMissed(), s.targetsNotRated())));
        out.add(new Sentence("final.s.indicators", List.of(s.indicators(), String.valueOf(lastYear),
                s.indicatorsAchieved(), s.indicatorsNotAchieved(), s.indicators() - s.indicatorsAchieved()
                        - s.indicatorsNotAchieved())));
        if (s.binding() > 0) {
            if (s.bindingAchieved() == s.binding()) {
                out.add(new Sentence("final.s.bindingAll", List.of(s.binding())));
            } else {
                out.add(new Sentence("final.s.bindingSome", List.of(s.binding(), s.bindingAchieved(),
                        s.bindingNotAchieved(), s.bindingNoValue(), String.join("、", s.bindingMissedCodes()))));
            }
        }
        out.add(new Sentence("final.s.unfinished", List.of(s.unfinished(), wan(s.remainingInvestment()),
                s.toCarryOver())));
        return out;
    }

    /** Yuan as 万元 with two decimals, as text (for a sentence). */
    static String wan(BigDecimal yuan) {
        return (yuan == null ? BigDecimal.ZERO : yuan).divide(BigDecimal.valueOf(10000), 2, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
