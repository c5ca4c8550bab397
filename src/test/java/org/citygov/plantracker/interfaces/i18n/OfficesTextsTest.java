package org.citygov.plantracker.interfaces.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The offices' texts: every key in Chinese and English, every pattern formats, and they reach #{msg}. */
class OfficesTextsTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = OfficesTextsTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyHasBothLanguagesAndEveryPatternFormats() throws IOException {
        Properties zh = load("offices.properties");
        Properties en = load("offices_en.properties");

        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
        for (Properties texts : new Properties[]{zh, en}) {
            texts.stringPropertyNames().forEach(key -> assertThat(
                    new MessageFormat(texts.getProperty(key)).format(new Object[]{1, 2, 3, 4}))
                    .as(key).isNotBlank());
        }
    }

    @Test
    void theRulesSpeakTheUsersLanguage() {
        assertThat(Texts.get(Locale.SIMPLIFIED_CHINESE, "milestone.percentRange", 150)).contains("0 到 100", "150");
        assertThat(Texts.get(Locale.ENGLISH, "milestone.percentRange", 150)).contains("between 0 and 100");
        assertThat(Texts.get(Locale.SIMPLIFIED_CHINESE, "workbook.unknownMilestone", 12345L)).contains("12345");
        assertThat(Texts.get(Locale.ENGLISH, "report.cumulativeDecrease", "2026-09", 1000))
                .contains("2026-09", "correction note");
        assertThat(Texts.get(Locale.SIMPLIFIED_CHINESE, "report.cumulativeBelowMonth",
                new java.math.BigDecimal("400.00"), new java.math.BigDecimal("500")))
                .isEqualTo("累计完成投资（400.00 万元）小于本月完成投资（500.00 万元）。");
        assertThat(Texts.get(Locale.SIMPLIFIED_CHINESE, "report.cumulativeDecrease", "2026-09", new java.math.BigDecimal("12.5")))
                .isEqualTo("累计完成投资低于 2026-09 月已报的 12.50 万元；如属更正，请在“更正说明”中说明原因。");
        assertThat(HistoryLabels.action(Locale.SIMPLIFIED_CHINESE, "milestone.update")).isEqualTo("更新里程碑");
        assertThat(HistoryLabels.value(Locale.ENGLISH, "stage", "COMPLETED")).isEqualTo("Completed");
        assertThat(HistoryLabels.action(Locale.ENGLISH, "some.other.action")).isEqualTo("some.other.action");
    }
}
