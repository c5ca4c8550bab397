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

    /**
     * The Excel round trip on the page: the grid downloaded (over the API, as the page's button gives it),
     * IND-13's 2023 cell set 0.03 above what it holds, uploaded through the page's upload field: the preview lists that
     * one cell before → after and nothing is saved yet; "save all" saves it and the grid shows it.
     */
    @Test
    void theCityUploadsTheFilledWorkbookSeesThePreviewAndSavesIt() throws Exception {
        java.net.http.HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(base.toURI().resolve("api/v1/indicators/workbook"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                "city:demo123".getBytes(java.nio.charset.StandardCharsets.UTF_8))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("indicators-", ".xlsx");
        String[] typed = new String[1];
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(download.body()));
             java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            for (org.apache.poi.ss.usermodel.Row row : wb.getSheetAt(0)) {
                if ("IND-13".equals(row.getCell(0).getStringCellValue())) {
                    // J = 2023: a value other than the one recorded (the demo's 示例 value, if any)
                    org.apache.poi.ss.usermodel.Cell j = row.getCell(9);
                    double before = j.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            ? j.getNumericCellValue() : 5.0;
                    java.math.BigDecimal value = java.math.BigDecimal.valueOf(before).add(new java.math.BigDecimal("0.03"))
                            .setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
                    typed[0] = value.toPlainString();
                    j.setCellValue(value.doubleValue());
                    row.createCell(12).setCellValue("2023年郑州市卫生健康事业发展统计公报");
                }
            }
            wb.write(out);
        }
        try (Browser browser = Browser.open(base)) {
            browser.login("city", "demo123").go("plan/indicators.xhtml");
            WebDriver driver = browser.driver();
            browser.waitFor(By.id("grid"));
            By cell2023 = By.cssSelector("#grid tr[data-code='IND-13'] td[data-year='2023']");
            assertThat(driver.findElement(cell2023).getText()).doesNotContain(typed[0]);
            driver.findElement(By.cssSelector("#workbookForm\\:uploadGrid input[type='file']"))
                    .sendKeys(file.toAbsolutePath().toString());
            browser.waitUntil(d -> d.findElement(By.id("workbookForm:gridOutcome")).getText().contains("将修改 1 个单元格"));
            assertThat(driver.findElement(By.id("workbookForm:gridChanges")).getText()).contains("IND-13", "2023", typed[0]);
            assertThat(driver.findElement(cell2023).getText()).doesNotContain(typed[0]);
            browser.screenshot("indicator-workbook-preview-zh");
            driver.findElement(By.id("workbookForm:applyGrid")).click();
            browser.waitUntil(d -> d.findElement(cell2023).getText().contains(typed[0]));
            assertThat(driver.findElement(By.cssSelector("#grid tr[data-code='IND-13'] td[data-year='2023']")).getText())
                    .doesNotContain("示例");
            browser.screenshot("indicator-workbook-saved-zh");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
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
