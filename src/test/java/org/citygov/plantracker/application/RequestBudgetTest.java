package org.citygov.plantracker.application;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: a user's budget of costly things per window; asking again for the same thing is free. */
class RequestBudgetTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void theBudgetIsPerUserPerWindowAndRepeatsAreFree() {
        RequestBudget budget = new RequestBudget();
        for (int day = 1; day <= 3; day++) {
            assertThat(budget.take("office", "evaluation", day, 3, MINUTE, 1_000)).isTrue();
        }
        assertThat(budget.take("office", "evaluation", 2, 3, MINUTE, 2_000)).as("asked before: free").isTrue();
        assertThat(budget.take("office", "evaluation", 4, 3, MINUTE, 2_000)).as("a fourth day").isFalse();
        assertThat(budget.take("other", "evaluation", 4, 3, MINUTE, 2_000)).as("another user").isTrue();
        assertThat(budget.take("office", "evaluation", 4, 3, MINUTE, 61_001)).as("a minute later").isTrue();
    }
}
