package org.citygov.plantracker.interfaces.web.finance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.citygov.plantracker.application.funding.FundingFixtureServlet;
import org.citygov.plantracker.application.funding.FundingFixtures;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finance signs in, approves a pending request (for less than asked), records a disbursement, and
 * sees the dashboard totals change.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FinanceBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.appWith(FundingFixtures.class, FundingFixtureServlet.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void financeApprovesDisbursesAndSeesTheDashboardChange() throws Exception {
        // the office of a fresh project asked for 300万元 of special bonds for 2025
        HttpResponse<String> made = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "api/test-fixtures/funding?total=10000000&pending=SPECIAL_BOND:2025:3000000"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode w = new ObjectMapper().readTree(made.body());
        String project = w.get("project").asText();
        String dashboard = "finance/dashboard.xhtml?district=" + w.get("street").asText();

        try (Browser browser = Browser.open(base)) {
            try {
                walkThrough(browser, w, project, dashboard);
            } catch (RuntimeException | AssertionError e) {
                shot(browser, "failure");
                Files.writeString(Path.of("target", "screenshots", "failure.html"), browser.driver().getPageSource());
                throw e;
            }
        }
    }

    private void walkThrough(Browser browser, JsonNode w, String project, String dashboard) throws Exception {
        {
            browser.login(w.get("finance").asText(), FundingFixtures.PASSWORD);

            browser.go(dashboard);
            assertThat(browser.waitFor(By.id("sumPending")).getText()).isEqualTo("300.00");
            assertThat(text(browser, "sumApproved")).isEqualTo("0.00");
            assertThat(text(browser, "sumUnsecured")).isEqualTo("1,000.00");
            shot(browser, "finance-dashboard-before-zh");

            // the review queue: approve 200 of the 300 asked, with a comment
            browser.go("finance/review.xhtml");
            WebElement row = browser.waitFor(By.xpath("//tr[.//a[normalize-space(text())='" + project + "']]"));
            row.findElement(By.xpath(".//button[contains(@id,'reviewButton')]")).click();
            WebElement amount = browser.waitFor(By.id("reviewDialogForm:approved"));
            assertThat(amount.getAttribute("value")).isEqualTo("300.00");
            // issue 16 item 3: "-5" is refused at the field and stays as typed (it used to become 5.00 and be approved)
            amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            amount.sendKeys("-5");
            browser.driver().findElement(By.id("reviewDialogForm:comment")).sendKeys("本年度专项债额度调减");
            browser.driver().findElement(By.id("reviewDialogForm:decide")).click();
            WebElement refused = browser.waitFor(By.xpath("//input[@id='reviewDialogForm:approved']"
                    + "/following-sibling::*[contains(@class,'ui-message-error')][1]"));
            assertThat(refused.getText()).contains("-5").contains("负数").doesNotContain("reviewDialogForm");
            assertThat(browser.driver().findElement(By.id("reviewDialogForm:approved")).getAttribute("value")).isEqualTo("-5");
            shot(browser, "finance-review-refused-zh");
            amount = browser.driver().findElement(By.id("reviewDialogForm:approved"));
            amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            amount.sendKeys("200");
            shot(browser, "finance-review-dialog-zh");
            browser.driver().findElement(By.id("reviewDialogForm:decide")).click();
            browser.waitUntil(d -> d.findElements(By.xpath("//tr[.//a[normalize-space(text())='" + project + "']]")).isEmpty());

            // the project's funding: record a payment of 50
            browser.go("finance/project.xhtml?code=" + project);
            assertThat(browser.waitFor(By.id("posApproved")).getText()).isEqualTo("200.00");
            browser.driver().findElement(By.xpath("//button[contains(@id,'payLine')]")).click();
            WebElement pay = browser.waitFor(By.id("payForm:amount"));
            pay.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            pay.sendKeys("50");
            browser.driver().findElement(By.id("payForm:voucherNo")).sendKeys("2025-记-0101");
            // issue 16 item 15: the calendar button stays on the date's line
            WebElement paidOn = browser.driver().findElement(By.id("payForm:paidOn_input"));
            WebElement trigger = browser.driver().findElement(By.cssSelector("[id='payForm:paidOn'] .ui-datepicker-trigger"));
            assertThat(Math.abs(trigger.getLocation().getY() - paidOn.getLocation().getY())).isLessThan(paidOn.getSize().getHeight());
            shot(browser, "finance-pay-dialog-zh");
            browser.driver().findElement(By.id("payForm:pay")).click();
            browser.waitUntil(d -> "50.00".equals(d.findElement(By.id("posDisbursed")).getText()));
            browser.driver().findElement(By.cssSelector("#funding\\:lines .ui-row-toggler")).click();
            scrollTo(browser, By.xpath("//td[contains(., '2025-记-0101')]"));
            shot(browser, "finance-project-zh");

            // the dashboard moved
            browser.go(dashboard);
            assertThat(browser.waitFor(By.id("sumApproved")).getText()).isEqualTo("200.00");
            assertThat(text(browser, "sumDisbursed")).isEqualTo("50.00");
            assertThat(text(browser, "sumPending")).isEqualTo("0.00");
            assertThat(text(browser, "sumUnsecured")).isEqualTo("800.00");
            shot(browser, "finance-dashboard-after-zh");

            // the same in English
            browser.switchLanguage();
            assertThat(text(browser, "sumApproved")).isEqualTo("200.00");
            shot(browser, "finance-dashboard-after-en");
            browser.go("finance/project.xhtml?code=" + project);
            browser.waitFor(By.id("posApproved"));
            shot(browser, "finance-project-en");
            browser.go("finance/flags.xhtml");
            browser.waitFor(By.id("thresholdsForm:aheadPoints_input"));
            shot(browser, "finance-flags-en");
            browser.go("finance/sources.xhtml");
            browser.waitFor(By.id("sourcesForm:sources"));
            shot(browser, "finance-sources-en");
            browser.switchLanguage();
            browser.go("finance/review.xhtml");
            browser.waitFor(By.id("review:queue"));
            shot(browser, "finance-review-zh");
            browser.go("finance/lines.xhtml?source=SPECIAL_BOND&year=2025");
            browser.waitFor(By.id("linesForm:lines"));
            shot(browser, "finance-lines-zh");
            browser.go("finance/dashboard.xhtml");
            browser.waitFor(By.id("sumApproved"));
            shot(browser, "finance-dashboard-all-zh");
            scrollTo(browser, By.id("dashboard:tabs:sourceYearChart"));
            shot(browser, "finance-dashboard-charts-zh");
            browser.driver().findElement(By.xpath("//a[normalize-space(.)='按区县(市)']")).click();
            scrollTo(browser, browser.waitFor(By.id("dashboard:tabs:districtChart")));
            shot(browser, "finance-dashboard-district-zh");

            // the office's side: its requests and the request form
            browser.driver().findElement(By.id("headerForm:logout")).click();
            browser.login(w.get("office").asText(), FundingFixtures.PASSWORD);
            browser.go("finance/requests.xhtml");
            browser.waitFor(By.id("requestsForm:myLines"));
            shot(browser, "finance-requests-office-zh");
            browser.go("finance/project.xhtml?code=" + project);
            browser.waitFor(By.id("funding:requestButton")).click();
            browser.waitFor(By.id("requestForm:years:0:amount"));
            shot(browser, "finance-request-dialog-office-zh");

            // issue 16 item 16: one amount per year of the project's span 2024–2026 (past the plan period's 2025);
            // two years asked at once become two lines, each reviewed on its own
            WebDriver driver = browser.driver();
            assertThat(driver.findElements(By.cssSelector("[id='requestForm:yearAmounts'] tr[data-year]")).stream()
                    .map(e -> e.getAttribute("data-year")).toList()).containsExactly("2024", "2025", "2026");
            ((JavascriptExecutor) driver).executeScript("PF('widget_requestForm_sourceCode').selectValue('SPECIAL_BOND')");
            driver.findElement(By.id("requestForm:years:0:amount")).sendKeys("500");
            driver.findElement(By.id("requestForm:years:2:amount")).sendKeys("600");
            driver.findElement(By.id("requestForm:note")).sendKeys("分年度申请");
            shot(browser, "finance-request-years-office-zh");
            driver.findElement(By.id("requestForm:submitRequest")).click();
            browser.waitUntil(d -> lineYears(d).containsAll(List.of("2024", "2025", "2026")));
            assertThat(lineYears(driver)).as("one line per year asked, the 2025 line from before").hasSize(3);

            // issue 16 item 3: approving beyond the project's unfunded amount warns once, with the secured share
            driver.findElement(By.id("headerForm:logout")).click();
            browser.login(w.get("finance").asText(), FundingFixtures.PASSWORD);
            browser.go("finance/project.xhtml?code=" + project);
            assertThat(browser.waitFor(By.id("posUnsecured")).getText()).isEqualTo("800.00");
            reviewLineOf(browser, "2026");
            assertThat(browser.waitFor(By.id("reviewForm:approved")).getAttribute("value")).isEqualTo("600.00");
            driver.findElement(By.id("reviewForm:decide")).click();
            browser.waitUntil(d -> "800.00".equals(d.findElement(By.id("posApproved")).getText()));
            reviewLineOf(browser, "2024");
            assertThat(browser.waitFor(By.id("reviewForm:approved")).getAttribute("value")).isEqualTo("500.00");
            driver.findElement(By.id("reviewForm:decide")).click();
            WebElement warning = browser.waitFor(By.cssSelector("[id='reviewForm'] .ui-message-warn"));
            assertThat(warning.getText()).contains("500.00").contains("200.00").contains("落实比例将达 130%");
            shot(browser, "finance-review-beyond-unfunded-zh");
            assertThat(driver.findElement(By.id("posApproved")).getText()).as("nothing approved yet").isEqualTo("800.00");
            driver.findElement(By.id("reviewForm:decide")).click();
            browser.waitUntil(d -> "1,300.00".equals(d.findElement(By.id("posApproved")).getText()));
            assertThat(driver.findElements(By.cssSelector("[id='reviewForm'] .ui-message-warn"))).as("warned once").isEmpty();
        }
    }

    /** The years of the project's funding lines as the table shows them. */
    private static List<String> lineYears(WebDriver driver) {
        return driver.findElements(By.cssSelector("[id='funding:lines'] td.pt-col-year")).stream()
                .map(WebElement::getText).toList();
    }

    /** Opens the review dialog of the pending line of {@code year}. */
    private static void reviewLineOf(Browser browser, String year) {
        browser.waitFor(By.xpath("//tr[td[contains(@class,'pt-col-year') and normalize-space(.)='" + year + "']]"
                + "//button[contains(@id,'reviewLine')]")).click();
    }

    private static void scrollTo(Browser browser, By locator) {
        scrollTo(browser, browser.waitFor(locator));
    }

    private static void scrollTo(Browser browser, WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); window.scrollBy(0, 150);", element);
    }

    private static String text(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    /** Screenshots for people to look at (target/screenshots), not asserted. */
    private static void shot(Browser browser, String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
        Files.write(dir.resolve(name + ".png"), png);
    }
}
