package org.citygov.plantracker.domain.model.shared;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class InputPolicyTest {

    private static String refusedDate(String text) {
        RuleViolation v = catchThrowableOfType(RuleViolation.class, () -> InputPolicy.parseDate("asOf", text));
        assertThat(v).as(text).isNotNull();
        assertThat(v.getViolations().get(0).field()).isEqualTo("asOf");
        return v.getViolations().get(0).messageKey();
    }

    @Test
    void datesOutsideTheWindowOrNotRealDaysAreRefused() {
        assertThat(refusedDate("+999999999-12-31")).isEqualTo("input.dateFormat");
        assertThat(refusedDate("9999-12-31")).isEqualTo("input.dateOutOfRange");
        assertThat(refusedDate("1989-12-31")).isEqualTo("input.dateOutOfRange");
        assertThat(refusedDate("abc")).isEqualTo("input.dateFormat");
        assertThat(refusedDate("2023-02-30")).isEqualTo("input.dateFormat");
        assertThat(refusedDate("2023-2-3")).isEqualTo("input.dateFormat");
        assertThat(refusedDate("2025-06-30\u0000")).isEqualTo("input.dateFormat");
        assertThat(refusedDate("\u00002025-06-30")).isEqualTo("input.dateFormat");
        assertThat(InputPolicy.parseDate("asOf", " 2100-12-31 ")).isEqualTo(LocalDate.of(2100, 12, 31));
        assertThat(InputPolicy.parseDate("asOf", "1990-01-01")).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(InputPolicy.parseDate("asOf", "")).isNull();
        assertThat(InputPolicy.month("month", YearMonth.of(0, 1))).isPresent();
        assertThat(InputPolicy.month("month", YearMonth.of(2026, 1))).isEmpty();
    }

    @Test
    void amountsKeepToTheFenAndBelowTheCeiling() {
        assertThat(InputPolicy.amount("requested", new BigDecimal("0.001")).orElseThrow().messageKey())
                .isEqualTo("input.amountPrecision");
        assertThat(InputPolicy.amount("requested", new BigDecimal("1e15")).orElseThrow().messageKey())
                .isEqualTo("input.amountTooLarge");
        assertThat(InputPolicy.amount("requested", new BigDecimal("1e308")).orElseThrow().messageKey())
                .isEqualTo("input.amountTooLarge");
        assertThat(InputPolicy.amount("requested", new BigDecimal("1000000000000.00"))).isEmpty();
        assertThat(InputPolicy.amount("requested", new BigDecimal("3000000.10"))).isEmpty();
        assertThat(InputPolicy.amount("requested", new BigDecimal("3000000.100000"))).isEmpty();
    }

    @Test
    void controlCharactersAreRefusedButLineBreaksAreNot() {
        assertThat(InputPolicy.text("code", "A\u0000B")).isPresent();
        assertThat(InputPolicy.text("code", "A\u0085B")).isPresent();
        assertThat(InputPolicy.text("note", "line\r\nline\ttab 中文")).isEmpty();
    }
}
