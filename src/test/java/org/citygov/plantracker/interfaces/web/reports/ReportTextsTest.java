package org.citygov.plantracker.interfaces.web.reports;

import org.citygov.plantracker.domain.model.report.ReportKind;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text of the reports context exists in Chinese and English, and every section has a title. */
class ReportTextsTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(ReportTextsTest.class.getClassLoader().getResourceAsStream(name),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("i18n/reports_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("i18n/reports.properties").stringPropertyNames());
    }

    @Test
    void everySectionHasATitle() {
        for (ReportKind kind : ReportKind.values()) {
            for (String key : kind.sectionKeys()) {
                assertThat(Texts.get(Locale.SIMPLIFIED_CHINESE, "report.section." + key)).doesNotStartWith("report.");
                assertThat(Texts.get(Locale.ENGLISH, "report.section." + key)).doesNotStartWith("report.");
            }
        }
    }
}
