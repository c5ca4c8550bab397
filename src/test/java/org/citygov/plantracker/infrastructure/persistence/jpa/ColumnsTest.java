package org.citygov.plantracker.infrastructure.persistence.jpa;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ColumnsTest {

    private static final Columns ROW = Columns.of("id", "p.id").and("round", "r.code")
            .and(Columns.of("total", "SUM(x)").and("sample", "p.sample"));

    @Test
    void theSelectListAndTheNamesComeFromOneList() {
        assertThat(ROW.select()).isEqualTo("p.id, r.code, SUM(x), p.sample");
        assertThat(ROW.names()).containsExactly("id", "round", "total", "sample");
    }

    @Test
    void aRowIsReadByName() {
        Row r = ROW.row(new Object[]{7L, "R1", 12, 1});
        assertThat(r.get("id", Long.class)).isEqualTo(7L);
        assertThat(r.string("round")).isEqualTo("R1");
        assertThat(r.amount("total")).isEqualByComparingTo("12");
        assertThat(r.bool("sample")).isTrue();
    }

    @Test
    void nullsAndDatabaseTypesAreEvenedOut() {
        Row r = Columns.of("n", "a").and("d", "b").and("t", "c").and("s", "d").rows(Collections.singletonList(
                (Object) new Object[]{null, java.sql.Date.valueOf("2026-03-01"), Timestamp.valueOf("2026-03-01 08:30:00"), null}))
                .get(0);
        assertThat(r.count("n")).isZero();
        assertThat(r.longValue("n")).isNull();
        assertThat(r.amount("n")).isEqualTo(BigDecimal.ZERO);
        assertThat(r.decimal("n")).isNull();
        assertThat(r.date("d")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(r.dateTime("t")).isEqualTo(LocalDateTime.of(2026, 3, 1, 8, 30));
        assertThat(r.bool("s")).isFalse();
    }

    @Test
    void aSingleColumnQueryAnswersTheValueItself() {
        assertThat(Columns.of("code", "p.code").row("X1").string("code")).isEqualTo("X1");
    }

    @Test
    void anUnknownNameOrAWrongWidthIsRefusedLoudly() {
        assertThatThrownBy(() -> ROW.row(new Object[]{1L, "R", 1, 1}).value("roundCode"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no column roundCode");
        assertThatThrownBy(() -> ROW.row(new Object[]{1L, "R"}))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2 values");
        assertThatThrownBy(() -> ROW.and("id", "x.id")).hasMessageContaining("named twice");
        assertThatThrownBy(() -> ROW.row(new Object[]{"7", "R", 1, 1}).get("id", Long.class))
                .isInstanceOf(ClassCastException.class);
    }
}
