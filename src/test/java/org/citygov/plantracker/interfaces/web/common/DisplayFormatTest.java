package org.citygov.plantracker.interfaces.web.common;

import org.citygov.plantracker.domain.model.plan.Comparison;
import org.citygov.plantracker.domain.model.plan.IndicatorNature;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayFormatTest {

    @Test
    void amountsAreShownIn10kYuanWithTwoDecimals() {
        assertThat(DisplayFormat.wanYuan(new BigDecimal("123456789.00"))).isEqualTo("12,345.68");
        assertThat(DisplayFormat.wanYuan(new BigDecimal("5000"))).isEqualTo("0.50");
        assertThat(DisplayFormat.wanYuan(BigDecimal.ZERO)).isEqualTo("0.00");
        assertThat(DisplayFormat.wanYuan(null)).isEmpty();
    }

    @Test
    void datesAreIsoDays() {
        assertThat(DisplayFormat.date(LocalDate.of(2025, 12, 31))).isEqualTo("2025-12-31");
        assertThat(DisplayFormat.date(null)).isEmpty();
        assertThat(DisplayFormat.span(LocalDate.of(2023, 3, 1), LocalDate.of(2025, 6, 30)))
                .isEqualTo("2023-03-01 – 2025-06-30");
    }

    @Test
    void figuresLoseNeedlessZeros() {
        assertThat(DisplayFormat.number(new BigDecimal("300000.0000"))).isEqualTo("300,000");
        assertThat(DisplayFormat.number(new BigDecimal("1.5000"))).isEqualTo("1.5");
        assertThat(DisplayFormat.percent(new BigDecimal("62.50"))).isEqualTo("62.5%");
    }

    @Test
    void aTargetFigureSaysHowItCompares() {
        assertThat(DisplayFormat.figure(Texts.CHINESE, Comparison.AT_LEAST, new BigDecimal("98"), null, null, "%"))
                .isEqualTo("≥ 98 %");
        assertThat(DisplayFormat.figure(Locale.ENGLISH, Comparison.RANGE, null, BigDecimal.ONE, new BigDecimal("2"), "个"))
                .isEqualTo("1–2 个");
        assertThat(DisplayFormat.figure(Texts.CHINESE, Comparison.MAINTAIN, new BigDecimal("95"), null, null, null))
                .isEqualTo("保持 95");
        assertThat(DisplayFormat.figure(Locale.ENGLISH, Comparison.QUALITATIVE, null, null, null, null)).isEmpty();
    }

    @Test
    void enumsSpeakThePageLanguage() {
        assertThat(DisplayFormat.label(Texts.CHINESE, Stage.NEW_START)).isEqualTo("新开工");
        assertThat(DisplayFormat.label(Locale.ENGLISH, Stage.NEW_START)).isEqualTo("New start");
        assertThat(DisplayFormat.label(Texts.CHINESE, IndicatorNature.BINDING)).isEqualTo("约束性");
        assertThat(DisplayFormat.label(Locale.ENGLISH, IndicatorNature.BINDING)).isEqualTo("Binding");
        assertThat(DisplayFormat.label(Locale.ENGLISH, null)).isEmpty();
    }
}
