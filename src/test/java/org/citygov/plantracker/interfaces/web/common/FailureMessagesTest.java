package org.citygov.plantracker.interfaces.web.common;

import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.security.AccessDeniedException;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FailureMessagesTest {

    @Test
    void anotherUnitsProjectIsRefusedInTheUsersLanguage() {
        AccessDeniedException refused = new AccessDeniedException("access.otherUnit", "Project P-1 belongs to another lead unit", "P-1");

        FailureMessages.Failure zh = FailureMessages.of(refused, Texts.CHINESE).orElseThrow();
        FailureMessages.Failure en = FailureMessages.of(refused, Locale.ENGLISH).orElseThrow();

        assertThat(zh.status()).isEqualTo(403);
        assertThat(zh.summary()).isEqualTo("项目 P-1 属于其他项目单位或不存在，您无权查看或修改。");
        assertThat(en.summary()).isEqualTo("Project P-1 belongs to another lead unit or does not exist; you may not read or change it.");
    }

    @Test
    void theCauseIsFoundInsideTheWrappersOfEjbElAndFaces() {
        Exception wrapped = new RuntimeException("faces", new IllegalStateException("el",
                new UnknownEntityException("project", "NO-SUCH")));

        FailureMessages.Failure failure = FailureMessages.of(wrapped, Texts.CHINESE).orElseThrow();

        assertThat(failure.status()).isEqualTo(404);
        assertThat(failure.summary()).isEqualTo("未找到项目：NO-SUCH。");
        assertThat(FailureMessages.of(wrapped, Locale.ENGLISH).orElseThrow().summary()).isEqualTo("No project NO-SUCH.");
    }

    @Test
    void eachBrokenRuleBecomesALineAboutItsField() {
        RuleViolation violation = new RuleViolation(List.of(
                new RuleViolation.Violation("percentComplete", "no.such.key", "Percent must be 0-100"),
                new RuleViolation.Violation(null, "access.role", "Needs a role", "ADMIN")));

        FailureMessages.Failure failure = FailureMessages.of(violation, Locale.ENGLISH).orElseThrow();

        assertThat(failure.status()).isEqualTo(400);
        assertThat(failure.lines()).extracting(FailureMessages.Line::field).containsExactly("percentComplete", null);
        assertThat(failure.lines()).extracting(FailureMessages.Line::text)
                .containsExactly("Percent must be 0-100", "This needs one of the roles ADMIN.");
    }

    @Test
    void aConcurrentEditSaysReloadAndTryAgain() {
        FailureMessages.Failure failure = FailureMessages.of(new ConcurrentEditException("里程碑 3"), Texts.CHINESE).orElseThrow();

        assertThat(failure.status()).isEqualTo(409);
        assertThat(failure.summary()).startsWith("“里程碑 3”在您打开后已被他人修改");
    }

    @Test
    void otherExceptionsAreNotTheirBusiness() {
        assertThat(FailureMessages.of(new NullPointerException("bug"), Texts.CHINESE)).isEmpty();
    }
}
