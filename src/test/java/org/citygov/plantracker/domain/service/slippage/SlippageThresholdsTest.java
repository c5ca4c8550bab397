package org.citygov.plantracker.domain.service.slippage;

import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlippageThresholdsTest {

    @Test
    void defaultsAreTheIssuesFigures() {
        SlippageThresholds t = SlippageThresholds.DEFAULTS;
        assertThat(t.onTimeDays()).isEqualTo(15);
        assertThat(t.redDays()).isEqualTo(90);
        assertThat(t.spiAhead()).isEqualByComparingTo("1.05");
        assertThat(t.spiBehind()).isEqualByComparingTo("0.95");
        assertThat(t.spiRed()).isEqualByComparingTo("0.85");
        assertThat(t.investmentLagPoints()).isEqualByComparingTo("10");
        assertThat(t.reportDueDay()).isEqualTo(10);
        assertThat(SlippageThresholds.fromSettings(t.asSettings())).isEqualTo(t);
    }

    @Test
    void settingsOverrideDefaults() {
        SlippageThresholds t = SlippageThresholds.fromSettings(Map.of("delay.redDays", BigDecimal.valueOf(60)));
        assertThat(t.redDays()).isEqualTo(60);
        assertThat(t.onTimeDays()).isEqualTo(15);
    }

    @Test
    void inconsistentThresholdsAreRefused() {
        assertThatThrownBy(() -> SlippageThresholds.fromSettings(Map.of("delay.redDays", BigDecimal.TEN)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("longer than the on-time delay");
        assertThatThrownBy(() -> SlippageThresholds.fromSettings(Map.of("spi.red", new BigDecimal("0.97"))))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> SlippageThresholds.fromSettings(Map.of("delay.onTimeDays", new BigDecimal("7.5"))))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> SlippageThresholds.fromSettings(Map.of("nonsense", BigDecimal.ONE)))
                .isInstanceOf(RuleViolation.class);
    }
}
