package org.citygov.plantracker.domain.model.plan;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeasureAndDeadlineTest {

    @Test
    void aFigureIsNeededWhereTheComparisonHasOne() {
        assertThatThrownBy(() -> Measure.of("rate", "%", Comparison.AT_LEAST, null, null))
                .hasMessage("AT_LEAST needs a target value");
        assertThatThrownBy(() -> Measure.of("rate", "%", Comparison.QUALITATIVE, BigDecimal.ONE, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Measure.of("rate", "%", Comparison.MAINTAIN, null, "保持").hasFigure()).isFalse();
    }

    @Test
    void rangesNeedBothEndsInOrder() {
        Measure oneToTwo = Measure.range("schools", null, BigDecimal.ONE, new BigDecimal("2"), "1—2所");
        assertThat(oneToTwo.isMetBy(new BigDecimal("2"))).contains(true);
        assertThat(oneToTwo.isMetBy(new BigDecimal("3"))).contains(false);
        assertThatThrownBy(() -> Measure.range("x", null, new BigDecimal("3"), new BigDecimal("2"), null))
                .hasMessage("RANGE minimum 3 exceeds maximum 2");
    }

    @Test
    void comparisons() {
        BigDecimal ninety = new BigDecimal("90");
        assertThat(Comparison.AT_LEAST.isMetBy(new BigDecimal("90.0"), ninety, null, null)).contains(true);
        assertThat(Comparison.AT_MOST.isMetBy(new BigDecimal("91"), ninety, null, null)).contains(false);
        assertThat(Comparison.EQUAL.isMetBy(new BigDecimal("91"), ninety, null, null)).contains(true);
        assertThat(Comparison.QUALITATIVE.isMetBy(ninety, null, null, null)).isEmpty();
        assertThat(Comparison.AT_LEAST.isMetBy(null, ninety, null, null)).isEmpty();
    }

    @Test
    void cumulativeFiguresKeepTheirBaseline() {
        Measure renovation = Measure.of("old_urban_compounds_renovated", "compounds", Comparison.EQUAL,
                new BigDecimal("1470"), "〔1470〕").cumulative("680");
        assertThat(renovation.isCumulative()).isTrue();
        assertThat(renovation.getBaselineText()).isEqualTo("680");
        assertThat(renovation.getTargetValue()).isEqualByComparingTo("1470");
    }

    @Test
    void deadlines() {
        assertThatThrownBy(() -> new Deadline(LocalDate.of(2025, 12, 31), DeadlineBasis.NONE, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Deadline(null, DeadlineBasis.IMPLIED_PLAN_PERIOD, null, null))
                .hasMessage("IMPLIED_PLAN_PERIOD deadline needs a date");
        assertThatThrownBy(() -> new Deadline(LocalDate.of(2023, 12, 31), DeadlineBasis.EXPLICIT, null,
                LocalDate.of(2024, 1, 1))).isInstanceOf(IllegalArgumentException.class);
        Deadline ambiguous = new Deadline(null, DeadlineBasis.AMBIGUOUS, "用3—5年时间", null);
        assertThat(ambiguous.date()).isEmpty();
        assertThat(ambiguous.isPastOn(LocalDate.of(2030, 1, 1))).isFalse();
        assertThat(ambiguous.getBasis().isReading()).isTrue();
        assertThat(DeadlineBasis.EXPLICIT.isReading()).isFalse();
    }
}
