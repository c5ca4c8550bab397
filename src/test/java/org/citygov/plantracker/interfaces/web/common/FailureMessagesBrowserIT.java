package org.citygov.plantracker.interfaces.web.common;

import org.citygov.plantracker.test.Browser;
import org.citygov.plantracker.test.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.io.File;
import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exception handler in a real page: an action that fails the way application services fail
 * shows the reason in the user's language, in ajax and full-page requests alike — never a stack trace.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FailureMessagesBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app().addClass(FailureProbeBacking.class)
                .addAsWebResource(new File("src/test/resources/pages/failures.xhtml"), "test/failures.xhtml");
    }

    @ArquillianResource
    URL base;

    @Test
    void failuresOfActionsBecomeMessagesInTheUsersLanguage() {
        try (Browser browser = Browser.open(base)) {
            browser.login("city", "demo123").go("test/failures.xhtml");
            WebDriver driver = browser.driver();

            assertThat(growlAfter(browser, "probe:refuseAjax")).contains("项目 P-PROBE 属于其他项目单位");
            assertThat(growlAfter(browser, "probe:conflictAjax")).contains("“P-PROBE”在您打开后已被他人修改");
            assertThat(growlAfter(browser, "probe:unknownAjax")).contains("未找到项目：P-NONE");
            assertThat(growlAfter(browser, "probe:bugAjax")).contains("系统错误（事件编号").doesNotContain("IllegalStateException");

            driver.findElement(By.id("probe:ruleAjax")).click();
            assertThat(browser.waitFor(By.cssSelector("#probe\\:probeInputMessage .ui-message-error-detail, "
                    + "#probe\\:probeInputMessage .ui-message-error-summary")).getText()).contains("ADMIN");

            driver.findElement(By.id("probe:refuseFull")).click();
            assertThat(browser.waitFor(By.cssSelector(".ui-growl-message")).getText()).contains("P-PROBE");
            assertThat(driver.getPageSource()).doesNotContain("AccessDeniedException");

            browser.go("index.xhtml");
            browser.switchLanguage();
            browser.go("test/failures.xhtml");
            assertThat(growlAfter(browser, "probe:refuseAjax")).contains("Project P-PROBE belongs to another lead unit");
        }
    }

    /** Clicks an ajax button and returns the growl's text once it shows. */
    private static String growlAfter(Browser browser, String buttonId) {
        WebDriver driver = browser.driver();
        driver.findElements(By.cssSelector(".ui-growl-item-container")).forEach(item ->
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].remove()", item));
        browser.waitFor(By.id(buttonId)).click();
        return browser.waitFor(By.cssSelector(".ui-growl-message")).getText();
    }
}
