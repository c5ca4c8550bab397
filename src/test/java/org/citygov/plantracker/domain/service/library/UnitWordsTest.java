package org.citygov.plantracker.domain.service.library;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnitWordsTest {

    @Test
    void theSameWordAPluralOrTheChineseForThePlansUnitIsTheSameUnit() {
        assertThat(UnitWords.same("托位", " 托位 ")).isTrue();
        assertThat(UnitWords.same("Schools", "school")).isTrue();
        assertThat(UnitWords.same("facilities", "facility")).isTrue();
        assertThat(UnitWords.same("places", "托位")).isTrue();
        assertThat(UnitWords.same("persons", "人")).isTrue();
        assertThat(UnitWords.same("m²", "平方米")).isTrue();
    }

    @Test
    void aMeasureWordCountsThingsOfATargetThatCountsThingsOneByOne() {
        assertThat(UnitWords.same("schools", "所")).isTrue();
        assertThat(UnitWords.same("institutions", "家")).isTrue();
        assertThat(UnitWords.same("centres", "个")).isTrue();
        assertThat(UnitWords.same("places", "个")).as("托位 are not counted with a measure word alone").isFalse();
        assertThat(UnitWords.same("%", "所")).isFalse();
        assertThat(UnitWords.same("persons", "所")).isFalse();
    }

    @Test
    void anotherScaleAnotherThingOrNoUnitIsADifferentUnit() {
        assertThat(UnitWords.same("schools", "万个")).isFalse();
        assertThat(UnitWords.same("institutions", "托位")).isFalse();
        assertThat(UnitWords.same("m²", "万平方米")).isFalse();
        assertThat(UnitWords.same("places", null)).isFalse();
        assertThat(UnitWords.same(null, "个")).as("a target without a unit takes every output").isTrue();
    }
}
