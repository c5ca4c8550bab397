package org.citygov.plantracker.interfaces.rest.input;

import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StrictJsonTest {

    enum Decision { APPROVE, REJECT }

    record Item(String name, Integer count) {
    }

    record Body(String source, Integer year, BigDecimal requested, LocalDate paidOn, Boolean active,
                Decision decision, List<Item> items, long version) {
    }

    private static RuleViolation refused(String json) {
        RuleViolation v = catchThrowableOfType(RuleViolation.class, () -> StrictJson.check(json, Body.class));
        assertThat(v).as("refused: " + json).isNotNull();
        return v;
    }

    private static String key(String json) {
        return refused(json).getViolations().get(0).messageKey();
    }

    private static String field(String json) {
        return refused(json).getViolations().get(0).field();
    }

    @Test
    void aWellFormedBodyPasses() {
        assertThatCode(() -> StrictJson.check("""
                {"source":"SPECIAL_BOND","year":2025,"requested":3000000.50,"paidOn":"2025-03-18","active":true,
                 "decision":"APPROVE","items":[{"name":"a\\tb\\nc","count":2}],"version":3}""", Body.class))
                .doesNotThrowAnyException();
        assertThatCode(() -> StrictJson.check("{\"source\":null,\"version\":1}", Body.class)).doesNotThrowAnyException();
        assertThatCode(() -> StrictJson.check("", Body.class)).doesNotThrowAnyException();
    }

    @Test
    void integerWrapIsRefused() {
        assertThat(key("{\"year\":4294969321}")).isEqualTo("input.numberOutOfRange");
        assertThat(field("{\"year\":4294969321}")).isEqualTo("year");
        assertThat(key("{\"year\":2025.5}")).isEqualTo("input.notWholeNumber");
        assertThat(key("{\"year\":1e999999999}")).isEqualTo("input.numberOutOfRange");
    }

    @Test
    void noCoercionBetweenTextNumbersAndBooleans() {
        assertThat(key("{\"year\":\"2025\"}")).isEqualTo("input.wrongType.wholeNumber");
        assertThat(key("{\"requested\":\"100\"}")).isEqualTo("input.wrongType.number");
        assertThat(key("{\"source\":123}")).isEqualTo("input.wrongType.text");
        assertThat(key("{\"active\":\"true\"}")).isEqualTo("input.wrongType.boolean");
        assertThat(key("{\"active\":1}")).isEqualTo("input.wrongType.boolean");
        assertThat(key("{\"paidOn\":20250318}")).isEqualTo("input.wrongType.date");
    }

    @Test
    void arraysForObjectsAndObjectsForArraysAreRefused() {
        assertThat(key("[{\"year\":2025}]")).isEqualTo("input.wrongType.object.body");
        assertThat(key("{\"items\":{\"name\":\"a\"}}")).isEqualTo("input.wrongType.array");
        assertThat(key("{\"items\":[[{\"name\":\"a\"}]]}")).isEqualTo("input.wrongType.object");
        assertThat(key("\"text\"")).isEqualTo("input.wrongType.object.body");
    }

    @Test
    void duplicateAndUnknownKeysAreRefused() {
        assertThat(key("{\"year\":2025,\"year\":2026}")).isEqualTo("input.duplicateKey");
        assertThat(key("{\"yaer\":2025}")).isEqualTo("input.unknownField");
        assertThat(key("{\"items\":[{\"name\":\"a\",\"admin\":true}]}")).isEqualTo("input.unknownField");
        assertThat(field("{\"items\":[{\"name\":\"a\",\"admin\":true}]}")).isEqualTo("items[0].admin");
    }

    @Test
    void numbersBeyondTheBoundsAreRefused() {
        assertThat(key("{\"requested\":1e17}")).isEqualTo("input.numberTooLarge");
        assertThat(key("{\"requested\":1e308}")).isEqualTo("input.numberTooLarge");
        assertThat(key("{\"requested\":-1e308}")).isEqualTo("input.numberTooLarge");
        assertThat(key("{\"requested\":0.000001}")).isEqualTo("input.tooManyDecimals");
        assertThat(key("{\"requested\":1e-999999999}")).isEqualTo("input.tooManyDecimals");
        assertThat(key("{\"version\":null}")).isEqualTo("input.required");
        assertThat(key("{\"requested\":NaN}")).isEqualTo("input.malformedJson");
    }

    @Test
    void datesOutsideTheWindowOrMalformedAreRefused() {
        assertThat(key("{\"paidOn\":\"+999999999-12-31\"}")).isEqualTo("input.dateFormat");
        assertThat(key("{\"paidOn\":\"9999-12-31\"}")).isEqualTo("input.dateOutOfRange");
        assertThat(key("{\"paidOn\":\"1989-12-31\"}")).isEqualTo("input.dateOutOfRange");
        assertThat(key("{\"paidOn\":\"2023-02-30\"}")).isEqualTo("input.dateFormat");
        assertThat(key("{\"paidOn\":\"abc\"}")).isEqualTo("input.dateFormat");
        assertThatCode(() -> StrictJson.check("{\"paidOn\":\"2100-12-31\"}", Body.class)).doesNotThrowAnyException();
    }

    @Test
    void controlCharactersLongTextAndBadEnumsAreRefused() {
        assertThat(key("{\"source\":\"A\\u0000B\"}")).isEqualTo("input.controlCharacter");
        assertThat(key("{\"source\":\"A\\u001bB\"}")).isEqualTo("input.controlCharacter");
        assertThat(key("{\"source\":\"" + "x".repeat(StrictJson.MAX_STRING + 1) + "\"}")).isEqualTo("input.textTooLong");
        assertThat(key("{\"decision\":\"approve\"}")).isEqualTo("api.invalidValue");
    }

    @Test
    void invalidUtf8AndMalformedJsonAreRefused() {
        byte[] bad = "{\"source\":\"A\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        RuleViolation v = catchThrowableOfType(RuleViolation.class, () -> StrictJson.check(bad, Body.class));
        assertThat(v.getViolations().get(0).messageKey()).isEqualTo("input.invalidUtf8");
        assertThat(key("{\"source\":\"a\"")).isEqualTo("input.malformedJson");
        assertThat(key("{\"source\":\"a\"} {}")).isEqualTo("input.malformedJson");
        assertThat(key("source=a")).isEqualTo("input.malformedJson");
        byte[] huge = new byte[StrictJson.MAX_BODY_BYTES + 1];
        RuleViolation tooLarge = catchThrowableOfType(RuleViolation.class, () -> StrictJson.check(huge, Body.class));
        assertThat(tooLarge.getViolations().get(0).messageKey()).isEqualTo("input.bodyTooLarge");
    }
}
