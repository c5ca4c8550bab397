package org.citygov.plantracker.interfaces.web.project;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portfolio in headless Chromium, as the city government uses it with the demo data (the test
 * server runs in demo mode): sign in as {@code city}, filter by a 区县(市), every row belongs to it,
 * open a project and see its milestones.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortfolioBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void theCityFiltersThePortfolioByDistrictAndOpensAProjectWithItsMilestones() {
        try (Browser browser = Browser.open(base)) {
            browser.login("city", "demo123").go("projects/list.xhtml");
            browser.waitFor(By.id("portfolio:projects"));
            WebDriver driver = browser.driver();
            List<String> before = districts(driver);
            assertThat(before).as("the sample portfolio on the first page").isNotEmpty();

            // a 区县(市) that has projects: the first row's
            String district = before.stream().filter(d -> !d.isBlank()).findFirst().orElseThrow();
            // marks the table the ajax update will replace, to know when the filtered one has arrived
            ((JavascriptExecutor) driver).executeScript(
                    "document.getElementById('portfolio:projects').setAttribute('data-unfiltered', 'true')");
            driver.findElement(By.id("portfolio:districtFilter")).click();
            // click the item once the panel has finished opening (a click during its animation can miss)
            browser.waitFor(By.cssSelector("#portfolio\\:districtFilter_panel.ui-connected-overlay-enter-done"
                    + " li[data-label='" + district + "']")).click();

            browser.waitUntil(d -> {
                try {
                    return d.findElement(By.id("portfolio:projects")).getAttribute("data-unfiltered") == null;
                } catch (StaleElementReferenceException beingReplaced) {
                    return false;
                }
            });
            List<String> filtered = districts(driver);
            assertThat(filtered).isNotEmpty().allMatch(district::equals);
            browser.screenshot("portfolio-filtered-" + district);

            WebElement first = driver.findElement(By.cssSelector("#portfolio\\:projects_data tr a.pt-project-link"));
            String name = first.getText();
            first.click();

            browser.waitFor(By.id("projectCode"));
            assertThat(driver.findElement(By.cssSelector("h1.pt-page-title")).getText()).isEqualTo(name);
            List<WebElement> milestones = driver.findElements(By.cssSelector("[id$='milestones_data'] > tr"));
            assertThat(milestones).isNotEmpty();
            assertThat(milestones.get(0).getAttribute("class")).doesNotContain("ui-datatable-empty-message");
            browser.screenshot("project-" + driver.findElement(By.id("projectCode")).getText());
        }
    }

    /** The 区县(市) cell of every row on the current page (none when the table shows its empty message). */
    private static List<String> districts(WebDriver driver) {
        try {
            return driver.findElements(By.cssSelector("#portfolio\\:projects_data .pt-district")).stream()
                    .map(WebElement::getText).toList();
        } catch (StaleElementReferenceException replacedByAjax) {
            return List.of();
        }
    }
}
