package org.citygov.plantracker.interfaces.i18n;

import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.TargetDef;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinitionReader;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** Every unit a bundled plan's targets use is shown in Chinese and in English, never the file's English in the Chinese UI. */
class UnitTextsTest {

    @Test
    void aUnitIsShownInTheUsersLanguage() {
        assertThat(Texts.unit(Texts.CHINESE, "institutions")).isEqualTo("家");
        assertThat(Texts.unit(Locale.ENGLISH, "institutions")).isEqualTo("institutions");
        assertThat(Texts.unit(Texts.CHINESE, "places per 1,000 population")).isEqualTo("个/千人");
        assertThat(Texts.unit(Texts.CHINESE, "a unit nobody wrote down")).isEqualTo("a unit nobody wrote down");
        assertThat(Texts.unit(Texts.CHINESE, null)).isNull();
    }

    @Test
    void everyUnitOfTheBundledPlansHasAChineseLabel() {
        for (PlanDefinition plan : new PlanDefinitionReader().readBundled(getClass().getClassLoader())) {
            plan.allTargets().map(TargetDef::unit).filter(Objects::nonNull).distinct().forEach(unit -> {
                String zh = Texts.unit(Texts.CHINESE, unit);
                assertThat(zh).as(plan.code() + " unit '" + unit + "' in Chinese").doesNotContainPattern("[A-Za-z]{2,}");
                assertThat(Texts.unit(Locale.ENGLISH, unit)).as(unit + " in English").isNotBlank();
            });
        }
    }
}
