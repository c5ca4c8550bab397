package org.citygov.plantracker.interfaces.web.plan;

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
import org.openqa.selenium.WebElement;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yearly-values grid of plan/indicators.xhtml in headless Chromium: the city opens a cell, a
 * refused value keeps what was typed and says why at the field, a good one shows in the grid at
 * once; an office sees the grid without the edit links.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IndicatorGridBrowserIT {

    private static final By CELL = By.cssSelector("#grid tr[data-code='IND-13'] td[data-year='2024']");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void theCityRecordsAValueInTheGridAndARefusedOneKeepsWhatWasTyped() {
        try (Browser browser = Browser.open(base)) {
            browser.login("city", "demo123").go("plan/indicators.xhtml");
            WebDriver driver = browser.driver();
            browser.waitFor(By.id("grid"));
            assertThat(driver.findElements(By.cssSelector("#grid > tbody > tr"))).hasSize(35);
            assertThat(driver.findElement(By.cssSelector("#grid thead")).getText()).contains("2021", "2025", "基期值", "目标值");
            // demo mode: sample values, marked
            assertThat(driver.findElement(CELL).getText()).contains("示例");

            openCell(browser);
            WebElement value = browser.waitFor(By.id("observationForm:value"));
            value.clear();
            value.sendKeys("-5");
            setSource(driver, "2024年郑州市卫生健康事业发展统计公报");
            driver.findElement(By.id("observationForm:saveObservation")).click();
            browser.waitUntil(d -> d.findElement(By.id("observationForm")).getText().contains("数值不能为负数"));
            assertThat(driver.findElement(By.id("observationForm:value")).getAttribute("value")).isEqualTo("-5");
            browser.screenshot("indicator-grid-refused-zh");

            WebElement again = driver.findElement(By.id("observationForm:value"));
            again.clear();
            again.sendKeys("5.18");
            driver.findElement(By.id("observationForm:saveObservation")).click();
            browser.waitUntil(d -> {
                String text = d.findElement(CELL).getText();
                return text.contains("5.18") && !text.contains("示例");
            });
            browser.screenshot("indicator-grid-saved-zh");
        }
    }

    @Test
    void anOfficeSeesTheValuesButCannotEditThem() {
        try (Browser browser = Browser.open(base)) {
            browser.login("office-health", "demo123").go("plan/indicators.xhtml");
            WebDriver driver = browser.driver();
            browser.waitFor(By.id("grid"));
            assertThat(driver.findElements(By.cssSelector("#grid > tbody > tr"))).hasSize(35);
            assertThat(driver.findElements(By.cssSelector("#grid a.pt-edit-cell"))).isEmpty();
        }
    }

    private static void openCell(Browser browser) {
        browser.driver().findElement(CELL).findElement(By.cssSelector("a.pt-edit-cell")).click();
        browser.waitUntil(d -> d.findElement(By.id("observationDialog")).isDisplayed());
    }

    private static void setSource(WebDriver driver, String text) {
        WebElement source = driver.findElement(By.id("observationForm:source"));
        source.clear();
        source.sendKeys(text);
    }
}
