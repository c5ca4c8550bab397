package org.citygov.plantracker.application.sample;

import org.citygov.plantracker.application.sample.SampleSchedule.Band;
import org.citygov.plantracker.application.sample.SampleSchedule.Planned;
import org.citygov.plantracker.application.sample.SampleSchedule.Rebaseline;
import org.citygov.plantracker.application.sample.SampleSchedule.Step;
import org.citygov.plantracker.domain.model.project.MilestoneKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SampleScheduleTest {

    private static final LocalDate START = LocalDate.of(2022, 1, 1);
    private static final LocalDate FINISH = LocalDate.of(2022, 12, 31); // 364 days
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);

    private static final List<Step> STEPS = List.of(
            new Step("立项", "Approval", MilestoneKind.PREPARATION, 0.25, BigDecimal.TEN),
            new Step("开工", "Start", MilestoneKind.CONSTRUCTION, 0.5, BigDecimal.valueOf(20)),
            new Step("竣工验收", "Completion", MilestoneKind.COMPLETION, 0.75, BigDecimal.valueOf(60)),
            new Step("投用", "Opening", MilestoneKind.OPERATION, 1.0, BigDecimal.TEN));

    @Test
    void placesStepsInTheSpanAndMarksPastOnesDone() {
        List<Planned> plan = SampleSchedule.plan(STEPS, START, FINISH, Map.of(), null, AS_OF, null);

        assertThat(plan).extracting(Planned::originalBaseline).containsExactly(
                LocalDate.of(2022, 4, 2), LocalDate.of(2022, 7, 2), LocalDate.of(2022, 10, 1), FINISH);
        assertThat(plan).allMatch(Planned::done);
        assertThat(plan).allMatch(m -> m.baseline().equals(m.originalBaseline()) && m.actual().equals(m.expected()));
        assertThat(SampleSchedule.daysLate(plan, AS_OF)).isZero();
    }

    @Test
    void aSlipAppliesFromItsMilestoneOnAndALaterKeyReplacesIt() {
        List<Planned> plan = SampleSchedule.plan(STEPS, START, FINISH, Map.of(2, 80, 3, 40), null, AS_OF, null);

        assertThat(plan.get(0).expected()).isEqualTo(plan.get(0).baseline());
        assertThat(plan.get(1).expected()).isEqualTo(plan.get(1).baseline().plusDays(80));
        assertThat(plan.get(2).expected()).isEqualTo(plan.get(2).baseline().plusDays(40));
        assertThat(plan.get(3).expected()).isEqualTo(FINISH.plusDays(40));
        // the recovered slip of the start of works no longer counts; the completion's does
        assertThat(SampleSchedule.daysLate(plan, AS_OF)).isEqualTo(40);
        assertThat(Band.of(40)).isEqualTo(Band.AMBER);
    }

    @Test
    void aMilestoneStillAheadIsOpenWithItsForecastAndTheOneInHandHasAnElapsedShare() {
        LocalDate asOf = LocalDate.of(2022, 8, 16); // between start of works (07-02) and completion (10-01)
        List<Planned> plan = SampleSchedule.plan(STEPS, START, FINISH, Map.of(), null, asOf, null);

        assertThat(plan).extracting(Planned::done).containsExactly(true, true, false, false);
        assertThat(plan.get(2).actual()).isNull();
        assertThat(plan.get(2).percent()).isEqualByComparingTo("45"); // 45 of 91 days, in steps of 5
        assertThat(plan.get(3).percent()).isEqualByComparingTo("0");
        assertThat(plan.get(2).reportedOn()).isEqualTo(asOf);
    }

    @Test
    void anOpenMilestoneFarBehindIsRedAndItsShareStopsAt95() {
        List<Planned> plan = SampleSchedule.plan(STEPS, START, FINISH, Map.of(3, 1600), null, AS_OF, null);

        Planned completion = plan.get(2);
        assertThat(completion.done()).isFalse();
        assertThat(completion.expected()).isAfter(AS_OF);
        assertThat(completion.percent()).isEqualByComparingTo("95");
        assertThat(SampleSchedule.daysLate(plan, AS_OF)).isEqualTo(1600);
        assertThat(Band.of(SampleSchedule.daysLate(plan, AS_OF))).isEqualTo(Band.RED);
    }

    @Test
    void aRebaselineMovesTheCurrentBaselineButKeepsTheOriginal() {
        Rebaseline rebase = new Rebaseline(3, 120, LocalDate.of(2022, 6, 1));
        List<Planned> plan = SampleSchedule.plan(STEPS, START, FINISH, Map.of(3, 110), rebase, AS_OF, null);

        Planned completion = plan.get(2);
        assertThat(completion.baseline()).isEqualTo(completion.originalBaseline().plusDays(120));
        assertThat(plan.get(1).baseline()).isEqualTo(plan.get(1).originalBaseline());
        assertThat(SampleSchedule.daysLate(plan, AS_OF)).isZero();
        assertThat(SampleSchedule.daysLateAgainstOriginal(plan, AS_OF)).isEqualTo(110);
    }

    @Test
    void nothingAfterAWithdrawalIsDoneOrInHand() {
        List<Planned> plan = SampleSchedule.plan(STEPS, START, FINISH, Map.of(), null, AS_OF, LocalDate.of(2022, 5, 1));

        assertThat(plan).extracting(Planned::done).containsExactly(true, false, false, false);
        assertThat(plan.subList(1, 4)).allMatch(m -> m.percent().signum() == 0);
    }

    @Test
    void aProjectNotStartedHasEverythingOpenOnItsBaseline() {
        List<Planned> plan = SampleSchedule.plan(STEPS, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 10, 31),
                Map.of(), null, AS_OF, null);

        assertThat(plan).noneMatch(Planned::done);
        assertThat(plan).allMatch(m -> m.expected().equals(m.baseline()) && m.percent().signum() == 0);
        assertThat(SampleSchedule.daysLate(plan, AS_OF)).isZero();
    }

    @Test
    void refusesASlipThatWouldPutAMilestoneBeforeThePreviousOne() {
        assertThatThrownBy(() -> SampleSchedule.plan(STEPS, START, FINISH, Map.of(1, 200, 2, 0), null, AS_OF, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
        assertThatThrownBy(() -> SampleSchedule.plan(STEPS, START, FINISH, Map.of(9, 10), null, AS_OF, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SampleSchedule.plan(STEPS, START, FINISH, Map.of(1, -100), null, AS_OF, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start");
    }

    @Test
    void bandsAreGreenUpTo15DaysAmberTo90AndRedBeyond() {
        assertThat(Band.of(0)).isEqualTo(Band.ON_TIME);
        assertThat(Band.of(15)).isEqualTo(Band.ON_TIME);
        assertThat(Band.of(16)).isEqualTo(Band.AMBER);
        assertThat(Band.of(90)).isEqualTo(Band.AMBER);
        assertThat(Band.of(91)).isEqualTo(Band.RED);
    }
}
