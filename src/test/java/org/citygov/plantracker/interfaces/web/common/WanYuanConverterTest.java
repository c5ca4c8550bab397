package org.citygov.plantracker.interfaces.web.common;

import jakarta.faces.convert.ConverterException;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 16 item 3: an amount in 万元 is read exactly as typed or refused with a message, never changed. */
class WanYuanConverterTest {

    @Test
    void readsWhatWasTypedExactly() {
        assertThat(WanYuanConverter.parse("200", Texts.CHINESE, "批准金额")).isEqualByComparingTo("200");
        assertThat(WanYuanConverter.parse(" 1,234.5 ", Texts.CHINESE, "批准金额")).isEqualByComparingTo("1234.5");
        assertThat(WanYuanConverter.parse("0.000001", Texts.CHINESE, "批准金额")).isEqualByComparingTo("0.000001");
        assertThat(WanYuanConverter.parse("", Texts.CHINESE, "批准金额")).isNull();
        assertThat(WanYuanConverter.format(new BigDecimal("1234.5"))).isEqualTo("1,234.50");
        assertThat(WanYuanConverter.format(new BigDecimal("0.123456"))).isEqualTo("0.123456");
    }

    @Test
    void refusesANegativeAmountInsteadOfDroppingTheSign() {
        assertThatThrownBy(() -> WanYuanConverter.parse("-5", Texts.CHINESE, "批准金额（万元）"))
                .isInstanceOf(ConverterException.class)
                .satisfies(e -> assertThat(((ConverterException) e).getFacesMessage().getSummary())
                        .contains("批准金额（万元）").contains("-5").contains("负数"));
        assertThatThrownBy(() -> WanYuanConverter.parse("-5", Locale.ENGLISH, "Approved"))
                .satisfies(e -> assertThat(((ConverterException) e).getFacesMessage().getSummary())
                        .contains("negative").contains("-5"));
    }

    @Test
    void refusesTwentyNinesInsteadOfCuttingThem() {
        assertThatThrownBy(() -> WanYuanConverter.parse("9".repeat(20), Texts.CHINESE, "批准金额"))
                .satisfies(e -> assertThat(((ConverterException) e).getFacesMessage().getSummary())
                        .contains("9".repeat(20)).contains("上限"));
        assertThatThrownBy(() -> WanYuanConverter.parse("100000000", Texts.CHINESE, "批准金额"))
                .isInstanceOf(ConverterException.class);
    }

    @Test
    void refusesWhatIsNotAnAmountAndDecimalsBelowTheFen() {
        for (String typed : new String[]{"abc", "5万", "1,2,3", "1.2.3", "１２"}) {
            assertThatThrownBy(() -> WanYuanConverter.parse(typed, Texts.CHINESE, "金额")).as(typed)
                    .satisfies(e -> assertThat(((ConverterException) e).getFacesMessage().getSummary()).contains(typed));
        }
        assertThatThrownBy(() -> WanYuanConverter.parse("1.0000001", Texts.CHINESE, "金额"))
                .satisfies(e -> assertThat(((ConverterException) e).getFacesMessage().getSummary()).contains("小数"));
    }
}
