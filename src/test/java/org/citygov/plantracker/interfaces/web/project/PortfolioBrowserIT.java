package org.citygov.plantracker.interfaces.web.project;

import org.apache.poi.ss.usermodel.Cell;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portfolio in headless Chromium, as the city government uses it with the demo data (the test
 * server runs in demo mode): sign in as {@code city}, filter by a 区县(市), every row belongs to it and
 * the Excel export holds the filtered rows, open a project and see its milestones; an office user who
 * opens another unit's project is refused (403) and sees nothing of it.
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
    void theCityFiltersThePortfolioByDistrictExportsItAndOpensAProjectWithItsMilestones() throws Exception {
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
            assertExportHoldsTheFilteredRows(browser, district);

            // issue 16 item 13: the filter is in the address bar, and a link by name (sorted) opens the same view
            browser.waitUntil(d -> d.getCurrentUrl().contains("district=J"));
            browser.go("projects/list.xhtml?district=" + java.net.URLEncoder.encode(district, java.nio.charset.StandardCharsets.UTF_8)
                    + "&sort=plannedFinish&order=desc");
            browser.waitFor(By.id("portfolio:projects"));
            assertThat(districts(driver)).isNotEmpty().allMatch(district::equals);
            assertThat(driver.findElement(By.id("portfolio:districtFilter_label")).getText()).isEqualTo(district);
            List<String> finishes = driver.findElements(By.cssSelector("#portfolio\\:projects_data td.pt-col-span")).stream()
                    .map(td -> td.getText().replaceAll(".*– *", "").trim()).toList();
            assertThat(finishes).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(driver.getCurrentUrl()).contains("sort=plannedFinish").contains("order=desc");

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

    /**
     * Issue 16: every main page in Chinese and in English, as the administrator sees it with the demo
     * data, screenshotted under target/screenshots/pages-{zh,en}-*.png for review; none shows template
     * code or the error page.
     */
    @Test
    void everyMainPageInChineseAndEnglishIsScreenshotted() throws Exception {
        List<String> pages = List.of("index.xhtml", "plan/indicators.xhtml", "plan/programs.xhtml", "projects/list.xhtml",
                "projects/project.xhtml?code=SMP-RH-01", "offices/rebaselines.xhtml", "finance/dashboard.xhtml",
                "finance/review.xhtml", "finance/lines.xhtml", "finance/project.xhtml?code=SMP-RH-01", "cockpit/index.xhtml",
                "cockpit/projects.xhtml", "cockpit/targets.xhtml", "cockpit/indicators.xhtml", "library/rounds.xhtml",
                "reports/index.xhtml", "admin/portfolio.xhtml", "admin/users.xhtml", "account.xhtml");
        try (Browser browser = Browser.open(base)) {
            WebDriver driver = browser.driver();
            browser.login("admin", "demo123");
            for (String language : List.of("zh", "en")) {
                if (language.equals("en")) {
                    browser.go("index.xhtml").switchLanguage();
                }
                for (String page : pages) {
                    browser.go(page);
                    browser.waitFor(By.tagName("main"));
                    String name = "pages-" + language + "-" + page.replace(".xhtml", "").replaceAll("[^A-Za-z0-9-]+", "-");
                    browser.screenshot(name);
                    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as(page).startsWith(language);
                    assertThat(driver.findElement(By.tagName("main")).getText()).as(page).doesNotContain("#{");
                    assertThat(driver.findElements(By.id("errorMessage"))).as(page).isEmpty();
                }
            }
            browser.switchLanguage();
        }
    }

    /**
     * Issue 16 item 12: the resettlement lots are filed under C7.1 (老旧住宅适老化改造工程) only because the plan
     * states their target in chapter 9's text, outside any 专栏. Every page that names their program shows the
     * target they serve (CH9-T01) and says the program is their filing, in Chinese and English; an ordinary
     * project shows its program alone.
     */
    @Test
    void resettlementLotsShowTheChapterTargetTheyServeAndWhyTheyAreFiledUnderC71() throws Exception {
        try (Browser browser = Browser.open(base)) {
            // issue 16 item 16: the public page (no sign-in) links to the sign-in page
            browser.go("public/reports.xhtml");
            WebElement signIn = browser.waitFor(By.id("signIn"));
            assertThat(signIn.getText()).isEqualTo("工作人员登录");
            signIn.click();
            browser.waitFor(By.id("username"));

            browser.login("city", "demo123").go("projects/list.xhtml?program=C7.1");
            WebDriver driver = browser.driver();
            browser.waitFor(By.id("portfolio:projects"));
            List<WebElement> filed = driver.findElements(By.cssSelector("[data-filed]"));
            assertThat(filed).as("the lots filed under C7.1 on the first page").isNotEmpty();
            assertThat(filed).allSatisfy(e -> assertThat(e.getText()).startsWith("CH9-T01"));
            assertThat(driver.findElement(By.cssSelector("[data-filed='SMP-RH-01']")).findElement(By.xpath(".."))
                    .getText()).contains("归入 C7.1（仅为归档）");

            browser.go("plan/program.xhtml?code=C7.1");
            String notice = browser.waitFor(By.id("filedProjects")).getText();
            assertThat(notice).contains("第9章正文目标 CH9-T01").contains("不是本工程的项目");
            java.util.regex.Matcher count = java.util.regex.Pattern.compile("有 (\\d+) 个项目").matcher(notice);
            assertThat(count.find()).as(notice).isTrue();
            assertThat(Integer.parseInt(count.group(1))).as("the lots in the sample portfolio").isGreaterThanOrEqualTo(filed.size());
            browser.go("plan/program.xhtml?code=C4.4");
            browser.waitFor(By.id("programFacts"));
            assertThat(driver.findElements(By.id("filedProjects"))).as("a program with its own projects").isEmpty();

            browser.go("projects/project.xhtml?code=SMP-RH-01");
            assertThat(browser.waitFor(By.id("servedTargets")).getText())
                    .contains("第9章正文目标 CH9-T01").contains("5500万平方米").contains("CH9-T02");
            assertThat(driver.findElement(By.id("filingNote")).getText()).startsWith("归档说明").contains("C7.1");
            browser.screenshot("project-filed-resettlement-zh");

            browser.go("finance/project.xhtml?code=SMP-RH-01");
            assertThat(browser.waitFor(By.id("servedTargets")).getText()).isEqualTo("CH9-T01 · CH9-T02");
            assertThat(driver.findElement(By.id("projectHeader")).getText()).contains("归入 C7.1（仅为归档）")
                    .doesNotContain("老旧住宅适老化改造工程");

            browser.go("projects/project.xhtml?code=SMP-HOSP-02");
            browser.waitFor(By.id("projectCode"));
            assertThat(driver.findElements(By.id("servedTargets"))).as("an ordinary project").isEmpty();
            assertThat(driver.findElements(By.id("filingNote"))).isEmpty();

            browser.switchLanguage();
            browser.go("projects/project.xhtml?code=SMP-RH-01");
            assertThat(browser.waitFor(By.id("servedTargets")).getText())
                    .contains("Chapter 9 text target CH9-T01").contains("55 million m²");
            assertThat(driver.findElement(By.id("filingNote")).getText()).startsWith("Filing note")
                    .contains("chapter's column").contains("C7.1");
            browser.screenshot("project-filed-resettlement-en");
            browser.go("plan/program.xhtml?code=C7.1");
            assertThat(browser.waitFor(By.id("filedProjects")).getText()).contains("chapter 9's text targets CH9-T01");
        }
    }

    @Test
    void anOfficeOpeningAnotherUnitsProjectIsRefusedAndSeesNothingOfIt() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.login("office-sports", "demo123").go("projects/project.xhtml?code=SMP-RH-01");
            WebDriver driver = browser.driver();

            assertThat(browser.waitFor(By.id("errorMessage")).getText())
                    .isEqualTo("项目 SMP-RH-01 属于其他项目单位或不存在，您无权查看或修改。");
            assertThat(driver.findElements(By.id("projectCode"))).isEmpty();
            assertThat(driver.getPageSource()).doesNotContain("须水街道回迁安置房");
            browser.screenshot("project-refused-office-sports");

            // the same request outside the browser, with the browser's session: HTTP 403
            String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            base.toURI().resolve("projects/project.xhtml?code=SMP-RH-01"))
                    .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.body()).doesNotContain("须水街道回迁安置房");
        }
    }

    /**
     * The Excel export is the current filter, every page of it: as many rows as the table counts, all
     * of the 区县(市), and the sample rows labelled 示例 as on the page.
     */
    private static void assertExportHoldsTheFilteredRows(Browser browser, String district) throws Exception {
        Map<String, Boolean> sampleByCode = new LinkedHashMap<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("#portfolio\\:projects_data > tr"))) {
            sampleByCode.put(row.findElement(By.cssSelector(".pt-project-code")).getText(),
                    !row.findElements(By.cssSelector(".pt-sample-tag")).isEmpty());
        }
        assertThat(sampleByCode.values()).as("the sample portfolio").contains(true);

        Path downloads = Files.createTempDirectory("portfolio-export");
        ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        browser.driver().findElement(By.id("portfolio:export")).click();
        browser.waitUntil(d -> xlsx(downloads) != null);

        Map<String, Boolean> exported = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(xlsx(downloads)); Workbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            int header = 0;
            while (!"项目代码".equals(text(sheet.getRow(header), 0))) {
                header++;
            }
            int codeColumn = column(sheet.getRow(header), "项目代码");
            int districtColumn = column(sheet.getRow(header), "区县(市)");
            int sampleColumn = column(sheet.getRow(header), "示例");
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(text(sheet.getRow(r), districtColumn)).isEqualTo(district);
                exported.put(text(sheet.getRow(r), codeColumn), "示例".equals(text(sheet.getRow(r), sampleColumn)));
            }
        }
        int total = Integer.parseInt(browser.driver().findElement(By.id("projectCount")).getText().replaceAll("\\D", ""));
        assertThat(exported).hasSize(total).containsAllEntriesOf(sampleByCode);
    }

    private static String text(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        return cell == null ? "" : cell.toString();
    }

    private static Path xlsx(Path folder) {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static int column(Row header, String title) {
        for (Cell cell : header) {
            if (title.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + title + " in the export");
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
