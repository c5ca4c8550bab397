package org.citygov.plantracker.interfaces.web.reports;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium, as the city government (demo user {@code city}): open the follow-the-plan
 * report, have its PDF made in the background, watch the progress give way to a download link,
 * download it and read the Chinese chapter titles in it; then write an annual report, publish it,
 * and find it on the public page without signing in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void theCityGeneratesAndDownloadsTheFollowThePlanPdf() throws Exception {
        Path downloads = Files.createTempDirectory("report-downloads");
        try (Browser browser = Browser.open(base)) {
            browser.login("city", "demo123").go("reports/plan.xhtml?asOf=2025-06-30");
            browser.waitFor(By.id("planForm:pdf"));
            assertThat(browser.driver().findElement(By.id("reportContent")).getText())
                    .contains("第三章 提供安全普惠的婴幼儿照护服务", "C1.4");
            browser.screenshot("reports-plan");
            ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));

            int before = browser.driver().findElements(By.cssSelector(".pt-rpt-download")).size();
            browser.driver().findElement(By.id("planForm:pdf")).click();
            browser.waitUntil(d -> d.findElements(By.cssSelector(".pt-rpt-download")).size() > before);
            browser.screenshot("reports-plan-job-done");
            WebElement link = browser.driver().findElements(By.cssSelector(".pt-rpt-download")).get(0);
            assertThat(link.getText()).contains("对照规划报告-2025-06-30.pdf");
            link.click();
            browser.waitUntil(d -> file(downloads, ".pdf") != null);

            try (PDDocument pdf = Loader.loadPDF(file(downloads, ".pdf").toFile())) {
                assertThat(new PDFTextStripper().getText(pdf))
                        .contains("第三章 提供安全普惠的婴幼儿照护服务", "第九章 优化提升城乡居民住房保障服务", "示例数据");
            }
        }
    }

    @Test
    void theCityWritesAndPublishesAnAnnualReportThatThePublicThenSees() {
        String title = "浏览器测试年度报告 " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open(base)) {
            browser.login("city", "demo123").go("reports/index.xhtml");
            browser.waitFor(By.id("reportsForm:titleZh")).sendKeys(title);
            browser.driver().findElement(By.id("reportsForm:create")).click();
            browser.waitFor(By.id("reportForm:publish"));
            assertThat(browser.driver().findElement(By.id("reportStatus")).getText()).isEqualTo("草稿");

            var sections = browser.driver().findElements(By.cssSelector(".pt-rpt-section"));
            assertThat(sections).hasSize(4);
            for (int i = 0; i < sections.size(); i++) {
                WebElement section = browser.driver().findElements(By.cssSelector(".pt-rpt-section")).get(i);
                section.findElement(By.tagName("textarea")).sendKeys("第" + (i + 1) + "部分：规划实施情况良好。");
                String heading = section.findElement(By.tagName("h3")).getText();
                section.findElement(By.cssSelector("button")).click();
                // the growl names the section just saved: wait for this one's, not an earlier one's
                browser.waitUntil(d -> d.findElements(By.cssSelector(".ui-growl-item")).stream()
                        .anyMatch(g -> g.getText().contains("已保存") && g.getText().contains(heading)));
            }
            browser.screenshot("reports-annual-draft");
            browser.driver().findElement(By.id("reportForm:publish")).click();
            browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
            browser.waitUntil(d -> "已发布".equals(d.findElement(By.id("reportStatus")).getText()));
            browser.screenshot("reports-annual-published");
        }
        try (Browser anonymous = Browser.open(base)) {
            anonymous.go("public/reports.xhtml");
            anonymous.waitFor(By.id("publishedReports"));
            assertThat(anonymous.driver().getPageSource()).contains(title).doesNotContain("loginForm");
            anonymous.driver().findElement(By.linkText(title)).click();
            anonymous.waitFor(By.id("publicFacts"));
            assertThat(anonymous.driver().getPageSource()).contains("第1部分：规划实施情况良好。");
            anonymous.screenshot("reports-public");
        }
    }

    private static Path file(Path folder, String extension) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(extension)).findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
