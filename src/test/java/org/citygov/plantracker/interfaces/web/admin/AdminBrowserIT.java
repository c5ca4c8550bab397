package org.citygov.plantracker.interfaces.web.admin;

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

import org.citygov.plantracker.test.PlanPackageFiles;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's journey in Chromium: a lead unit, an office user with a one-time password;
 * the office user is made to change it before anything else; repeated wrong passwords lock the
 * sign-in, which the page reports as a lock with its end; the administrator clears it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void adminCreatesAnOfficeUserWhoMustChangeThePasswordAndALockIsToldAsALock() {
        String tag = Long.toString(System.nanoTime(), 36);
        String unit = "BU-" + tag;
        String username = "b" + tag;
        try (Browser browser = Browser.open(base)) {
            WebDriver driver = browser.driver();
            browser.login("admin", "demo123").go("admin/lead-units.xhtml");
            browser.waitFor(By.id("unitsForm:addUnit")).click();
            browser.waitFor(By.id("unitForm:code")).sendKeys(unit);
            driver.findElement(By.id("unitForm:nameZh")).sendKeys("浏览器测试单位" + tag);
            driver.findElement(By.id("unitForm:saveUnit")).click();
            browser.waitUntil(d -> d.findElement(By.id("unitsForm:units")).getText().contains(unit));

            browser.go("admin/users.xhtml");
            browser.waitFor(By.id("usersForm:addUser")).click();
            browser.waitFor(By.id("userForm:username")).sendKeys(username);
            driver.findElement(By.id("userForm:displayName")).sendKeys("浏览器 " + tag);
            driver.findElement(By.cssSelector("label[for='userForm:roles:0']")).click(); // 项目单位
            driver.findElement(By.id("userForm:leadUnit")).click();
            browser.waitFor(By.cssSelector("#userForm\\:leadUnit_panel.ui-connected-overlay-enter-done li[data-label*='("
                    + unit + ")']")).click();
            browser.screenshot("admin-user-new-zh");
            driver.findElement(By.id("userForm:saveUser")).click();
            String oneTime = browser.waitFor(By.id("oneTimePassword")).getText().trim();
            assertThat(oneTime).hasSizeGreaterThanOrEqualTo(12);
            assertThat(driver.findElement(By.id("usersForm:users")).getText()).contains(username).contains("须修改一次性密码");
            browser.screenshot("admin-users-one-time-zh");

            // the office user: the one-time password leads to the password change, and only there
            driver.manage().deleteAllCookies();
            browser.login(username, oneTime);
            assertThat(driver.getCurrentUrl()).contains("account.xhtml");
            assertThat(browser.waitFor(By.id("mustChange")).getText()).contains("一次性密码");
            browser.go("projects/list.xhtml");
            browser.waitFor(By.id("mustChange"));
            assertThat(driver.getCurrentUrl()).contains("account.xhtml");
            driver.findElement(By.id("passwordForm:currentPassword")).sendKeys(oneTime);
            driver.findElement(By.id("passwordForm:newPassword")).sendKeys("12345678");
            driver.findElement(By.id("passwordForm:changePassword")).click();
            browser.waitUntil(d -> d.findElement(By.id("passwordForm")).getText().contains("至少需要 12 个字符"));
            driver.findElement(By.id("passwordForm:currentPassword")).sendKeys(oneTime);
            driver.findElement(By.id("passwordForm:newPassword")).sendKeys("Browser-office-pass-" + tag);
            driver.findElement(By.id("passwordForm:changePassword")).click();
            browser.waitUntil(d -> !d.getCurrentUrl().contains("account.xhtml"));
            browser.go("offices/my-projects.xhtml");
            browser.waitFor(By.id("headerForm:whoami"));
            assertThat(driver.getCurrentUrl()).contains("my-projects.xhtml");

            // five wrong passwords: the fifth locks, and the page says so with the time
            driver.manage().deleteAllCookies();
            for (int i = 1; i <= 5; i++) {
                browser.go("login.xhtml");
                browser.waitFor(By.id("username")).sendKeys(username);
                driver.findElement(By.id("password")).sendKeys("wrong-" + i);
                driver.findElement(By.id("loginButton")).click();
                browser.waitUntil(d -> d.getCurrentUrl().contains("error=") || d.getCurrentUrl().contains("locked="));
            }
            String locked = browser.waitFor(By.id("loginLocked")).getText();
            assertThat(locked).contains("锁定").containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
            assertThat(driver.getPageSource()).doesNotContain("用户名或密码错误");
            browser.screenshot("login-locked-zh");

            // the administrator sees and clears the lock
            browser.login("admin", "demo123").go("admin/sign-ins.xhtml");
            browser.waitUntil(d -> d.findElement(By.id("signInsForm:locks")).getText().contains(username));
            browser.screenshot("admin-sign-ins-zh");
            driver.findElement(By.xpath("//tr[td//text()[contains(., '" + username + "')]]//button[contains(@id,'clearLock')]")).click();
            browser.waitUntil(d -> !d.findElement(By.id("signInsForm:locks")).getText().contains(username));
            driver.manage().deleteAllCookies();
            browser.login(username, "Browser-office-pass-" + tag);
        }
    }

    @Test
    void aPlanPackageIsPreviewedWithEveryProblemByFileAndLineBeforeAnythingIsLoaded() throws Exception {
        Path broken = Files.createTempFile("broken-plan-", ".zip");
        Path next = Files.createTempFile("zz-test-1-", ".zip");
        Files.write(broken, PlanPackageFiles.zip("plans-test/minimal", Map.of(
                "programs.yaml", s -> s.replace("scope: per_community", "scope: per_block"),
                "indicators.csv", s -> s.replaceFirst(",binding,", ",bindng,"))));
        Files.write(next, PlanPackageFiles.zip("plans-test/minimal"));
        try (Browser browser = Browser.open(base)) {
            WebDriver driver = browser.driver();
            browser.login("admin", "demo123").go("admin/plans.xhtml");
            assertThat(browser.waitFor(By.id("plansForm:loaded")).getText()).contains("ZZ-PS-14").contains("2022–2025");

            driver.findElement(By.id("plansForm:package_input")).sendKeys(broken.toString());
            browser.waitUntil(d -> d.findElement(By.id("plansForm:preview")).getText().contains("per_block"));
            assertThat(driver.findElement(By.id("previewStatus")).getText()).isEqualTo("有问题，不能载入");
            String problems = driver.findElement(By.id("plansForm:problems")).getText();
            assertThat(problems).contains("programs.yaml").contains("文件 programs.yaml 第 91 行")
                    .contains("文件 indicators.csv 第 3 行").contains("bindng");
            assertThat(driver.findElements(By.id("plansForm:loadPackage"))).isEmpty();
            browser.screenshot("admin-plans-problems-zh");

            driver.findElement(By.id("plansForm:package_input")).sendKeys(next.toString());
            browser.waitUntil(d -> d.findElement(By.id("previewStatus")).getText().contains("新规划"));
            String contents = driver.findElement(By.id("contents")).getText();
            assertThat(contents).contains("目标 4").contains("项目 1").contains("plan.yaml");
            assertThat(driver.findElement(By.id("plansForm:preview")).getText()).contains("ZZ-TEST-1").contains("2026–2030");
            assertThat(driver.findElement(By.id("plansForm:loadPackage")).isDisplayed()).isTrue();
            browser.screenshot("admin-plans-preview-zh");
        } finally {
            Files.deleteIfExists(broken);
            Files.deleteIfExists(next);
        }
    }
}
