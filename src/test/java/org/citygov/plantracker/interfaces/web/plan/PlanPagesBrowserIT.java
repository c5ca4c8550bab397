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

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan's pages in headless Chromium, in Chinese and after the switch to English. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanPagesBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void theIndicatorTableHas35RowsAndTheEnglishSwitchChangesTheLabels() {
        try (Browser browser = Browser.open(base)) {
            browser.login("city", "demo123").go("plan/indicators.xhtml");
            WebDriver driver = browser.driver();
            browser.waitFor(By.id("indicators"));
            assertThat(rows(driver)).isEqualTo(35);
            assertThat(title(driver)).isEqualTo("主要发展指标");
            assertThat(driver.findElement(By.id("navIndicators")).getText()).isEqualTo("主要指标");
            assertThat(driver.findElement(By.cssSelector("#indicators thead")).getText()).contains("2020年基期值", "属性");
            assertThat(driver.findElements(By.cssSelector("#indicators td.pt-binding"))).isNotEmpty()
                    .allSatisfy(cell -> assertThat(cell.getText()).isEqualTo("约束性"));
            assertThat(driver.findElement(By.cssSelector("#indicators tr[data-code='IND-08'] .pt-cumulative")).getText())
                    .isEqualTo("〔60〕");
            browser.screenshot("indicators-zh");

            browser.switchLanguage();
            browser.waitUntil(d -> "Key development indicators".equals(title(d)));
            assertThat(driver.findElement(By.id("navIndicators")).getText()).isEqualTo("Indicators");
            assertThat(driver.findElement(By.id("headerForm:language")).getText()).isEqualTo("中文");
            assertThat(driver.findElement(By.cssSelector("#indicators thead")).getText()).contains("2020 baseline", "Nature");
            assertThat(driver.findElements(By.cssSelector("#indicators td.pt-binding")))
                    .allSatisfy(cell -> assertThat(cell.getText()).isEqualTo("Binding"));
            assertThat(rows(driver)).isEqualTo(35);
            browser.screenshot("indicators-en");
        }
    }

    @Test
    void homeProgramsAndAProgramShowThePlansStructure() {
        try (Browser browser = Browser.open(base)) {
            browser.login("city", "demo123").go("index.xhtml");
            WebDriver driver = browser.driver();
            assertThat(browser.waitFor(By.id("docNo")).getText()).isEqualTo("郑政〔2022〕33号");
            assertThat(driver.findElement(By.cssSelector("#cardPrograms .pt-figure")).getText()).isEqualTo("37");
            assertThat(driver.findElement(By.cssSelector("#cardIndicators .pt-figure")).getText()).isEqualTo("35");
            assertThat(driver.findElement(By.cssSelector("#cardDistricts .pt-figure")).getText()).isEqualTo("16");
            browser.screenshot("home-zh");

            browser.go("plan/programs.xhtml");
            browser.waitFor(By.id("columnBoxes"));
            assertThat(driver.findElements(By.cssSelector("section.pt-box"))).hasSize(9);
            assertThat(driver.findElements(By.cssSelector("a.pt-program-link"))).hasSize(37);
            assertThat(driver.findElement(By.id("ambiguity8")).getText()).contains("专栏7");
            browser.screenshot("programs-zh");

            browser.go("plan/program.xhtml?code=C1.4");
            browser.waitFor(By.id("stages"));
            assertThat(driver.findElements(By.cssSelector("#stages > li"))).hasSize(3);
            assertThat(driver.findElement(By.id("stages")).getText()).contains("2022-12-31", "2023-12-31", "2025-12-31");
            assertThat(driver.findElements(By.cssSelector("[id$='targets_data'] > tr"))).hasSize(10);
            browser.screenshot("program-C1.4-zh");
        }
    }

    private static int rows(WebDriver driver) {
        return driver.findElements(By.cssSelector("#indicators > tbody > tr")).size();
    }

    private static String title(WebDriver driver) {
        return driver.findElement(By.cssSelector("h1.pt-page-title")).getText();
    }
}
