package org.citygov.plantracker.interfaces.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {

    @Test
    void chineseIsTheDefaultAndEnglishTheSwitch() {
        assertThat(Texts.get(Locale.SIMPLIFIED_CHINESE, "nav.projects")).isEqualTo("项目库");
        assertThat(Texts.get(Locale.ENGLISH, "nav.projects")).isEqualTo("Projects");
        assertThat(Texts.get(Locale.GERMAN, "nav.projects")).isEqualTo("项目库");
    }

    @Test
    void chineseNeverFallsBackToTheJvmDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(ResourceBundle.getBundle(Texts.BUNDLE, Locale.SIMPLIFIED_CHINESE).getString("nav.projects"))
                    .isEqualTo("项目库");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void argumentsAreFilledInAndMissingKeysShowTheKey() {
        assertThat(Texts.get(Locale.ENGLISH, "access.otherUnit", "ZZ-1")).contains("ZZ-1");
        assertThat(Texts.get(Locale.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
    }
}
