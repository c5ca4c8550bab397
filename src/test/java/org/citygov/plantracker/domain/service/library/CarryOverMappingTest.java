package org.citygov.plantracker.domain.service.library;

import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CarryOverMappingTest {

    @Test
    void sharedCodesMapToThemselvesUnlessMappedOtherwise() {
        CarryOverMapping m = CarryOverMapping.suggest(List.of("C1.4", "C2.1"), List.of("C1.4-T9", "C2.1-T1"),
                Set.of("C1.4", "C1.1"), Set.of("C1.4-T9", "C1.1-T2"),
                new CarryOverMapping(Map.of("C2.1", "C1.1"), Map.of("C1.4-T9", "C1.1-T2")));
        assertThat(m.programs()).containsEntry("C1.4", "C1.4").containsEntry("C2.1", "C1.1");
        assertThat(m.targets()).containsEntry("C1.4-T9", "C1.1-T2").containsEntry("C2.1-T1", null);
        assertThatThrownBy(() -> m.check(List.of("C1.4", "C2.1"), List.of("C1.4-T9", "C2.1-T1"),
                Set.of("C1.4", "C1.1"), Set.of("C1.4-T9", "C1.1-T2")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.getViolations())
                        .extracting(RuleViolation.Violation::field, RuleViolation.Violation::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("targets.C2.1-T1", "library.carry.targetUnmapped")));
    }

    @Test
    void aMappingToACodeTheNewPlanLacksIsRefused() {
        CarryOverMapping m = new CarryOverMapping(Map.of("C1.4", "X9"), Map.of());
        assertThatThrownBy(() -> m.check(List.of("C1.4"), List.of(), Set.of("C1.4"), Set.of()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.getViolations().get(0).messageKey())
                        .isEqualTo("library.carry.programUnknown"));
        new CarryOverMapping(Map.of("C1.4", " C1.4 "), null).check(List.of("C1.4"), List.of(), Set.of("C1.4"), Set.of());
    }
}
