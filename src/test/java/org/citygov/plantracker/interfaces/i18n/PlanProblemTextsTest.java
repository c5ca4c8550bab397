package org.citygov.plantracker.interfaces.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class PlanProblemTextsTest {

    @Test
    void commonProblemsAreWordedInChineseWithTheEntryAndValuesKept() {
        assertThat(PlanProblemTexts.detail(Texts.CHINESE,
                "target C1.1-T3.scope: unknown scope 'per_block' (expected one of citywide, city_level)"))
                .isEqualTo("target C1.1-T3.scope：未知的 scope 取值“per_block”（应为以下之一：citywide, city_level）");
        assertThat(PlanProblemTexts.detail(Texts.CHINESE, "row 3 (IND-02), nature: unknown nature 'bindng' (expected one of binding, expected)"))
                .isEqualTo("row 3 (IND-02), nature：未知的 nature 取值“bindng”（应为以下之一：binding, expected）");
        assertThat(PlanProblemTexts.detail(Texts.CHINESE, "chapters[1].titel_en: unknown field (expected one of number, title_en, title_zh)"))
                .isEqualTo("chapters[1].titel_en：未知字段（应为以下之一：number, title_en, title_zh）");
        assertThat(PlanProblemTexts.detail(Texts.CHINESE, "target CH2-T01.deadline: '2030-13-31' is not a date (YYYY-MM-DD)"))
                .endsWith("：“2030-13-31”不是日期（YYYY-MM-DD）");
    }

    @Test
    void englishAndUnknownKindsStayAsTheReaderWroteThem() {
        String detail = "target C1.1-T3.scope: unknown scope 'per_block' (expected one of citywide)";
        assertThat(PlanProblemTexts.detail(Locale.ENGLISH, detail)).isEqualTo(detail);
        assertThat(PlanProblemTexts.detail(Texts.CHINESE, "program C1.1: related_targets names X, which is not a program"))
                .isEqualTo("program C1.1: related_targets names X, which is not a program");
    }
}
