package org.citygov.plantracker.interfaces.web.offices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citygov.plantracker.application.offices.OfficesFixture;
import org.citygov.plantracker.infrastructure.spreadsheet.MilestoneWorkbook.Column;
import org.citygov.plantracker.test.Browser;
import org.citygov.plantracker.test.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offices' pages in headless Chromium: an office updates a milestone in place, files a monthly
 * report and finds both in the history tab; a crafted post for another unit's project is refused;
 * the workbook upload lists a bad row; the city government reviews a re-baseline. Screenshots of
 * each page go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class OfficesBrowserIT {

    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        WebArchive archive = Deployments.appWith(OfficesFixture.class, OfficesFixtureServlet.class);
        String webXml;
        try (InputStream in = archive.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String open = "<url-pattern>/login.xhtml</url-pattern>";
        webXml = webXml.replace(open, open + "<url-pattern>" + OfficesFixtureServlet.PATH + "</url-pattern>");
        archive.delete("WEB-INF/web.xml");
        return archive.setWebXML(new StringAsset(webXml));
    }

    @ArquillianResource
    URL base;

    /** The fixture servlet's answer (JSON read with Jackson: no JSON-P provider on the client). */
    private Data fixture(String query) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + OfficesFixtureServlet.PATH.substring(1) + "?" + query)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return new Data(new ObjectMapper().readTree(response.body()));
    }

    record Data(JsonNode json) {
        String getString(String name) {
            return json.get(name).asText();
        }

        int getInt(String name) {
            return json.get(name).asInt();
        }
    }

    /** The whole page as a PNG (and its HTML) under target/screenshots. */
    static void screenshot(WebDriver driver, String name) throws IOException {
        Path dir = Paths.get("target", "screenshots");
        Files.createDirectories(dir);
        Number height = (Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight,"
                        + " document.querySelector('main') ? document.querySelector('main').getBoundingClientRect().bottom + window.scrollY : 0)");
        driver.manage().window().setSize(new Dimension(1400, (int) Math.min(Math.max(height.intValue() + 120, 900), 5000)));
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
        driver.manage().window().setSize(new Dimension(1400, 1000));
    }

    /**
     * Types into a field. Chromium's driver does not type CJK characters here, so Chinese text is
     * set as a user's input method would leave it: the value, then input and change events.
     */
    static void type(WebDriver driver, WebElement field, String text) {
        if (text.chars().allMatch(c -> c < 128)) {
            field.sendKeys(text);
            return;
        }
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, text);
    }

    private static void openTab(Browser browser, String tabId) {
        browser.waitFor(By.cssSelector("a[href='#tabs:" + tabId + "']")).click();
        browser.waitFor(By.id("tabs:" + tabId));
    }

    @Test
    @RunAsClient
    void anOfficeUpdatesAMilestoneFilesAReportAndSeesBothInTheHistory() throws Exception {
        Data data = fixture("action=setup");
        String project = data.getString("project");
        try (Browser browser = Browser.open(base)) {
            WebDriver driver = browser.driver();
            browser.login(data.getString("office"), data.getString("password"));
            browser.go("projects/project.xhtml?code=" + project);
            browser.waitFor(By.id("tabs:milestoneForm:milestones"));
            screenshot(driver, "project-zh");

            // the second milestone, edited in place
            WebElement row = browser.waitFor(By.cssSelector("[id='tabs:milestoneForm:milestones_data'] tr[data-ri='1']"));
            row.findElement(By.cssSelector("a.ui-row-editor-pencil")).click();
            WebElement percent = browser.waitFor(By.id("tabs:milestoneForm:milestones:1:percentComplete_input"));
            percent.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "60");
            WebElement note = driver.findElement(By.id("tabs:milestoneForm:milestones:1:note"));
            note.clear();
            type(driver, note, "浏览器中更新：主体结构施工过半");
            screenshot(driver, "milestone-editing");
            row.findElement(By.cssSelector("a.ui-row-editor-check")).click();
            try {
                browser.waitUntil(d -> d.findElement(By.cssSelector(
                        "[id='tabs:milestoneForm:milestones_data'] tr[data-ri='1']")).getText().contains("60%"));
            } finally {
                screenshot(driver, "milestone-saved");
            }
            assertThat(driver.findElement(By.id("tabs:milestoneForm:milestones_data")).getText())
                    .contains("浏览器中更新：主体结构施工过半");

            // the monthly report
            browser.waitFor(By.id("fileReport")).click();
            browser.waitFor(By.id("reportForm:investmentThisMonth")).sendKeys("120");
            driver.findElement(By.id("reportForm:cumulativeInvestment")).sendKeys("830");
            driver.findElement(By.id("reportForm:physicalProgress_input")).sendKeys("45");
            type(driver, driver.findElement(By.id("reportForm:problems")), "雨季影响土方外运");
            type(driver, driver.findElement(By.id("reportForm:coordinationRows:0:department")), "市城乡建设局");
            type(driver, driver.findElement(By.id("reportForm:coordinationRows:0:request")), "协调渣土消纳场地");
            Path photo = Files.createTempFile("site-photo", ".png");
            Files.write(photo, PNG);
            driver.findElement(By.id("reportForm:evidence_input")).sendKeys(photo.toAbsolutePath().toString());
            screenshot(driver, "report-form-zh");
            driver.findElement(By.id("reportForm:submitReport")).click();
            browser.waitFor(By.id("tabs:milestoneForm:milestones"));
            assertThat(driver.getPageSource()).contains("已填报");

            // both in the history tab
            openTab(browser, "historyTab");
            String history = browser.waitFor(By.id("tabs:historyTable")).getText();
            assertThat(history).contains("更新里程碑", "完成百分比", "60", "填报月度调度", "上传佐证材料",
                    data.getString("office"));
            screenshot(driver, "history-zh");
            openTab(browser, "reportsTab");
            assertThat(browser.waitFor(By.id("tabs:reports")).getText()).contains("市城乡建设局", "site-photo");
            screenshot(driver, "reports-zh");
            openTab(browser, "scheduleTab");
            browser.waitFor(By.cssSelector("[id='tabs:gantt'] .vis-item"));
            screenshot(driver, "schedule-zh");
            openTab(browser, "baselinesTab");
            screenshot(driver, "baselines-zh");

            // the same page in English
            browser.switchLanguage();
            browser.waitFor(By.id("tabs:milestoneForm:milestones"));
            openTab(browser, "historyTab");
            assertThat(browser.waitFor(By.id("tabs:historyTable")).getText())
                    .contains("Milestone updated", "Monthly report filed");
            screenshot(driver, "history-en");
            openTab(browser, "scheduleTab");
            screenshot(driver, "schedule-en");
            browser.go("offices/report.xhtml?code=" + project);
            browser.waitFor(By.id("reportForm:submitReport"));
            screenshot(driver, "report-form-en");
        }
        assertThat(fixture("action=reports&code=" + project).getInt("count")).isEqualTo(1);
    }

    private HttpResponse<String> api(String user, String password, String method, String path, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/v1/" + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Issue 16 item 0: a percent typed and saved at once is the percent stored, every time. The row
     * editor focuses the row's first input (the forecast date); a calendar that opened by itself
     * there took the focus back while the percent was being typed, and the first save kept the old
     * percent. Twenty rounds: pencil, type (no click first, as a fast user or a test does), check mark.
     */
    @Test
    @RunAsClient
    void aPercentTypedRightBeforeSavingIsSavedTwentyTimesInARow() throws Exception {
        Data data = fixture("action=setup");
        String project = data.getString("project");
        String rows = "[id='tabs:milestoneForm:milestones_data'] tr[data-ri='1']";
        try (Browser browser = Browser.open(base)) {
            WebDriver driver = browser.driver();
            browser.login(data.getString("office"), data.getString("password"));
            browser.go("projects/project.xhtml?code=" + project);
            browser.waitFor(By.id("tabs:milestoneForm:milestones"));
            for (int round = 1; round <= 20; round++) {
                String percent = String.valueOf(round * 3);
                WebElement row = browser.waitFor(By.cssSelector(rows));
                row.findElement(By.cssSelector("a.ui-row-editor-pencil")).click();
                browser.waitFor(By.id("tabs:milestoneForm:milestones:1:percentComplete_input"))
                        .sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), percent);
                // no calendar opened by itself over the rows above
                assertThat(driver.findElements(By.cssSelector(".ui-datepicker-panel")).stream()
                        .filter(WebElement::isDisplayed).count()).as("open calendars, round %d", round).isZero();
                row.findElement(By.cssSelector("a.ui-row-editor-check")).click();
                int expected = round * 3;
                browser.waitUntil(d -> d.findElement(By.cssSelector(rows)).getText().contains(expected + "%")
                        && d.findElements(By.cssSelector(rows + ".ui-row-editing")).isEmpty());
                JsonNode stored = new ObjectMapper().readTree(api(data.getString("office"), data.getString("password"),
                        "GET", "projects/" + project + "/milestones", null).body()).get(1);
                assertThat(stored.get("percentComplete").asInt()).as("round %d", round).isEqualTo(expected);
            }
        }
    }

    /**
     * Issue 16 items 6 and 7: a refused inline edit says what is wrong at the field, with the field's
     * label and never an internal id, keeps what was typed, and says it once; a save that changes
     * nothing says 未修改.
     */
    @Test
    @RunAsClient
    void inlineEditingMessagesAreAtTheFieldKeepTheInputAndSayUnchanged() throws Exception {
        Data data = fixture("action=setup");
        String project = data.getString("project");
        String rows = "[id='tabs:milestoneForm:milestones_data'] tr[data-ri='1']";
        try (Browser browser = Browser.open(base)) {
            WebDriver driver = browser.driver();
            browser.login(data.getString("office"), data.getString("password"));
            browser.go("projects/project.xhtml?code=" + project);
            browser.waitFor(By.id("tabs:milestoneForm:milestones"));

            // nothing changed
            WebElement row = browser.waitFor(By.cssSelector(rows));
            row.findElement(By.cssSelector("a.ui-row-editor-pencil")).click();
            browser.waitFor(By.id("tabs:milestoneForm:milestones:1:percentComplete_input"));
            row.findElement(By.cssSelector("a.ui-row-editor-check")).click();
            browser.waitUntil(d -> d.getPageSource().contains("未修改"));
            assertThat(driver.getPageSource()).doesNotContain("已保存里程碑");

            // a forecast in the past is refused at the field and stays as typed
            row = browser.waitFor(By.cssSelector(rows));
            row.findElement(By.cssSelector("a.ui-row-editor-pencil")).click();
            WebElement forecast = browser.waitFor(By.id("tabs:milestoneForm:milestones:1:forecast_input"));
            forecast.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "2020-01-06");
            browser.waitFor(By.cssSelector(rows + " a.ui-row-editor-check")).click();
            WebElement message;
            try {
                message = browser.waitFor(By.cssSelector("[id='tabs:milestoneForm:milestones:1:forecast'] ~ .pt-cell-message, "
                    + "[id='tabs:milestoneForm:milestones:1:forecast_input'] ~ .pt-cell-message, .pt-cell-message.ui-message-error"));
            } finally {
                screenshot(driver, "milestone-refused-at-field");
            }
            // read again: the row may still be re-rendered by the answer right after the message first shows
            String atField = "[id='tabs:milestoneForm:milestones:1:forecast'] ~ .pt-cell-message";
            browser.waitUntil(d -> d.findElement(By.cssSelector(atField)).getText().contains("2020-01-06"));
            assertThat(driver.findElement(By.cssSelector(atField)).getText()).contains("预计完成日期", "2020-01-06")
                    .doesNotContain("tabs:");
            assertThat(driver.getPageSource()).doesNotContain("tabs:milestoneForm:milestones:1:forecast:")
                    .doesNotContain("milestoneForm:milestones:1:forecast：");
            assertThat(driver.findElement(By.id("tabs:milestoneForm:milestones:1:forecast_input")).getAttribute("value"))
                    .isEqualTo("2020-01-06");
            // once: not again in the growl
            assertThat(driver.findElements(By.cssSelector(".ui-growl-message")).stream()
                    .filter(m -> m.getText().contains("2020-01-06")).count()).isZero();

            // a text that is no date: refused at the field in the user's words, and kept as typed (keepInvalid)
            forecast = driver.findElement(By.id("tabs:milestoneForm:milestones:1:forecast_input"));
            forecast.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "2026-13-45");
            browser.waitFor(By.cssSelector(rows + " a.ui-row-editor-check")).click();
            browser.waitUntil(d -> d.findElement(By.cssSelector(atField)).getText().contains("2026-13-45"));
            assertThat(driver.findElement(By.cssSelector(atField)).getText()).contains("预计日期", "不是有效的日期")
                    .doesNotContain("tabs:");
            assertThat(driver.findElement(By.id("tabs:milestoneForm:milestones:1:forecast_input")).getAttribute("value"))
                    .isEqualTo("2026-13-45");
        }
    }

    /**
     * Issue 16 item 5: the language switch on every office form keeps the project (?code=) and the
     * page; a form opened without a project says so instead of staying blank.
     */
    @Test
    @RunAsClient
    void theLanguageSwitchKeepsTheProjectOnEveryOfficeFormAndAMissingProjectIsSaid() throws Exception {
        Data data = fixture("action=setup");
        String project = data.getString("project");
        try (Browser browser = Browser.open(base)) {
            WebDriver driver = browser.driver();
            browser.login(data.getString("office"), data.getString("password"));
            for (String page : java.util.List.of("offices/report.xhtml", "offices/rebaseline.xhtml", "offices/stage.xhtml")) {
                browser.go(page + "?code=" + project);
                browser.waitFor(By.cssSelector("main"));
                assertThat(driver.getPageSource()).as(page).contains(project);
                browser.switchLanguage();
                assertThat(driver.getCurrentUrl()).as(page + " in English").contains("code=" + project);
                assertThat(driver.findElement(By.tagName("main")).getText()).as(page + " in English").contains(project);
                assertThat(driver.findElements(By.id("missingCode"))).isEmpty();
                screenshot(driver, page.replace("offices/", "").replace(".xhtml", "") + "-en");
                browser.switchLanguage();
                assertThat(driver.getCurrentUrl()).as(page + " back in Chinese").contains("code=" + project);
                screenshot(driver, page.replace("offices/", "").replace(".xhtml", "") + "-zh");

                browser.go(page);
                assertThat(browser.waitFor(By.id("missingCode")).getText()).contains("?code=");
            }
        }
    }

    @Test
    @RunAsClient
    void twoUsersEditingTheSameMilestoneOnThePageGetAConflictNotALostUpdate() throws Exception {
        Data data = fixture("action=setup");
        String project = data.getString("project");
        try (Browser browser = Browser.open(base)) {
            WebDriver driver = browser.driver();
            browser.login(data.getString("office"), data.getString("password"));
            browser.go("projects/project.xhtml?code=" + project);
            WebElement row = browser.waitFor(By.cssSelector("[id='tabs:milestoneForm:milestones_data'] tr[data-ri='0']"));
            row.findElement(By.cssSelector("a.ui-row-editor-pencil")).click();
            browser.waitFor(By.id("tabs:milestoneForm:milestones:0:percentComplete_input"))
                    .sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "10");

            // meanwhile the city government saves the same milestone
            JsonNode milestone = new ObjectMapper().readTree(api(data.getString("city"), data.getString("password"),
                    "GET", "projects/" + project + "/milestones", null).body()).get(0);
            HttpResponse<String> cityEdit = api(data.getString("city"), data.getString("password"), "PUT",
                    "projects/" + project + "/milestones/" + milestone.get("id").asLong(),
                    "{\"version\": " + milestone.get("version").asLong() + ", \"percentComplete\": 35}");
            assertThat(cityEdit.statusCode()).isEqualTo(200);

            row.findElement(By.cssSelector("a.ui-row-editor-check")).click();
            browser.waitUntil(d -> d.getPageSource().contains("在您打开后已被他人修改"));
            browser.waitUntil(d -> d.findElement(By.cssSelector(
                    "[id='tabs:milestoneForm:milestones_data'] tr[data-ri='0']")).getText().contains("35%"));
            screenshot(driver, "milestone-conflict");
        }
        HttpResponse<String> after = api(data.getString("office"), data.getString("password"), "GET",
                "projects/" + project + "/milestones", null);
        assertThat(new ObjectMapper().readTree(after.body()).get(0).get("percentComplete").asInt()).isEqualTo(35);
    }

    @Test
    @RunAsClient
    void aCraftedPostForAnotherUnitsProjectIsRefusedAndChangesNothing() throws Exception {
        Data data = fixture("action=setup");
        String other = data.getString("otherProject");
        try (Browser browser = Browser.open(base)) {
            WebDriver driver = browser.driver();
            browser.login(data.getString("office"), data.getString("password"));

            // opening the other unit's pages directly is refused
            browser.go("offices/report.xhtml?code=" + other);
            assertThat(driver.getPageSource()).contains("属于其他项目单位");
            assertThat(driver.findElements(By.id("reportForm:submitReport"))).isEmpty();

            // the own form, posted with the other unit's project code
            browser.go("offices/report.xhtml?code=" + data.getString("project"));
            browser.waitFor(By.id("reportForm:investmentThisMonth")).sendKeys("1");
            driver.findElement(By.id("reportForm:cumulativeInvestment")).sendKeys("1");
            driver.findElement(By.id("reportForm:physicalProgress_input")).sendKeys("1");
            ((JavascriptExecutor) driver).executeScript(
                    "document.getElementById('reportForm:projectCode').value = arguments[0];", other);
            driver.findElement(By.id("reportForm:submitReport")).click();
            browser.waitUntil(d -> d.getPageSource().contains("属于其他项目单位"));
            screenshot(driver, "crafted-post-refused");
        }
        assertThat(fixture("action=reports&code=" + other).getInt("count")).isZero();
        assertThat(fixture("action=audit&code=" + other).getInt("count")).isZero();
    }

    /**
     * Issue 16 item 3 on the monthly report: an amount in 万元 is read exactly as typed. "-5" and
     * twenty 9s are refused at their fields with the field's label, the inputs keep what was typed
     * (no widget turning "-5" into 5 or cutting the 9s), and nothing is filed.
     */
    @Test
    @RunAsClient
    void theMonthlyReportRefusesANegativeOrHugeAmountAtTheFieldAndKeepsWhatWasTyped() throws Exception {
        Data data = fixture("action=setup");
        String project = data.getString("project");
        String nines = "9".repeat(20);
        try (Browser browser = Browser.open(base)) {
            WebDriver driver = browser.driver();
            browser.login(data.getString("office"), data.getString("password"));
            browser.go("offices/report.xhtml?code=" + project);
            browser.waitFor(By.id("reportForm:investmentThisMonth")).sendKeys("-5");
            driver.findElement(By.id("reportForm:cumulativeInvestment")).sendKeys(nines);
            driver.findElement(By.id("reportForm:physicalProgress_input")).sendKeys("45");
            driver.findElement(By.id("reportForm:submitReport")).click();
            String month = "[id='reportForm:investmentThisMonth'] ~ .ui-message-error";
            String cumulative = "[id='reportForm:cumulativeInvestment'] ~ .ui-message-error";
            browser.waitFor(By.cssSelector(month));
            screenshot(driver, "report-amounts-refused");
            assertThat(driver.findElement(By.cssSelector(month)).getText()).contains("本月完成投资", "-5", "负数");
            assertThat(driver.findElement(By.cssSelector(cumulative)).getText()).contains("累计完成投资", nines, "上限");
            assertThat(driver.findElement(By.id("reportForm:investmentThisMonth")).getAttribute("value")).isEqualTo("-5");
            assertThat(driver.findElement(By.id("reportForm:cumulativeInvestment")).getAttribute("value")).isEqualTo(nines);
            // once, at the field: not again in the growl
            assertThat(driver.findElements(By.cssSelector(".ui-growl-message")).stream()
                    .filter(m -> m.getText().contains(nines) || m.getText().contains("-5")).count()).isZero();
        }
        assertThat(fixture("action=reports&code=" + project).getInt("count")).isZero();
    }

    @Test
    @RunAsClient
    void myProjectsListsWhatToDoAndAWorkbookWithABadRowIsRefusedCellByCell() throws Exception {
        Data data = fixture("action=setup");
        String office = data.getString("office");
        int auditBefore = fixture("action=audit&code=" + data.getString("project")).getInt("count");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "api/v1/milestones/workbook"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (office + ":" + data.getString("password")).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        Path edited = Files.createTempFile("milestones", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            workbook.getSheetAt(0).getRow(1).getCell(Column.PERCENT.ordinal()).setCellValue(30);
            workbook.getSheetAt(0).getRow(2).getCell(Column.PERCENT.ordinal()).setCellValue(150);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            Files.write(edited, out.toByteArray());
        }
        try (Browser browser = Browser.open(base)) {
            WebDriver driver = browser.driver();
            browser.login(office, data.getString("password"));
            browser.waitFor(By.id("navMyProjects")).click();
            String table = browser.waitFor(By.id("myProjects")).getText();
            assertThat(table).contains(data.getString("project")).containsAnyOf("上月月度调度缺报", "以前月份有缺报");
            screenshot(driver, "my-projects-zh");

            driver.findElement(By.cssSelector("[id='workbookForm:uploadWorkbook'] input[type=file]"))
                    .sendKeys(edited.toAbsolutePath().toString());
            String errors = browser.waitFor(By.id("workbookForm:uploadErrors")).getText();
            assertThat(errors).contains("K3").contains("0 到 100");
            screenshot(driver, "workbook-refused-zh");
        }
        assertThat(fixture("action=audit&code=" + data.getString("project")).getInt("count")).isEqualTo(auditBefore);
    }

    @Test
    @RunAsClient
    void theCityGovernmentApprovesAPendingRebaseline() throws Exception {
        Data data = fixture("action=setup");
        try (Browser browser = Browser.open(base)) {
            WebDriver driver = browser.driver();
            // issue 16 item 16: the office opening the re-baseline form while a request is pending is told so
            // first, before it can fill anything in
            browser.login(data.getString("office"), data.getString("password"));
            browser.go("offices/rebaseline.xhtml?code=" + data.getString("project"));
            assertThat(browser.waitFor(By.id("alreadyPending")).getText()).contains(data.getString("project"));
            assertThat(driver.findElements(By.id("rebaselineForm"))).isEmpty();
            assertThat(driver.findElement(By.tagName("main")).findElements(By.cssSelector("textarea, input[type='text']")))
                    .as("nothing to fill in").isEmpty();
            screenshot(driver, "rebaseline-already-pending-zh");
            driver.findElement(By.id("headerForm:logout")).click();
            browser.waitUntil(d -> d.findElements(By.id("headerForm:whoami")).isEmpty());

            browser.login(data.getString("city"), data.getString("password"));
            browser.waitFor(By.id("navRebaselines")).click();
            browser.waitFor(By.id("reviewForm:requests"));
            WebElement request = driver.findElements(By.cssSelector(".pt-request")).stream()
                    .filter(e -> e.getText().contains(data.getString("project"))).findFirst().orElseThrow();
            screenshot(driver, "rebaseline-review-zh");
            type(driver, request.findElement(By.cssSelector("textarea")), "同意顺延");
            request.findElement(By.xpath(".//button[contains(., '批准')]")).click();
            browser.waitUntil(d -> d.getPageSource().contains("已批准项目 " + data.getString("project")));

            browser.go("projects/project.xhtml?code=" + data.getString("project"));
            openTab(browser, "baselinesTab");
            assertThat(browser.waitFor(By.id("tabs:baselineTable")).getText()).contains("调整 1");
            openTab(browser, "historyTab");
            assertThat(browser.waitFor(By.id("tabs:historyTable")).getText()).contains("批准基线调整");
            screenshot(driver, "project-after-approval-zh");
        }
    }
}
