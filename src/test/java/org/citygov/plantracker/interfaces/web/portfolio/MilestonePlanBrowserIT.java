package org.citygov.plantracker.interfaces.web.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.citygov.plantracker.application.offices.OfficesFixture;
import org.citygov.plantracker.test.Browser;
import org.citygov.plantracker.test.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The milestone plan editor in headless Chromium, on a fresh (non-demo) test deployment: an office
 * adds a step to its 前期 project's plan and sees it with its share; the city opens the portfolio
 * workbook page. Screenshots under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class MilestonePlanBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        WebArchive archive = Deployments.appWith(OfficesFixture.class, PortfolioFixtureServlet.class);
        String webXml;
        try (InputStream in = archive.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String open = "<url-pattern>/login.xhtml</url-pattern>";
        webXml = webXml.replace(open, open + "<url-pattern>" + PortfolioFixtureServlet.PATH + "</url-pattern>");
        archive.delete("WEB-INF/web.xml");
        return archive.setWebXML(new StringAsset(webXml));
    }

    @ArquillianResource
    URL base;

    private JsonNode fixture() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + PortfolioFixtureServlet.PATH.substring(1))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    private static void screenshot(WebDriver driver, String name) throws IOException {
        Path dir = Paths.get("target", "screenshots");
        Files.createDirectories(dir);
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void setValue(WebDriver driver, WebElement field, String text) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, text);
    }

    @Test
    @RunAsClient
    void anOfficeAddsAStepToItsPlanAndTheCityOpensThePortfolioPage() throws Exception {
        JsonNode data = fixture();
        String project = data.get("project").asText();
        try (Browser browser = Browser.open(base)) {
            WebDriver driver = browser.driver();
            browser.login(data.get("office").asText(), data.get("password").asText());
            browser.go("projects/project.xhtml?code=" + project);
            browser.waitFor(By.id("tabs:planForm:plan"));
            assertThat(driver.findElement(By.id("planHint")).getText()).contains("储备或前期");

            setValue(driver, driver.findElement(By.id("tabs:planForm:newNameZh")), "施工许可");
            driver.findElement(By.id("tabs:planForm:newNameEn")).sendKeys("Construction permit");
            WebElement date = driver.findElement(By.id("tabs:planForm:newBaseline_input"));
            setValue(driver, date, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusMonths(4).toString());
            screenshot(driver, "plan-adding");
            driver.findElement(By.id("tabs:planForm:add")).click();
            try {
                // the plan's names are in input fields (getText() does not show them): wait for the second row
                browser.waitUntil(d -> d.findElements(By.cssSelector("[id='tabs:planForm:plan_data'] tr")).size() == 2);
            } finally {
                screenshot(driver, "plan-added");
            }
            String table = driver.findElement(By.id("tabs:planForm:plan_data")).getText();
            // the fixture's step has weight 1, the new one 10: shares 9.1 % and 90.9 %
            assertThat(driver.findElements(By.cssSelector("[id='tabs:planForm:plan_data'] tr"))).hasSize(2);
            assertThat(driver.findElement(By.id("tabs:planForm:plan:1:share")).getText()).contains("90.9");
            assertThat(driver.findElement(By.id("tabs:milestoneForm:milestones_data")).getText()).contains("施工许可");
            assertThat(table).isNotBlank();
        }
        try (Browser browser = Browser.open(base)) {
            browser.login(data.get("city").asText(), data.get("password").asText());
            browser.go("admin/portfolio.xhtml");
            browser.waitFor(By.id("downloadForm:download"));
            assertThat(browser.driver().findElement(By.id("portfolioIntro")).getText()).contains("项目组合工作簿");
            screenshot(browser.driver(), "portfolio-page");

            // the upload: a file with a bad cell gets its problems by cell, nothing else
            WebDriver driver = browser.driver();
            String city = data.get("city").asText();
            String password = data.get("password").asText();
            String code = OfficesFixture.unique("BRW");
            Path bad = workbook(city, password, code, 120);
            driver.findElement(By.id("importForm:upload_input")).sendKeys(bad.toAbsolutePath().toString());
            browser.waitUntil(d -> !d.findElements(By.id("importForm:importProblems")).isEmpty());
            screenshot(driver, "portfolio-upload-problems");
            assertThat(driver.findElement(By.id("importSummary")).getText()).contains("1 个问题");
            assertThat(driver.findElement(By.id("importForm:importProblems")).getText())
                    .contains("里程碑 Milestones!K3").contains("0 至 100");
            assertThat(driver.findElements(By.id("importForm:confirmImport"))).isEmpty();

            // a good file: the preview lists the project to create; confirming imports it in the background
            Path good = workbook(city, password, code, 40);
            driver.findElement(By.id("importForm:upload_input")).sendKeys(good.toAbsolutePath().toString());
            browser.waitUntil(d -> !d.findElements(By.id("importForm:confirmImport")).isEmpty());
            screenshot(driver, "portfolio-upload-preview");
            assertThat(driver.findElement(By.id("importSummary")).getText()).contains("预览").contains("新建项目 1 个");
            assertThat(driver.findElement(By.id("importForm:importProjects")).getText()).contains("浏览器导入测试").contains("新建");
            driver.findElement(By.id("importForm:confirmImport")).click();
            browser.waitUntil(d -> d.findElement(By.id("importSummary")).getText().contains("已导入"));
            screenshot(driver, "portfolio-upload-imported");
            assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "api/v1/projects/" + code))
                    .header("Authorization", basic(city, password)).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(200);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The server's template with one 前期 project of a new unit and one milestone at {@code percent} %. */
    private Path workbook(String user, String password, String code, int percent) throws Exception {
        HttpResponse<InputStream> template = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "api/v1/portfolio/workbook/template")).header("Authorization", basic(user, password)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(template.statusCode()).isEqualTo(200);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(template.body())) {
            String unit = code + "-U";
            org.apache.poi.ss.usermodel.Row u = book.getSheet("项目单位 Lead units").createRow(2);
            u.createCell(0).setCellValue(unit);
            u.createCell(1).setCellValue("浏览器导入测试单位");
            org.apache.poi.ss.usermodel.Row p = book.getSheet("项目 Projects").createRow(2);
            String[] cells = {code, null, "浏览器导入测试体育公园", "Browser import park", "ZZ-PS-14", "C9.3", "J01", unit, "SPORTS",
                    "PREPARATION", "2027-01-01", "2028-12-31", "800"};
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] != null) {
                    p.createCell(i).setCellValue(cells[i]);
                }
            }
            org.apache.poi.ss.usermodel.Row m = book.getSheet("里程碑 Milestones").createRow(2);
            String[] milestone = {code, "1", "施工许可", "Permit", "PREPARATION", "10", "2027-03-31", "2027-03-31", "2027-03-31",
                    null, String.valueOf(percent)};
            for (int i = 0; i < milestone.length; i++) {
                if (milestone[i] != null) {
                    m.createCell(i).setCellValue(milestone[i]);
                }
            }
            Path file = Files.createTempFile("portfolio-" + percent + "-", ".xlsx");
            try (java.io.OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
            return file;
        }
    }
}
