package org.citygov.plantracker.interfaces.web.exports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 items 1 and 15: every export the pages and the API offer, opened as a user would get it.
 * No cell may hold template code ({@code #{…}}), every table workbook has its header frozen and
 * filtered, amounts and dates are real numbers and dates, and a few cells match the table on screen.
 * Runs on the demo portfolio (the test server runs in demo mode).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportsBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    /** Who sees which pages with exports. */
    private static final Map<String, List<String>> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("finance", List.of("finance/dashboard.xhtml", "finance/lines.xhtml", "finance/review.xhtml",
                "finance/project.xhtml?code=SMP-HOSP-02", "finance/projects.xhtml", "finance/flags.xhtml",
                "finance/sources.xhtml"));
        PAGES.put("city", List.of("cockpit/projects.xhtml", "cockpit/targets.xhtml", "projects/list.xhtml"));
    }

    @Test
    void everyExportThePagesOfferHoldsValuesNotTemplateCode() throws Exception {
        List<String> opened = new ArrayList<>();
        for (Map.Entry<String, List<String>> user : PAGES.entrySet()) {
            try (Browser browser = Browser.open(base)) {
                Path downloads = downloadsFor(browser);
                browser.login(user.getKey(), "demo123");
                for (String page : user.getValue()) {
                    browser.go(page);
                    browser.waitFor(By.cssSelector("main"));
                    List<WebElement> buttons = browser.driver().findElements(By.cssSelector(
                            "button:has(.pi-file-excel), button:has(.pi-file)"));
                    assertThat(buttons).as("export buttons on %s", page).isNotEmpty();
                    for (int i = 0; i < buttons.size(); i++) {
                        // buttons in tabs not shown are clicked as the tab would: by script
                        WebElement button = browser.driver().findElements(By.cssSelector(
                                "button:has(.pi-file-excel), button:has(.pi-file)")).get(i);
                        Path file = download(browser, downloads, button);
                        check(page, file);
                        opened.add(page + " → " + file.getFileName());
                    }
                }
            }
        }
        // five finance tables + the dashboard's source × year and group tables, cockpit xlsx + csv twice, portfolio
        assertThat(opened).as("exports opened: %s", opened).hasSizeGreaterThanOrEqualTo(14);
        assertThat(opened.stream().map(s -> s.substring(s.indexOf('→') + 2)).collect(Collectors.toSet()))
                .contains("funding-lines.xlsx", "funding-review-queue.xlsx", "funding-SMP-HOSP-02.xlsx",
                        "funding-byDistrict.xlsx", "money-vs-works.xlsx");
    }

    @Test
    void theExportedFundingLinesAndRedAmberListMatchTheTablesOnScreen() throws Exception {
        try (Browser browser = Browser.open(base)) {
            Path downloads = downloadsFor(browser);
            browser.login("finance", "demo123").go("finance/lines.xhtml");
            List<WebElement> cells = browser.waitFor(By.cssSelector("[id='linesForm:lines_data'] > tr"))
                    .findElements(By.tagName("td"));
            String code = cells.get(0).findElement(By.cssSelector(".pt-code")).getText();
            String district = cells.get(1).getText();
            String year = cells.get(3).getText();
            BigDecimal requested = new BigDecimal(cells.get(4).getText().replace(",", ""));
            Path file = download(browser, downloads, browser.driver().findElement(By.id("linesForm:exportLines")));
            try (Workbook book = open(file)) {
                Sheet sheet = book.getSheetAt(0);
                Row header = sheet.getRow(1);
                Row first = sheet.getRow(2);
                assertThat(first.getCell(0).getStringCellValue()).startsWith(code);
                assertThat(first.getCell(1).getStringCellValue()).isEqualTo(district);
                assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(Double.parseDouble(year));
                assertThat(first.getCell(4).getCellType()).as("requested is a number").isEqualTo(CellType.NUMERIC);
                assertThat(BigDecimal.valueOf(first.getCell(4).getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP))
                        .isEqualByComparingTo(requested);
                assertThat(header.getCell(4).getStringCellValue()).contains("万元");
            }

            browser.go("cockpit/projects.xhtml");
            List<WebElement> risk = browser.waitFor(By.cssSelector("[id='projectsForm:projects_data'] > tr"))
                    .findElements(By.tagName("td"));
            String riskCode = risk.get(0).getText();
            String leadUnit = risk.get(3).getText();
            assertThat(leadUnit).as("a lead unit's name, not its code").doesNotStartWith("SMP-").isNotBlank();
            WebElement xlsx = browser.driver().findElement(By.cssSelector("button:has(.pi-file-excel)"));
            try (Workbook book = open(download(browser, downloads, xlsx))) {
                Row first = book.getSheetAt(0).getRow(1);
                assertThat(first.getCell(0).getStringCellValue()).isEqualTo(riskCode);
                assertThat(first.getCell(3).getStringCellValue()).isEqualTo(leadUnit);
            }
        }
    }

    @Test
    void theApiExportsHoldValuesNotTemplateCode() throws Exception {
        // the office's milestone workbook
        HttpResponse<byte[]> workbook = get("office-health", "api/v1/milestones/workbook");
        assertThat(workbook.statusCode()).isEqualTo(200);
        checkWorkbook("api milestones workbook", workbook.body(), false);

        // the follow-the-plan workbook, made as a background job
        HttpResponse<String> job = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "api/v1/reports/jobs"))
                .header("Authorization", basic("city")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\": \"PLAN_XLSX\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(job.statusCode()).as(job.body()).isEqualTo(202);
        String self = new ObjectMapper().readTree(job.body()).get("id").asText();
        JsonNode status = null;
        for (int i = 0; i < 240; i++) {
            status = new ObjectMapper().readTree(new String(get("city", "api/v1/reports/jobs/" + self).body(), StandardCharsets.UTF_8));
            if (!Set.of("QUEUED", "RUNNING").contains(status.get("status").asText())) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(status.get("status").asText()).as(status.toString()).isEqualTo("DONE");
        HttpResponse<byte[]> plan = get("city", "api/v1/reports/jobs/" + self + "/file");
        assertThat(plan.statusCode()).isEqualTo(200);
        checkWorkbook("api plan workbook", plan.body(), false);
    }

    private HttpResponse<byte[]> get(String user, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", basic(user)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo123").getBytes(StandardCharsets.UTF_8));
    }

    private static Path downloadsFor(Browser browser) throws IOException {
        Path downloads = Files.createTempDirectory("exports");
        ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        return downloads;
    }

    /** Clicks and waits for the one new, complete file in the download folder. */
    private static Path download(Browser browser, Path folder, WebElement button) throws IOException {
        Set<Path> before = files(folder);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", button);
        Path[] found = new Path[1];
        browser.waitUntil(d -> {
            List<Path> fresh = files(folder).stream().filter(p -> !before.contains(p)).toList();
            boolean complete = !fresh.isEmpty() && fresh.stream().noneMatch(p -> p.toString().endsWith(".crdownload"));
            if (complete) {
                found[0] = fresh.get(0);
            }
            return complete;
        });
        return found[0];
    }

    private static Set<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.collect(Collectors.toSet());
        } catch (IOException e) {
            return Set.of();
        }
    }

    private static void check(String page, Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".csv")) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text).as("%s from %s", name, page).doesNotContain("#{").contains("\n");
            return;
        }
        assertThat(name).as("from %s", page).endsWith(".xlsx");
        checkWorkbook(page + " → " + name, Files.readAllBytes(file), true);
    }

    /** No template code anywhere; a table export has a frozen, filtered header. */
    private static void checkWorkbook(String what, byte[] bytes, boolean table) throws IOException {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(book.getNumberOfSheets()).as(what).isPositive();
            for (Sheet sheet : book) {
                assertThat(sheet.getSheetName()).as("%s: sheet named after a filter", what).doesNotContain("共");
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.toString()).as("%s, sheet %s, %s%d", what, sheet.getSheetName(),
                                org.apache.poi.ss.util.CellReference.convertNumToColString(cell.getColumnIndex()),
                                row.getRowNum() + 1).doesNotContain("#{");
                    }
                }
                if (table) {
                    assertThat(sheet.getPaneInformation()).as("%s: frozen header", what).isNotNull();
                    assertThat(sheet.getPaneInformation().isFreezePane()).as("%s: frozen header", what).isTrue();
                    assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter())
                            .as("%s: autofilter", what).isTrue();
                }
            }
        }
    }

    private static Workbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @SuppressWarnings("unused")
    private static boolean isDate(Cell cell) {
        return cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell);
    }
}
