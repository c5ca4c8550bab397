package org.citygov.plantracker.domain.model.funding;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The funding years' one rule: the project's span, not the plan period (issue 16 item 16). */
class FundingYearsTest {

    private final FundingYears span = FundingYears.of(LocalDate.of(2024, 3, 1), LocalDate.of(2027, 6, 30));

    @Test
    void everyYearOfTheSpanIsOfferedAndAcceptedEvenPastThePlanPeriod() {
        assertThat(span.years()).containsExactly(2024, 2025, 2026, 2027);
        assertThat(span.contains(2026)).isTrue();
        assertThat(span.contains(2027)).isTrue();
        assertThat(span.check("fiscalYear", 2027)).isEmpty();
    }

    @Test
    void aYearOutsideTheSpanIsRefusedWithTheSpanInTheMessage() {
        assertThat(span.contains(2023)).isFalse();
        assertThat(span.contains(2028)).isFalse();
        assertThat(span.check("fiscalYear", 2028)).hasValueSatisfying(v -> {
            assertThat(v.messageKey()).isEqualTo("funding.yearOutsideSpan");
            assertThat(v.field()).isEqualTo("fiscalYear");
            assertThat(v.arguments()).containsExactly("2028", "2024", "2027");
        });
    }

    @Test
    void aOneYearProjectHasOneYearAndABackwardSpanIsAnError() {
        assertThat(FundingYears.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).years()).containsExactly(2025);
        assertThatThrownBy(() -> new FundingYears(2026, 2025)).isInstanceOf(IllegalArgumentException.class);
    }
}
