package org.citygov.plantracker.domain.model.user;

import org.citygov.plantracker.application.user.Passwords;
import org.citygov.plantracker.domain.model.shared.RuleViolation.Violation;
import org.citygov.plantracker.infrastructure.security.CommonPasswords;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private static String keys(String username, String password) {
        return String.join(",", Passwords.POLICY.violations("p", username, password).stream().map(Violation::messageKey).toList());
    }

    @Test
    void eachRuleNamesItself() {
        assertThat(keys("city", "short")).isEqualTo("password.tooShort");
        assertThat(keys("zhangsan", "zhangsan-2026-xx")).isEqualTo("password.containsUsername");
        assertThat(keys("city", "ZhangSan-Plan-2026")).isEmpty();
        // on the shipped list, in any case
        assertThat(keys("city", "1qaz2wsx3edc")).isEqualTo("password.common");
        assertThat(keys("city", "1QAZ2WSX3EDC")).isEqualTo("password.common");
        assertThat(keys("admin", "admin123")).isEqualTo("password.tooShort,password.containsUsername,password.common");
    }

    @Test
    void theListHasTensOfThousandsOfPasswords() {
        assertThat(CommonPasswords.size()).isGreaterThan(20_000);
        assertThat(CommonPasswords.contains("password")).isTrue();
        assertThat(CommonPasswords.contains("Zhengzhou-plan-2026!")).isFalse();
    }
}
