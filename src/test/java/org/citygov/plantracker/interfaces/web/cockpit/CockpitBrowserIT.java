package org.citygov.plantracker.interfaces.web.cockpit;

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
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cockpit in headless Chromium with the demo data (the test server runs in demo mode): the city
 * government sees the 五年三跨越 grid — every 区县(市) × 3 stages, each cell with a status in words as
 * well as colour — and drills from a 区县 cell to its streets and projects, then to a street.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CockpitBrowserIT {

    private static final Set<String> STATUSES_ZH = Set.of("已完成", "未完成", "正常", "风险", "预计未完成", "缺数据", "未跟踪");
    private static final Set<String> STATUSES_EN = Set.of("Met", "Missed", "On track", "At risk", "Will miss", "No data",
            "Not tracked");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void theCityReadsTheGridAndDrillsDownToStreetsAndProjects() {
        try (Browser browser = Browser.open(base)) {
            browser.login("city", "demo123").go("cockpit/index.xhtml?asOf=2023-06-30");
            WebElement grid = browser.waitFor(By.id("leapGrid"));
            WebDriver driver = browser.driver();

            // 3 stages, the city row and the 16 区县(市)
            assertThat(grid.findElements(By.cssSelector("thead th"))).hasSize(4);
            List<WebElement> rows = grid.findElements(By.cssSelector("tbody tr"));
            assertThat(rows).hasSize(17);
            List<WebElement> cells = grid.findElements(By.cssSelector("td.sl-cell"));
            assertThat(cells).hasSize(17 * 3);
            // not colour alone: every cell that applies says its status in words
            for (WebElement cell : cells) {
                List<WebElement> status = cell.findElements(By.cssSelector(".sl-cell-status"));
                if (!status.isEmpty()) {
                    assertThat(STATUSES_ZH).contains(status.get(0).getText().trim());
                }
            }
            // a stage-1 cell of 金水区 shows required / delivered / forecast
            WebElement jinshui1 = grid.findElement(By.cssSelector("td[data-unit='J04'][data-stage='1']"));
            assertThat(jinshui1.getText()).contains("需").contains("已").contains("预计");
            browser.screenshot("cockpit-grid-zh");

            // drill into 金水区, stage 2: its streets (T4 coverage) and the childcare projects there
            grid.findElement(By.cssSelector("td[data-unit='J04'][data-stage='2'] a")).click();
            browser.waitFor(By.id("breadcrumb"));
            assertThat(driver.getTitle()).contains("金水区");
            List<WebElement> streets = driver.findElements(By.cssSelector("table.sl-children tr[data-unit^='J04-']"));
            assertThat(streets).isNotEmpty();
            List<WebElement> projects = driver.findElements(By.cssSelector("table.sl-projects tr[data-project]"));
            assertThat(projects).isNotEmpty();
            assertThat(projects.get(0).getText()).contains("SMP-CC");
            browser.screenshot("cockpit-drill-J04-stage2");

            // a project of the drill-down: its page has the slippage tab (SPI(t), three-way dates, delays, S-curve)
            String project = projects.get(0).getAttribute("data-project");
            String drillUrl = driver.getCurrentUrl();
            projects.get(0).findElement(By.cssSelector("a")).click();
            browser.waitFor(By.id("projectCode"));
            assertThat(driver.findElement(By.id("projectCode")).getText()).isEqualTo(project);
            driver.findElement(By.linkText("进度与偏差")).click();
            assertThat(browser.waitFor(By.id("projectBand")).getText()).isIn("绿灯", "黄灯", "红灯", "未评级");
            assertThat(driver.findElement(By.id("threeWay")).getText()).contains("规划期限").contains("预计完工");
            assertThat(driver.findElements(By.cssSelector("#milestoneDelays tbody tr"))).isNotEmpty();
            browser.screenshot("project-slippage-tab");
            driver.get(drillUrl);
            streets = browser.waitFor(By.cssSelector("table.sl-children")).findElements(By.cssSelector("tr[data-unit^='J04-']"));

            // … and on to one street: the breadcrumb leads back through 金水区 to the city
            String street = streets.get(0).getAttribute("data-unit");
            streets.get(0).findElement(By.cssSelector("a.sl-child-link")).click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("unit=" + street));
            assertThat(browser.waitFor(By.id("breadcrumb")).getText()).contains("郑州市").contains("金水区");

            // the same grid in English
            browser.go("cockpit/index.xhtml?asOf=2023-06-30");
            browser.switchLanguage();
            // the switch reloads the page: wait for the English one, not the Chinese grid still on screen
            browser.waitUntil(d -> {
                try {
                    return d.findElement(By.cssSelector("#leapGrid thead")).getText().contains("Stage 1");
                } catch (StaleElementReferenceException | NoSuchElementException reloading) {
                    return false;
                }
            });
            grid = browser.waitFor(By.id("leapGrid"));
            assertThat(grid.findElement(By.cssSelector("thead")).getText()).contains("Stage 1").contains("Stage 3");
            String first = grid.findElements(By.cssSelector(".sl-cell-status")).get(0).getText().trim();
            assertThat(STATUSES_EN).contains(first);
            browser.screenshot("cockpit-grid-en");
            browser.switchLanguage();
        }
    }

    @Test
    void theListsOfRedAmberProjectsAndOfTargetsThatWillBeMissedAreSortable() {
        try (Browser browser = Browser.open(base)) {
            browser.login("city", "demo123").go("cockpit/projects.xhtml?asOf=2023-06-30");
            WebElement table = browser.waitFor(By.id("projectsForm:projects"));
            List<WebElement> bands = table.findElements(By.cssSelector("tbody tr .sl-band"));
            assertThat(bands).isNotEmpty().allMatch(b -> Set.of("红灯", "黄灯").contains(b.getText().trim()));
            browser.screenshot("cockpit-projects");

            browser.go("cockpit/targets.xhtml?asOf=2023-06-30");
            WebElement targets = browser.waitFor(By.id("targetsForm:targets"));
            assertThat(targets.findElements(By.cssSelector("tbody tr .sl-st")))
                    .isNotEmpty().allMatch(s -> Set.of("预计未完成", "未完成").contains(s.getText().trim()));
            browser.screenshot("cockpit-targets");
        }
    }

    /**
     * Issue 16 item 9: the cockpit's date is the same Chinese date picker (yyyy-MM-dd) as the other
     * pages, not the browser's native mm/dd/yyyy control; a picked date becomes the page's URL with
     * its other parameters; a date outside the window or no date at all is said at the field and
     * stays as typed. Every page that reads ?asOf= from its URL says what is wrong with a bad one
     * (400 with the reason in the user's language, never a 500, framework text or silence).
     */
    @Test
    void theAsOfDateIsTheChineseDatePickerAndABadDateIsSaid() throws Exception {
        String cookie;
        try (Browser browser = Browser.open(base)) {
            WebDriver driver = browser.driver();
            browser.login("city", "demo123").go("cockpit/projects.xhtml?asOf=2023-06-30&band=RED");
            WebElement input = browser.waitFor(By.id("asOfForm:asOf_input"));
            assertThat(input.getAttribute("type")).isEqualTo("text");
            assertThat(input.getAttribute("value")).isEqualTo("2023-06-30");
            assertThat(driver.findElements(By.cssSelector("input[type='date']"))).isEmpty();
            driver.findElement(By.cssSelector("[id='asOfForm:asOf'] .ui-datepicker-trigger")).click();
            WebElement panel = browser.waitFor(By.id("asOfForm:asOf_panel"));
            assertThat(panel.getText()).contains("2023").containsAnyOf("六月", "6月");
            browser.screenshot("cockpit-asof-picker-zh");
            input.sendKeys(Keys.ESCAPE);

            // another date: the page's own URL with it, the band kept
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2024-03-31");
            driver.findElement(By.id("asOfForm:asOfApply")).click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("asOf=2024-03-31"));
            assertThat(driver.getCurrentUrl()).contains("cockpit/projects.xhtml").contains("band=RED");
            assertThat(browser.waitFor(By.id("asOfForm:asOf_input")).getAttribute("value")).isEqualTo("2024-03-31");

            // outside the window, and no date at all: said at the field, kept as typed, the URL unchanged
            for (String typed : List.of("9999-12-31", "garbage")) {
                input = browser.waitFor(By.id("asOfForm:asOf_input"));
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), typed);
                driver.findElement(By.id("asOfForm:asOfApply")).click();
                browser.waitUntil(d -> !d.findElements(By.cssSelector("[id='asOfForm:asOfMessage'].ui-message-error")).isEmpty());
                String said = driver.findElement(By.id("asOfForm:asOfMessage")).getText();
                assertThat(said).as(typed).contains(typed).containsAnyOf("超出允许范围", "不是有效的日期", "不是有效日期")
                        .doesNotContain("asOfForm").doesNotContain("Exception");
                assertThat(driver.findElement(By.id("asOfForm:asOf_input")).getAttribute("value")).isEqualTo(typed);
                assertThat(driver.getPageSource()).doesNotContain("asOfForm:asOf:");
                browser.screenshot("cockpit-asof-refused-" + typed.charAt(0));
            }
            cookie = "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue();
        }

        // every page that takes ?asOf= from its URL
        HttpClient http = HttpClient.newHttpClient();
        for (String page : List.of("cockpit/index.xhtml?", "cockpit/projects.xhtml?", "cockpit/targets.xhtml?",
                "cockpit/indicators.xhtml?", "cockpit/drill.xhtml?unit=J04&stage=2&", "reports/plan.xhtml?",
                "projects/project.xhtml?code=SMP-HOSP-02&", "cockpit/project.xhtml?code=SMP-HOSP-02&")) {
            for (String[] bad : List.of(new String[] {"garbage", "不是有效日期"}, new String[] {"9999-12-31", "超出允许范围"})) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + page + "asOf=" + bad[0]))
                        .header("Cookie", cookie).header("Accept-Language", "zh-CN").build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(page + bad[0]).isEqualTo(400);
                assertThat(r.body()).as(page + bad[0]).contains(bad[1]).contains(bad[0])
                        .doesNotContain("DateTimeParseException").doesNotContain("RuleViolation").doesNotContain("at org.");
            }
        }
    }
}
