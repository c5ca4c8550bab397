package org.citygov.plantracker.interfaces.web.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The city government reviews the library in headless Chromium with the demo users (the test server
 * runs in demo mode): a round is opened and the 金水区 office proposes a new reserve project (through
 * the API, as any client would); {@code city} signs in, opens the round and the proposal, approves
 * it with a comment, closes the round and reads the diff against the baseline — the new project
 * under its program and 区县(市), and the investment total changed by its amount.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LibraryBrowserIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "demo123";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    /** The demo users' password, or the password of a user the test made. */
    private final Map<String, String> passwords = new java.util.HashMap<>();

    JsonNode api(String method, String path, String user, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toExternalForm() + "api/v1/" + path))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + passwords.getOrDefault(user, PASSWORD)).getBytes(StandardCharsets.UTF_8)));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }

    @Test
    void theCityApprovesAProposalClosesTheRoundAndReadsTheDiff() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 6);
        String round = "BR-" + u;
        // codes after the demo's SMP-… so that the sample portfolio keeps the portfolio's first page
        String project = "XL-BR-" + u;
        String office = office().path("username").asText();
        String deadline = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20).toString();
        api("POST", "library/rounds", "city", Map.of("code", round, "nameZh", "浏览器测试轮次 " + u,
                "nameEn", "Browser round " + u, "fiscalYear", 2026, "submissionDeadline", deadline));
        api("POST", "library/snapshots", "city", Map.of("labelZh", "浏览器测试基线 " + u));
        long id = api("POST", "library/rounds/" + round + "/proposals", office, Map.ofEntries(
                Map.entry("kind", "ADD"), Map.entry("projectCode", project), Map.entry("nameZh", "金水区新建托育中心 " + u),
                Map.entry("nameEn", "Jinshui childcare centre " + u), Map.entry("description", "新建普惠托育机构一处，托位120个"),
                Map.entry("programCode", "C1.4"), Map.entry("jurisdictionCode", "J04"), Map.entry("category", "CHILDCARE"),
                Map.entry("plannedStart", "2026-06-01"), Map.entry("plannedFinish", "2027-12-31"),
                Map.entry("totalInvestment", 6000000),
                Map.entry("outputs", List.of(Map.of("targetCode", "C1.4-T9", "jurisdictionCode", "J04", "quantity", 120, "unit", "托位"))),
                Map.entry("funding", List.of(Map.of("sourceCode", "SPECIAL_BOND", "fiscalYear", 2026, "amount", 4000000),
                        Map.of("sourceCode", "DISTRICT_BUDGET", "fiscalYear", 2027, "amount", 2000000))),
                Map.entry("reason", "金水区托位缺口较大，申请新增入库"))).path("id").asLong();

        try (Browser browser = Browser.open(base)) {
            WebDriver driver = browser.driver();
            browser.login("city", PASSWORD).go("library/rounds.xhtml");
            browser.waitFor(By.id("rounds"));
            browser.screenshot("library-rounds-zh");
            driver.findElement(By.linkText(round)).click();

            browser.waitFor(By.id("roundPhase"));
            assertThat(driver.findElement(By.id("roundPhase")).getText()).isEqualTo("征集中");
            WebElement row = driver.findElement(By.xpath("//tbody[@id='proposalsForm:proposals_data']/tr[.//span[text()='" + project + "']]"));
            assertThat(row.getText()).contains("新增入库", "待审核", "600.00");
            browser.screenshot("library-round-zh");
            row.findElement(By.linkText(String.valueOf(id))).click();

            browser.waitFor(By.id("reviewForm:comment"));
            assertThat(driver.findElement(By.id("proposalStatus")).getText()).isEqualTo("待审核");
            assertThat(driver.findElement(By.id("changes")).getText()).contains("总投资", "600.00", "C1.4-T9 @ 金水区", "120");
            browser.screenshot("library-proposal-zh");
            driver.findElement(By.id("reviewForm:comment")).sendKeys("同意入库，请抓紧开展前期工作");
            driver.findElement(By.id("reviewForm:approve")).click();
            browser.waitUntil(d -> textOf(d, "proposalStatus").equals("已同意"));
            assertThat(driver.findElement(By.id("reviewComment")).getText()).isEqualTo("同意入库，请抓紧开展前期工作");

            browser.go("library/round.xhtml?code=" + round);
            browser.waitFor(By.id("cityForm:closeRound")).click();
            browser.waitFor(By.cssSelector(".ui-confirm-dialog button.ui-confirmdialog-yes")).click();
            browser.waitUntil(d -> textOf(d, "roundPhase").equals("已关闭"));
            assertThat(driver.findElement(By.xpath("//tbody[@id='proposalsForm:proposals_data']/tr[.//span[text()='" + project + "']]"))
                    .getText()).contains("已生效");

            driver.findElement(By.id("diffLink")).click();
            browser.waitFor(By.id("diffSummary"));
            WebElement entry = driver.findElement(By.id("entry-" + project));
            assertThat(entry.getText()).contains("新增", "金水区新建托育中心 " + u, "600.00");
            assertThat(driver.findElement(By.id("diffDetails")).getText()).contains("托育", "金水区");
            assertThat(driver.findElement(By.id("investmentDelta")).getText()).isEqualTo("+600.00");
            assertThat(driver.findElement(By.id("addedCount")).getText()).isEqualTo("1");
            browser.screenshot("library-diff-zh");

            Path downloads = Files.createTempDirectory("library-diff");
            ((ChromeDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            driver.findElement(By.id("exportForm:export")).click();
            browser.waitUntil(d -> workbook(downloads) != null);
            try (InputStream in = Files.newInputStream(workbook(downloads)); Workbook book = new XSSFWorkbook(in)) {
                Sheet details = book.getSheet("变化明细");
                boolean found = false;
                for (Row r : details) {
                    found |= r.getCell(2) != null && project.equals(r.getCell(2).getStringCellValue());
                }
                assertThat(found).as("the new project in the exported changes").isTrue();
                assertThat(book.getSheet("概况").getRow(0).getCell(0).getStringCellValue()).contains("示例");
            }

            browser.switchLanguage();
            browser.waitUntil(d -> textOf(d, "entry-" + project).contains("Added"));
            assertThat(driver.findElement(By.id("entry-" + project)).getText()).contains("Total investment");
            browser.screenshot("library-diff-en");
            browser.go("library/proposal.xhtml?id=" + id);
            browser.waitFor(By.id("proposalStatus"));
            assertThat(driver.findElement(By.id("proposalStatus")).getText()).isEqualTo("Applied");
            browser.screenshot("library-proposal-en");
            browser.go("library/rolling.xhtml?from=2026");
            browser.waitFor(By.id("unservedCount"));
            browser.screenshot("library-rolling-en");
            browser.go("library/snapshots.xhtml");
            browser.waitFor(By.id("snapshots"));
            browser.screenshot("library-snapshots-en");
            browser.go("library/carryover.xhtml");
            browser.waitFor(By.id("history"));
            browser.screenshot("library-carryover-en");
        }
    }

    /** The element's text, or "" while the page is being replaced (a full-page post, a redirect). */
    private static String textOf(WebDriver driver, String id) {
        try {
            return driver.findElement(By.id(id)).getText();
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return "";
        }
    }

    private static Path workbook(Path folder) {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /**
     * A project-office user of a new lead unit, made through the test deployment's fixture API: the
     * library's changes stay out of the demo data (whose units hold sample projects only).
     */
    private JsonNode office() throws Exception {
        JsonNode office = api("POST", "test/library/office", "admin", Map.of());
        passwords.put(office.path("username").asText(), office.path("password").asText());
        return office;
    }

    @Test
    void theCityTakesBackAnApprovalOnTheProposalPage() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 6);
        JsonNode made = office();
        String office = made.path("username").asText();
        String project = "XL-BT-" + u;
        api("POST", "test/library/projects", "admin", Map.of("unit", made.path("unit").asText(), "code", project));
        String round = "BT-" + u;
        api("POST", "library/rounds", "city", Map.of("code", round, "nameZh", "撤销同意测试轮次 " + u, "fiscalYear", 2026,
                "submissionDeadline", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10).toString()));
        JsonNode submitted = api("POST", "library/rounds/" + round + "/proposals", office,
                Map.of("kind", "WITHDRAW", "projectCode", project, "reason", "选址调整，不再建设"));
        long id = submitted.path("id").asLong();
        api("POST", "library/proposals/" + id + "/decision", "city",
                Map.of("version", submitted.path("version").asLong(), "decision", "APPROVE"));

        try (Browser browser = Browser.open(base)) {
            WebDriver driver = browser.driver();
            browser.login("city", PASSWORD).go("library/proposal.xhtml?id=" + id);
            browser.waitFor(By.id("reopenForm:reopenComment"));
            assertThat(driver.findElement(By.id("proposalStatus")).getText()).isEqualTo("已同意");
            assertThat(driver.findElements(By.id("reviewForm:approve"))).as("already decided").isEmpty();
            driver.findElement(By.id("reopenForm:reopenComment")).sendKeys("选址仍可行，撤销同意");
            browser.screenshot("library-proposal-reopen-zh");
            driver.findElement(By.id("reopenForm:reopen")).click();
            browser.waitUntil(d -> textOf(d, "proposalStatus").equals("待审核"));
            assertThat(driver.findElement(By.id("reviewComment")).getText()).isEqualTo("选址仍可行，撤销同意");
            assertThat(driver.findElements(By.id("reviewForm:reject"))).as("to be decided again").isNotEmpty();
            assertThat(driver.findElements(By.id("reopenForm:reopen"))).isEmpty();
        }
    }

    @Test
    void anOfficeProposesAnAdjustmentSeesBeforeAndAfterAndRecordsAReadinessDocument() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 6);
        JsonNode made = office();
        String office = made.path("username").asText();
        String project = "XL-BS-" + u;
        api("POST", "test/library/projects", "admin", Map.of("unit", made.path("unit").asText(), "code", project));
        String round = "BO-" + u;
        api("POST", "library/rounds", "city", Map.of("code", round, "nameZh", "项目单位测试轮次 " + u, "fiscalYear", 2026,
                "submissionDeadline", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10).toString()));

        try (Browser browser = Browser.open(base)) {
            WebDriver driver = browser.driver();
            browser.login(office, passwords.get(office)).go("library/round.xhtml?code=" + round);
            browser.waitFor(By.id("proposeForm:project")).click();
            browser.waitFor(By.cssSelector("#proposeForm\\:project_panel.ui-connected-overlay-enter-done li[data-label^='"
                    + project + "']")).click();
            browser.screenshot("library-round-office-zh");
            driver.findElement(By.id("proposeForm:goPropose")).click();

            browser.waitFor(By.id("proposal:totalInvestment"));
            assertThat(driver.findElement(By.id("proposal:nameZh")).getAttribute("value")).isEqualTo("储备项目 " + project);
            WebElement investment = driver.findElement(By.id("proposal:totalInvestment"));
            // issue 16 item 3: "-5" is refused at the field, as typed, and nothing is proposed
            investment.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "-5");
            driver.findElement(By.id("proposal:reason")).sendKeys("设计深化后投资增加");
            driver.findElement(By.id("proposal:submit")).click();
            WebElement refused = browser.waitFor(By.cssSelector("[id='proposal:totalInvestment'] ~ .ui-message-error"));
            assertThat(refused.getText()).contains("总投资估算", "-5", "负数");
            assertThat(driver.findElement(By.id("proposal:totalInvestment")).getAttribute("value")).isEqualTo("-5");
            assertThat(driver.findElements(By.id("proposalStatus"))).isEmpty();
            // once, at the field: the summary above the form does not repeat it (issue 16 item 7)
            assertThat(driver.findElement(By.id("proposal:messages")).getText()).doesNotContain("负数");
            investment = driver.findElement(By.id("proposal:totalInvestment"));
            investment.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "360");
            // a rule of the proposal (a name is required) is said at its field too, and only there
            driver.findElement(By.id("proposal:nameZh")).clear();
            driver.findElement(By.id("proposal:submit")).click();
            WebElement nameRefused = browser.waitFor(By.cssSelector("[id='proposal:nameZh'] ~ .ui-message-error"));
            assertThat(nameRefused.getText()).isNotBlank();
            String nameMessage = nameRefused.getText();
            assertThat(driver.findElement(By.id("proposal:messages")).getText()).doesNotContain(nameMessage);
            assertThat(driver.findElements(By.id("proposalStatus"))).isEmpty();
            driver.findElement(By.id("proposal:nameZh")).sendKeys("储备项目 " + project);
            investment = driver.findElement(By.id("proposal:totalInvestment"));
            // the accepted amount is kept (shown as the converter writes it, 360.00)
            assertThat(new java.math.BigDecimal(investment.getAttribute("value"))).isEqualByComparingTo("360");
            assertThat(driver.findElement(By.id("proposal:reason")).getAttribute("value")).isEqualTo("设计深化后投资增加");
            browser.screenshot("library-form-adjust-zh");
            driver.findElement(By.id("proposal:submit")).click();

            browser.waitFor(By.id("proposalStatus"));
            assertThat(driver.findElement(By.id("proposalStatus")).getText()).isEqualTo("待审核");
            assertThat(driver.findElement(By.id("changes")).getText()).contains("总投资", "300.00", "360.00");
            assertThat(driver.findElements(By.id("reviewForm:approve"))).as("an office cannot review").isEmpty();
            browser.screenshot("library-proposal-office-zh");

            browser.go("library/project.xhtml?code=" + project);
            browser.waitFor(By.id("evidenceForm:documentRef")).sendKeys("郑自然资预〔2026〕101号");
            WebElement date = driver.findElement(By.id("evidenceForm:documentDate_input"));
            date.sendKeys(LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3).toString());
            date.sendKeys(org.openqa.selenium.Keys.ESCAPE);
            driver.findElement(By.id("evidenceForm:record")).click();
            browser.waitUntil(d -> textOf(d, "gate-LAND").contains("郑自然资预〔2026〕101号"));
            assertThat(driver.findElement(By.id("readinessVerdict")).getText()).isEqualTo("尚不具备转入新开工的条件。");
            browser.screenshot("library-project-office-zh");

            browser.go("library/proposal-form.xhtml?round=" + round + "&kind=ADD");
            browser.waitFor(By.id("proposal:projectCode"));
            browser.screenshot("library-form-add-zh");

            browser.go("library/snapshots.xhtml");
            browser.waitUntil(d -> d.getPageSource().contains("403") || d.getTitle().contains("无权"));
        }
    }
}
