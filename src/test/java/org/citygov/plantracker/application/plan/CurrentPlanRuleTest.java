package org.citygov.plantracker.application.plan;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one "current plan" rule (issue 19 item 2): the plan in force this year. */
class CurrentPlanRuleTest {

    private static final PlanRef FOURTEENTH = plan("ZZ-PS-14", 2022, 2025);
    private static final PlanRef FIFTEENTH = plan("ZZ-PS-15", 2026, 2030);
    private static final PlanRef SIXTEENTH = plan("ZZ-PS-16", 2031, 2035);

    @Test
    void noPlanNoCurrentPlan() {
        assertThat(CurrentPlanRule.choose(List.of(), 2026)).isEmpty();
    }

    @Test
    void theOnlyPlanIsCurrentBeforeDuringAndAfterItsPeriod() {
        assertThat(CurrentPlanRule.choose(List.of(FOURTEENTH), 2021)).contains("ZZ-PS-14");
        assertThat(CurrentPlanRule.choose(List.of(FOURTEENTH), 2023)).contains("ZZ-PS-14");
        assertThat(CurrentPlanRule.choose(List.of(FOURTEENTH), 2026)).contains("ZZ-PS-14");
    }

    @Test
    void theNextPlanTakesOverInItsFirstYearNotWhenItIsLoaded() {
        List<PlanRef> both = List.of(FIFTEENTH, FOURTEENTH);
        assertThat(CurrentPlanRule.choose(both, 2025)).contains("ZZ-PS-14");
        assertThat(CurrentPlanRule.choose(both, 2026)).contains("ZZ-PS-15");
        assertThat(CurrentPlanRule.choose(both, 2031)).contains("ZZ-PS-15");
    }

    @Test
    void aPlanLoadedForALaterPeriodWaitsAndBeforeAnyPlanBeginsTheFirstToBeginIsCurrent() {
        assertThat(CurrentPlanRule.choose(List.of(SIXTEENTH, FOURTEENTH, FIFTEENTH), 2027)).contains("ZZ-PS-15");
        assertThat(CurrentPlanRule.choose(List.of(SIXTEENTH, FIFTEENTH), 2024)).contains("ZZ-PS-15");
    }

    @Test
    void theSizeOfAPlanDoesNotMatterAndTiesGoToTheHigherCode() {
        // the cockpit used to take the plan with the most targets, the home page the latest start: one rule now
        PlanRef revised = plan("ZZ-PS-15A", 2026, 2030);
        assertThat(CurrentPlanRule.choose(List.of(revised, FIFTEENTH, FOURTEENTH), 2026)).contains("ZZ-PS-15A");
    }

    private static PlanRef plan(String code, int start, int end) {
        return new PlanRef(null, code, code, code, null, start, end);
    }
}
