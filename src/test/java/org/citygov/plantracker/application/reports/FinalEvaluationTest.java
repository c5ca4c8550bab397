package org.citygov.plantracker.application.reports;

import org.citygov.plantracker.application.reports.FinalEvaluation.FinalIndicator;
import org.citygov.plantracker.application.reports.FinalEvaluation.FinalTarget;
import org.citygov.plantracker.application.reports.FinalEvaluation.Sentence;
import org.citygov.plantracker.application.reports.FinalEvaluation.Summary;
import org.citygov.plantracker.application.reports.ReportInputs.IndicatorRow;
import org.citygov.plantracker.domain.model.plan.Comparison;
import org.citygov.plantracker.domain.model.report.IndicatorOutcome;
import org.citygov.plantracker.domain.model.report.TargetOutcome;
import org.citygov.plantracker.domain.model.report.TargetState;
import org.citygov.plantracker.domain.service.slippage.IndicatorFacts;
import org.citygov.plantracker.domain.service.slippage.IndicatorFacts.Observation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The final evaluation's pure parts: an indicator's last-year verdict, the outcomes, the counts and sentences. */
class FinalEvaluationTest {

    private static IndicatorFacts facts(String code, Comparison comparison, String target, Observation... observed) {
        return new IndicatorFacts(1, "P", code, "指标" + code, "Indicator " + code, "个", true, false, comparison,
                2020, new BigDecimal("1"), "1", 2025, target == null ? null : new BigDecimal(target), target,
                List.of(observed));
    }

    private static IndicatorRow row(String code, boolean binding) {
        return new IndicatorRow(code, "领域", "Domain", "指标" + code, "Indicator " + code, "个", "1", "6", binding, false);
    }

    private static IndicatorOutcome outcome(Comparison comparison, String target, Observation... observed) {
        return FinalEvaluationBuilder.indicator(row("I", true), facts("I", comparison, target, observed), 2025)
                .outcome();
    }

    @Test
    void anIndicatorIsJudgedByItsTargetYearsValueAgainstTheTarget() {
        assertThat(outcome(Comparison.AT_LEAST, "6", new Observation(2025, new BigDecimal("6.1"))))
                .isEqualTo(IndicatorOutcome.ACHIEVED);
        assertThat(outcome(Comparison.AT_LEAST, "6", new Observation(2025, new BigDecimal("6"))))
                .isEqualTo(IndicatorOutcome.ACHIEVED);
        assertThat(outcome(Comparison.AT_LEAST, "6", new Observation(2025, new BigDecimal("5.99"))))
                .isEqualTo(IndicatorOutcome.NOT_ACHIEVED);
        assertThat(outcome(Comparison.AT_MOST, "10", new Observation(2025, new BigDecimal("9"))))
                .isEqualTo(IndicatorOutcome.ACHIEVED);
        assertThat(outcome(Comparison.AT_MOST, "10", new Observation(2025, new BigDecimal("10.5"))))
                .isEqualTo(IndicatorOutcome.NOT_ACHIEVED);
        // 2024's value says nothing about 2025
        assertThat(outcome(Comparison.AT_LEAST, "6", new Observation(2024, new BigDecimal("7"))))
                .isEqualTo(IndicatorOutcome.NO_VALUE);
        // a word target as the city recorded it
        assertThat(outcome(Comparison.QUALITATIVE, null, new Observation(2025, null, false)))
                .isEqualTo(IndicatorOutcome.NOT_ACHIEVED);
        assertThat(outcome(Comparison.QUALITATIVE, null, new Observation(2025, null, true)))
                .isEqualTo(IndicatorOutcome.ACHIEVED);
        assertThat(outcome(Comparison.QUALITATIVE, null, new Observation(2025, new BigDecimal("99"))))
                .isEqualTo(IndicatorOutcome.NOT_RATED);
        FinalIndicator value = FinalEvaluationBuilder.indicator(row("I", true),
                facts("I", Comparison.AT_LEAST, "6", new Observation(2025, new BigDecimal("6.1"))), 2025);
        assertThat(value.year()).isEqualTo(2025);
        assertThat(value.value()).isEqualByComparingTo("6.1");
    }

