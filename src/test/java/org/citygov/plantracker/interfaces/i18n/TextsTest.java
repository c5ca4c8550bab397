package org.citygov.plantracker.interfaces.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {

    /** Issue 16 item 8: a role refusal names the roles, never [FINANCE, CITY_GOV, ADMIN]. */
    @Test
    void rolesInAMessageAreNamedInTheReadersLanguage() {
        Object roles = new org.citygov.plantracker.domain.model.user.Role[]{
                org.citygov.plantracker.domain.model.user.Role.FINANCE, org.citygov.plantracker.domain.model.user.Role.ADMIN};
        assertThat(Texts.get(Locale.SIMPLIFIED_CHINESE, "access.role", roles))
                .isEqualTo("此操作需要以下角色之一：财政局、系统管理员。");
        assertThat(Texts.get(Locale.ENGLISH, "access.role", roles)).doesNotContain("FINANCE").doesNotContain("[");
    }

    /** Issue 16 item 8: amounts in the messages of 万元 forms are in 万元, to the fen, never rounded away. */
    @Test
    void amountsInFundingMessagesAreIn10kYuan() {
        assertThat(Texts.get(Locale.SIMPLIFIED_CHINESE, "funding.approvedAboveRequested",
                new java.math.BigDecimal("1000000.01").movePointLeft(4), new java.math.BigDecimal("1000000.00").movePointLeft(4)))
                .isEqualTo("批准金额（100.000001 万元）不能超过申请金额（100.00 万元）。");
        assertThat(Texts.get(Locale.ENGLISH, "funding.disbursedAboveApproved",
                new java.math.BigDecimal("12345"), new java.math.BigDecimal("2000"))).contains("12,345.00").contains("10k yuan");
    }

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
