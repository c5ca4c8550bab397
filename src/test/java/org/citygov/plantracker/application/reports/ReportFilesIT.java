package org.citygov.plantracker.application.reports;

import jakarta.inject.Inject;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citygov.plantracker.application.security.AccessDeniedException;
import org.citygov.plantracker.domain.model.report.JobStatus;
import org.citygov.plantracker.domain.model.report.JobType;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.infrastructure.export.pdf.CjkFont;
import org.citygov.plantracker.test.Deployments;
import org.citygov.plantracker.test.Fixtures;
import org.citygov.plantracker.test.RunAs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Files made in the background: the follow-the-plan PDF opens and reads back with the plan's Chinese
 * chapter titles, the workbook reads back with the report's figures, a job that cannot make its file
 * says why, and a job is its owner's alone.
 */
@ExtendWith(ArquillianExtension.class)
class ReportFilesIT {

    static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

    @Deployment
    static WebArchive deployment() {
        return Deployments.app().addAsLibraries(Deployments.jarOf(PDDocument.class),
                Deployments.jarOf(RandomAccessRead.class), Deployments.jarOf(TrueTypeFont.class));
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ReportJobs jobs;

    @Inject
    ReportService reports;

    static JobView await(ReportJobs jobs, long id) {
        long until = System.currentTimeMillis() + 180_000;
        JobView job = jobs.status(id);
        while (job.isRunning() && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            job = jobs.status(id);
        }
        return job;
    }

    @Test
    void theFollowThePlanPdfReadsBackWithTheChineseChapterTitles() {
        String city = fixtures.user("city-" + Fixtures.unique(), Role.CITY_GOV, null);

        RunAs.user(city, Fixtures.PASSWORD, () -> {
            JobView submitted = jobs.submit(JobRequest.plan(JobType.PLAN_PDF,
                    ReportRequest.followThePlan(AS_OF, null, null, null), "zh"));
            assertThat(submitted.status()).isIn(JobStatus.QUEUED, JobStatus.RUNNING, JobStatus.DONE);

            JobView done = await(jobs, submitted.id());
            assertThat(done.status()).as(done.failureText()).isEqualTo(JobStatus.DONE);
            assertThat(done.progress()).isEqualTo(100);
            JobFile file = jobs.file(done.id());
            assertThat(file.contentType()).isEqualTo("application/pdf");
            assertThat(file.fileName()).isEqualTo("对照规划报告-2023-06-30.pdf");

            try (PDDocument pdf = Loader.loadPDF(file.path().toFile())) {
                String text = new PDFTextStripper().getText(pdf);
                assertThat(text).contains("第三章 提供安全普惠的婴幼儿照护服务", "第四章 建设公平优质现代教育服务体系",
                        "第十一章 丰富完善公共文化体育供给服务", "C1.4", "主要发展指标");
                assertThat(pdf.getNumberOfPages()).isGreaterThan(5);
                // the server's PDF embeds the CJK font on every page (from fonts-noto-cjk), no other font
                for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                    var resources = pdf.getPage(page).getResources();
                    for (var name : resources.getFontNames()) {
                        var font = resources.getFont(name);
                        assertThat(font.isEmbedded()).as("page %d font %s", page + 1, font.getName()).isTrue();
                        assertThat(font.getName()).contains("NotoSansCJK");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void theWorkbookRoundTripsWithTheReportsFigures() {
        String city = fixtures.user("city-" + Fixtures.unique(), Role.CITY_GOV, null);

        RunAs.user(city, Fixtures.PASSWORD, () -> {
            ReportRequest request = ReportRequest.followThePlan(AS_OF, 3, null, null);
            JobView done = await(jobs, jobs.submit(JobRequest.plan(JobType.PLAN_XLSX, request, "zh")).id());
            assertThat(done.status()).as(done.failureText()).isEqualTo(JobStatus.DONE);
            ReportContent content = reports.followThePlan(request);

            try (InputStream in = Files.newInputStream(jobs.file(done.id()).path());
                 XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                XSSFSheet targets = workbook.getSheet("目标");
                List<String> codes = new ArrayList<>();
                for (Row row : targets) {
                    if (row.getRowNum() > 0 && row.getCell(3) != null && !row.getCell(3).getStringCellValue().isEmpty()) {
                        codes.add(row.getCell(2).getStringCellValue());
                        assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(3.0);
                    }
                }
                assertThat(codes).isEqualTo(content.targetLines().stream().map(ReportContent.TargetLine::code).toList())
                        .isNotEmpty();
                assertThat(workbook.getSheet("指标").getLastRowNum()).isEqualTo(content.indicators().size());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void aJobThatCannotMakeItsFileSaysWhy() {
        String city = fixtures.user("city-" + Fixtures.unique(), Role.CITY_GOV, null);
        String before = System.getProperty(CjkFont.PROPERTY);
        System.setProperty(CjkFont.PROPERTY, "/nonexistent/fonts/NoSuchFont.ttc,2");
        try {
            RunAs.user(city, Fixtures.PASSWORD, () -> {
                JobView failed = await(jobs, jobs.submit(JobRequest.plan(JobType.PLAN_PDF,
                        ReportRequest.followThePlan(AS_OF, 4, null, null), "zh")).id());
                assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
                assertThat(failed.failureKey()).isEqualTo("report.fontMissing");
                assertThat(failed.failureText()).contains("/nonexistent/fonts/NoSuchFont.ttc");
                assertThatThrownBy(() -> jobs.file(failed.id()))
                        .isInstanceOf(org.citygov.plantracker.domain.model.shared.RuleViolation.class);
            });
        } finally {
            if (before == null) {
                System.clearProperty(CjkFont.PROPERTY);
            } else {
                System.setProperty(CjkFont.PROPERTY, before);
            }
        }
    }

    @Test
    void aJobIsItsOwnersAlone() {
        String u = Fixtures.unique();
        String city = fixtures.user("city-" + u, Role.CITY_GOV, null);
        String other = fixtures.user("other-" + u, Role.CITY_GOV, null);
        long id = RunAs.user(city, Fixtures.PASSWORD, () -> jobs.submit(JobRequest.plan(JobType.PLAN_XLSX,
                ReportRequest.followThePlan(AS_OF, 5, null, null), "en")).id());

        RunAs.user(other, Fixtures.PASSWORD, () -> {
            assertThatThrownBy(() -> jobs.status(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> jobs.file(id)).isInstanceOf(AccessDeniedException.class);
            assertThat(jobs.mine()).extracting(JobView::id).doesNotContain(id);
        });
        RunAs.user(city, Fixtures.PASSWORD, () -> {
            assertThat(jobs.mine()).extracting(JobView::id).contains(id);
            assertThat(await(jobs, id).status()).isEqualTo(JobStatus.DONE);
        });
    }
}