    @Test
    void theOutcomeOfATargetComesFromItsStatusAtTheDeadlineAndWithLateCompletions() {
        assertThat(TargetOutcome.of(TargetState.MET, TargetState.MET)).isEqualTo(TargetOutcome.MET);
        assertThat(TargetOutcome.of(TargetState.MISSED, TargetState.MET)).isEqualTo(TargetOutcome.MET_LATE);
        assertThat(TargetOutcome.of(TargetState.MISSED, TargetState.MISSED)).isEqualTo(TargetOutcome.MISSED);
        assertThat(TargetOutcome.of(TargetState.NO_DATA, TargetState.NO_DATA)).isEqualTo(TargetOutcome.NOT_RATED);
        assertThat(TargetOutcome.of(TargetState.NOT_TRACKED, TargetState.NOT_TRACKED)).isEqualTo(TargetOutcome.NOT_RATED);
        assertThat(FinalEvaluationBuilder.gap(new BigDecimal("55000000"), new BigDecimal("51250000")))
                .isEqualByComparingTo("3750000");
        assertThat(FinalEvaluationBuilder.gap(new BigDecimal("3"), new BigDecimal("4"))).isEqualByComparingTo("0");
    }

    private static FinalTarget target(String code, TargetOutcome outcome) {
        return new FinalTarget(code, 1, null, "目标", "Target", "", LocalDate.of(2025, 12, 31), "个", outcome,
                TargetState.MET, null, null, null, null, null, null, List.of(), List.of());
    }

    private static FinalIndicator indicator(String code, boolean binding, IndicatorOutcome outcome) {
        return new FinalIndicator(code, "领域", "Domain", "指标", "Indicator", "个", "1", "6", binding, false, 2025,
                BigDecimal.ONE, null, outcome);
    }

    @Test
    void theSentencesSayAllBindingIndicatorsWereAchievedOnlyWhenTheyWere() {
        List<FinalTarget> targets = List.of(target("T1", TargetOutcome.MET), target("T2", TargetOutcome.MET_LATE),
                target("T3", TargetOutcome.MISSED), target("T4", TargetOutcome.NOT_RATED));
        List<FinalIndicator> allMet = List.of(indicator("IND-01", true, IndicatorOutcome.ACHIEVED),
                indicator("IND-02", true, IndicatorOutcome.ACHIEVED), indicator("IND-03", false, IndicatorOutcome.NO_VALUE));
        Summary s = FinalEvaluationBuilder.summary(targets, allMet, List.of());
        assertThat(List.of(s.targets(), s.targetsMet(), s.targetsMetLate(), s.targetsMissed(), s.targetsNotRated()))
                .containsExactly(4, 1, 1, 1, 1);
        FinalEvaluation fe = new FinalEvaluation(LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31), 2025, targets,
                allMet, List.of(), s);
        assertThat(fe.sentences()).extracting(Sentence::key).containsExactly("final.s.targets", "final.s.indicators",
                "final.s.bindingAll", "final.s.unfinished");
        assertThat(fe.sentences().get(2).arguments()).containsExactly(2);

        List<FinalIndicator> oneMissed = List.of(indicator("IND-01", true, IndicatorOutcome.ACHIEVED),
                indicator("IND-02", true, IndicatorOutcome.NOT_ACHIEVED), indicator("IND-04", true, IndicatorOutcome.NO_VALUE));
        Summary t = FinalEvaluationBuilder.summary(targets, oneMissed, List.of());
        FinalEvaluation missed = new FinalEvaluation(LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31), 2025,
                targets, oneMissed, List.of(), t);
        Sentence binding = missed.sentences().get(2);
        assertThat(binding.key()).isEqualTo("final.s.bindingSome");
        assertThat(binding.arguments()).containsExactly(3, 1, 1, 1, "IND-02、IND-04");
    }
}
