package org.citygov.plantracker.domain.model.project;

import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MilestoneTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private final ProjectFixture fixture = ProjectFixture.inStage(Stage.CONTINUING);
    private final Milestone milestone = fixture.milestone("主体结构封顶", MilestoneKind.CONSTRUCTION,
            LocalDate.of(2026, 12, 31));

    @Test
    void anUpdateSetsPercentForecastAndNote() {
        milestone.updateProgress(BigDecimal.valueOf(60), LocalDate.of(2027, 1, 15), null, "  三层在建 ", TODAY);

        assertThat(milestone.getPercentComplete()).isEqualByComparingTo("60");
        assertThat(milestone.getForecast()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(milestone.getNote()).isEqualTo("  三层在建 ");
        assertThat(milestone.isDone()).isFalse();
        assertThat(milestone.getBaseline()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void anActualDateCompletesTheMilestoneAt100Percent() {
        // a lower percent given with it is a contradiction: refused, nothing changed (issue 16)
        assertThatThrownBy(() -> milestone.updateProgress(BigDecimal.valueOf(40), null, LocalDate.of(2026, 11, 20), null, TODAY))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("100");
        assertThat(milestone.isDone()).isFalse();
        assertThat(milestone.getPercentComplete()).isEqualByComparingTo("0");

        milestone.updateProgress(null, null, LocalDate.of(2026, 11, 20), null, TODAY);

        assertThat(milestone.isDone()).isTrue();
        assertThat(milestone.getPercentComplete()).isEqualByComparingTo("100");
        assertThat(milestone.getForecast()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void percentOutside0To100IsRefused() {
        assertThatThrownBy(() -> milestone.updateProgress(BigDecimal.valueOf(101), null, null, null, TODAY))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(keys(e)).containsExactly("milestone.percentRange"));
        assertThatThrownBy(() -> milestone.updateProgress(BigDecimal.valueOf(-1), null, null, null, TODAY))
                .satisfies(e -> assertThat(keys(e)).containsExactly("milestone.percentRange"));
        assertThat(milestone.getPercentComplete()).isEqualByComparingTo("0");
    }

    @Test
    void anActualDateInTheFutureOrBeforeTheProjectStartIsRefused() {
        assertThatThrownBy(() -> milestone.updateProgress(null, null, TODAY.plusDays(1), null, TODAY))
                .satisfies(e -> assertThat(keys(e)).containsExactly("milestone.actualInFuture"));
        assertThatThrownBy(() -> milestone.updateProgress(null, null, LocalDate.of(2024, 2, 29), null, TODAY))
                .satisfies(e -> assertThat(keys(e)).containsExactly("milestone.actualBeforeStart"));
        assertThat(milestone.isDone()).isFalse();
    }

    @Test
    void aNewForecastBeforeTodayIsRefusedUnlessTheMilestoneIsDone() {
        assertThatThrownBy(() -> milestone.updateProgress(null, TODAY.minusDays(1), null, null, TODAY))
                .satisfies(e -> assertThat(keys(e)).containsExactly("milestone.forecastInPast"));

        milestone.updateProgress(null, TODAY.minusDays(1), TODAY.minusDays(1), null, TODAY);
        assertThat(milestone.isDone()).isTrue();
    }

    @Test
    void anOverdueMilestonesUnchangedForecastDoesNotBlockANote() {
        Milestone overdue = fixture.milestone("施工许可", MilestoneKind.PREPARATION, LocalDate.of(2026, 10, 1));
        overdue.updateProgress(BigDecimal.TEN, null, null, "等待审批", TODAY);

        assertThat(overdue.getNote()).isEqualTo("等待审批");
        assertThat(overdue.getForecast()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void hundredPercentNeedsAnActualDateAndReopeningNeedsALowerPercent() {
        assertThatThrownBy(() -> milestone.updateProgress(BigDecimal.valueOf(100), null, null, null, TODAY))
                .satisfies(e -> assertThat(keys(e)).containsExactly("milestone.completeNeedsActual"));

        milestone.updateProgress(null, null, TODAY, null, TODAY);
        assertThatThrownBy(() -> milestone.updateProgress(null, TODAY.plusDays(10), null, null, TODAY))
                .satisfies(e -> assertThat(keys(e)).containsExactly("milestone.completeNeedsActual"));

        milestone.updateProgress(BigDecimal.valueOf(90), TODAY.plusDays(10), null, "返工", TODAY);
        assertThat(milestone.isDone()).isFalse();
        assertThat(milestone.getPercentComplete()).isEqualByComparingTo("90");
    }

    @Test
    void allViolationsAreReportedTogether() {
        assertThatThrownBy(() -> milestone.updateProgress(BigDecimal.valueOf(150), TODAY.minusDays(3), null,
                "x".repeat(2001), TODAY))
                .satisfies(e -> assertThat(keys(e)).containsExactlyInAnyOrder("milestone.percentRange",
                        "milestone.forecastInPast", "milestone.noteTooLong"));
    }

    @Test
    void rebaseliningMovesTheCurrentBaselineButNeverTheOriginal() {
        milestone.rebaseline(LocalDate.of(2027, 3, 31));

        assertThat(milestone.getOriginalBaseline()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(milestone.getBaseline()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(milestone.getForecast()).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    static java.util.List<String> keys(Throwable e) {
        return ((RuleViolation) e).getViolations().stream().map(RuleViolation.Violation::messageKey).toList();
    }
}
