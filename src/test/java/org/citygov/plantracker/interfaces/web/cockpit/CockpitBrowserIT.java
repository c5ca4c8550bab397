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
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URL;
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
}
