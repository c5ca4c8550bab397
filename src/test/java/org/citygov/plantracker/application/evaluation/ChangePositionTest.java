package org.citygov.plantracker.application.evaluation;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The change feed's read position: ids that commit late are found again, missing ids expire. */
class ChangePositionTest {

    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void idsSkippedByALaterCommitAreHolesUntilFound() {
        ChangePosition p = new ChangePosition(10, Map.of()).after(List.of(11L, 14L), T0);
        assertThat(p.highest()).isEqualTo(14);
        assertThat(p.holes()).containsOnlyKeys(12L, 13L);

        // 13's transaction commits later: found; 12 stays missing; 15 is new
        ChangePosition q = p.after(List.of(13L, 15L), T0.plusSeconds(5));
        assertThat(q.highest()).isEqualTo(15);
        assertThat(q.holes()).containsOnlyKeys(12L);
        assertThat(q.holes().get(12L)).as("missed since the first read").isEqualTo(T0);
    }

    @Test
    void aHoleExpiresLongAfterAnyTransactionCouldStillCommit() {
        ChangePosition p = new ChangePosition(10, Map.of()).after(List.of(12L), T0);
        assertThat(p.after(List.of(), T0.plus(ChangePosition.HOLE_EXPIRY).minusSeconds(1)).holes()).containsOnlyKeys(11L);
        assertThat(p.after(List.of(), T0.plus(ChangePosition.HOLE_EXPIRY)).holes()).isEmpty();
    }

    @Test
    void nothingNewKeepsThePosition() {
        ChangePosition p = new ChangePosition(7, Map.of()).after(List.of(), T0);
        assertThat(p.highest()).isEqualTo(7);
        assertThat(p.holes()).isEmpty();
    }
}
