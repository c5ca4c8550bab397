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
import org.citygov.plantracker.domain.model.report.TargetOutcome;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.infrastructure.export.pdf.CjkFont;
import org.citygov.plantracker.test.Deployments;
import org.citygov.plantracker.test.Fixtures;
import org.citygov.plantracker.test.LocalHttp;
import org.citygov.plantracker.test.ReportData;
import org.citygov.plantracker.test.RunAs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
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

    @Inject
    ReportData data;

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

    @Test
    void theFileIsDownloadedFromItsLinkByItsOwnerOnly() throws IOException {
        String u = Fixtures.unique();
        String city = fixtures.user("city-" + u, Role.CITY_GOV, null);
        String other = fixtures.user("other-" + u, Role.CITY_GOV, null);
        JobView done = RunAs.user(city, Fixtures.PASSWORD, () -> await(jobs, jobs.submit(JobRequest.plan(JobType.PLAN_XLSX,
                ReportRequest.followThePlan(AS_OF, 3, null, null), "zh")).id()));
        assertThat(done.status()).as(done.failureText()).isEqualTo(JobStatus.DONE);
        byte[] stored = RunAs.user(city, Fixtures.PASSWORD, () -> {
            try {
                return Files.readAllBytes(jobs.file(done.id()).path());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        // the page's link (reports/download?job=…), opened in the owner's signed-in session
        LocalHttp.Session owner = LocalHttp.signIn(city, Fixtures.PASSWORD);
        HttpResponse<byte[]> file = owner.get("reports/download?job=" + done.id());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("spreadsheetml"));
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).startsWith("attachment").contains(".xlsx"));
        assertThat(file.headers().firstValueAsLong("Content-Length")).hasValue(stored.length);
        assertThat(file.body()).isEqualTo(stored);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            assertThat(workbook.getSheet("目标").getLastRowNum()).isPositive();
        }
        // another user's session, an id that is no number, a job that does not exist
        assertThat(LocalHttp.signIn(other, Fixtures.PASSWORD).get("reports/download?job=" + done.id()).statusCode())
                .isEqualTo(403);
        assertThat(owner.get("reports/download?job=abc").statusCode()).isEqualTo(400);
        assertThat(owner.get("reports/download?job=" + Long.MAX_VALUE).statusCode()).isEqualTo(404);
    }

    /**
     * The final evaluation (总结评估) on a seeded case: a per-district target (one facility in each
     * 区县(市) by 2025-12-31) with, in three 区县(市) free of outputs,
     * <ul>
     *   <li>X: a project whose construction is stuck at 40 % → 未完成, shortfall R − D = 1 − 0 = 1,
     *       caused by it, which would still deliver 1; 1,200,000 yuan of its 5,000,000 done, so
     *       5,000,000 − 1,200,000 = 3,800,000 yuan (380 万元) remain and it is handed to the next plan;</li>
     *   <li>Y: a project completed on 2024-12-20 → 已完成 (not listed as a shortfall);</li>
     *   <li>Z: a project due 2025-09-30 but completed on 2026-03-15 → 未完成 as of 2025-12-31 (shortfall 1,
     *       would still deliver 1); 逾期完成 as of 2026-06-30 (delivered 0 by the deadline, 1 by then).</li>
     * </ul>
     * The PDF and the workbook carry the same; published, it is on the public page without sign-in.
     */
    @Test
    void theFinalEvaluationStatesMetMissedAndLateTargetsWithTheirArithmeticInItsFilesAndOnThePublicPage() {
        String u = Fixtures.unique();
        String city = fixtures.user("city-final-" + u, Role.CITY_GOV, null);
        List<String> districts = RunAs.user(city, Fixtures.PASSWORD,
                () -> reports.districts().stream().map(ReportInputs.Place::code).toList());
        java.util.Map<String, String> candidates = java.util.Map.of("CH11-T06", "C9.3", "C2.4-T2", "C2.4",
                "CH7-T06", "C5.2", "C1.3-T1", "C1.3");
        String target = null;
        List<String> free = List.of();
        for (String candidate : List.of("C1.3-T1", "CH7-T06", "C2.4-T2", "CH11-T06")) {
            free = data.districtsWithoutOutputs(candidate, districts);
            if (free.size() >= 3) {
                target = candidate;
                break;
            }
        }
        assertThat(target).as("a target with three 区县(市) still free of outputs (run mvn clean?)").isNotNull();
        String program = candidates.get(target);
        String unit = fixtures.leadUnit("FIN-" + u).getCode();
        String x = data.project("P-FIN-X-" + u, unit, program, free.get(0), target, 1, "个",
                LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30),
                LocalDate.of(2024, 3, 31), LocalDate.of(2025, 3, 31), LocalDate.of(2025, 6, 30));
        data.progress(x, 1, "100", null, LocalDate.of(2024, 3, 25), null, LocalDate.of(2024, 3, 25));
        data.progress(x, 2, "40", null, null, null, LocalDate.of(2025, 5, 31));
        data.monthlyInvestment(x, YearMonth.of(2025, 5), "1200000", LocalDate.of(2025, 6, 5).atTime(10, 0));
        String y = data.project("P-FIN-Y-" + u, unit, program, free.get(1), target, 1, "个",
                LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31),
                LocalDate.of(2023, 3, 31), LocalDate.of(2024, 6, 30), LocalDate.of(2024, 12, 20));
        data.complete(y);
        String z = data.project("P-FIN-Z-" + u, unit, program, free.get(2), target, 1, "个",
                LocalDate.of(2024, 1, 1), LocalDate.of(2025, 9, 30),
                LocalDate.of(2024, 3, 31), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 9, 30));
        data.complete(z);
        data.progress(z, 3, "100", null, LocalDate.of(2026, 3, 15), null, LocalDate.of(2026, 3, 15));
        String targetCode = target;
        List<String> places = free;

        // as of the plan's end (the default): X and Z missed, both would still deliver their facility
        RunAs.user(city, Fixtures.PASSWORD, () -> {
            assertThatThrownBy(() -> reports.createFinal(LocalDate.of(2025, 6, 30), "总结评估 " + u, null))
                    .isInstanceOf(RuleViolation.class)
                    .satisfies(e -> assertThat(((RuleViolation) e).getViolations().get(0).messageKey())
                            .isEqualTo("report.finalBeforePlanEnd"));
            ReportSummary atEnd = reports.createFinal(null, "总结评估（期末）" + u, null);
            assertThat(atEnd.asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
            FinalEvaluation fe = reports.view(atEnd.id()).content().finalEvaluation();
            FinalEvaluation.FinalTarget t = finalTarget(fe, targetCode);
            FinalEvaluation.UnitOutcome ux = finalUnit(t, places.get(0));
            FinalEvaluation.UnitOutcome uz = finalUnit(t, places.get(2));
            for (FinalEvaluation.UnitOutcome missed : List.of(ux, uz)) {
                assertThat(missed.outcome()).isEqualTo(TargetOutcome.MISSED);
                assertThat(missed.required()).isEqualByComparingTo("1");
                assertThat(missed.delivered()).isEqualByComparingTo("0");
                assertThat(missed.shortfall()).isEqualByComparingTo("1"); // 1 − 0
            }
            assertThat(ux.causes()).singleElement().satisfies(c -> {
                assertThat(c.projectCode()).isEqualTo(x);
                assertThat(c.stillToDeliver()).isEqualByComparingTo("1");
                assertThat(c.finishedOn()).isNull();
            });
            assertThat(uz.causes()).singleElement().satisfies(c -> {
                assertThat(c.projectCode()).isEqualTo(z);
                assertThat(c.finishedOn()).isNull(); // completed only in 2026
            });
            assertThat(t.units()).extracting(FinalEvaluation.UnitOutcome::unitCode).doesNotContain(places.get(1));
            assertThat(fe.unfinished()).extracting(FinalEvaluation.UnfinishedProject::code).contains(x, z)
                    .doesNotContain(y);
        });

        // as of 2026-06-30: Z is a late completion, X still missed and handed over with what remains
        long id = RunAs.user(city, Fixtures.PASSWORD, () -> {
            ReportSummary later = reports.createFinal(LocalDate.of(2026, 6, 30), "总结评估 " + u, "Final evaluation " + u);
            ReportContent content = reports.view(later.id()).content();
            FinalEvaluation fe = content.finalEvaluation();
            assertThat(fe.planEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
            FinalEvaluation.FinalTarget t = finalTarget(fe, targetCode);
            FinalEvaluation.UnitOutcome ux = finalUnit(t, places.get(0));
            FinalEvaluation.UnitOutcome uz = finalUnit(t, places.get(2));
            assertThat(ux.outcome()).isEqualTo(TargetOutcome.MISSED);
            assertThat(ux.shortfall()).isEqualByComparingTo("1");
            assertThat(uz.outcome()).isEqualTo(TargetOutcome.MET_LATE);
            assertThat(uz.delivered()).isEqualByComparingTo("0");
            assertThat(uz.deliveredByAsOf()).isEqualByComparingTo("1");
            assertThat(uz.causes()).singleElement().satisfies(c ->
                    assertThat(c.finishedOn()).isEqualTo(LocalDate.of(2026, 3, 15)));
            if (t.required() != null && t.delivered() != null && t.shortfall() != null) {
                assertThat(t.shortfall()).isEqualByComparingTo(t.required().subtract(t.delivered()).max(BigDecimal.ZERO));
            }

            FinalEvaluation.UnfinishedProject px = fe.unfinished().stream().filter(p -> p.code().equals(x)).findFirst()
                    .orElseThrow();
            assertThat(px.totalInvestment()).isEqualByComparingTo("5000000");
            assertThat(px.investmentDone()).isEqualByComparingTo("1200000");
            assertThat(px.remainingInvestment()).isEqualByComparingTo("3800000"); // 5,000,000 − 1,200,000
            assertThat(px.toCarryOver()).isTrue();
            assertThat(px.outputs()).singleElement().satisfies(o -> {
                assertThat(o.targetCode()).isEqualTo(targetCode);
                assertThat(o.quantity()).isEqualByComparingTo("1");
            });
            FinalEvaluation.UnfinishedProject pz = fe.unfinished().stream().filter(p -> p.code().equals(z)).findFirst()
                    .orElseThrow();
            assertThat(pz.finishedOn()).isEqualTo(LocalDate.of(2026, 3, 15));
            assertThat(pz.toCarryOver()).isFalse();
            assertThat(pz.remainingInvestment()).isEqualByComparingTo("0");

            // the counts and sentences follow the lists
            FinalEvaluation.Summary s = fe.summary();
            assertThat(s.targets()).isEqualTo(fe.targets().size());
            assertThat(s.targetsMet() + s.targetsMetLate() + s.targetsMissed() + s.targetsNotRated())
                    .isEqualTo(fe.targets().size());
            assertThat(s.targetsMissed()).isEqualTo((int) fe.targets().stream()
                    .filter(ft -> ft.outcome() == TargetOutcome.MISSED).count());
            long binding = fe.indicators().stream().filter(FinalEvaluation.FinalIndicator::binding).count();
            assertThat(s.binding()).isEqualTo((int) binding);
            assertThat(fe.indicators()).hasSize(content.indicators().size());
            int firstExpected = fe.indicators().stream().map(FinalEvaluation.FinalIndicator::binding).toList()
                    .indexOf(false);
            assertThat(fe.indicators().subList(0, firstExpected < 0 ? fe.indicators().size() : firstExpected))
                    .allMatch(FinalEvaluation.FinalIndicator::binding);
            String expectedBindingKey = s.bindingAchieved() == binding ? "final.s.bindingAll" : "final.s.bindingSome";
            assertThat(fe.sentences()).extracting(FinalEvaluation.Sentence::key).contains("final.s.targets",
                    "final.s.indicators", expectedBindingKey, "final.s.unfinished");

            for (ReportView.SectionRow section : reports.view(later.id()).sections()) {
                reports.saveSection(later.id(), section.key(), "总结评估正文 " + section.key() + " " + u, section.version());
            }
            assertThat(reports.view(later.id()).sections()).extracting(ReportView.SectionRow::key)
                    .containsExactly("overview", "achievements", "problems", "carryOver", "nextPlan");
            return later.id();
        });

        // the PDF and the workbook
        RunAs.user(city, Fixtures.PASSWORD, () -> {
            JobView pdfJob = await(jobs, jobs.submit(JobRequest.report(JobType.REPORT_PDF, id, "zh")).id());
            assertThat(pdfJob.status()).as(pdfJob.failureText()).isEqualTo(JobStatus.DONE);
            try (PDDocument pdf = Loader.loadPDF(jobs.file(pdfJob.id()).path().toFile())) {
                String text = new PDFTextStripper().getText(pdf);
                assertThat(text).contains("总结评估", "有完成时限的规划目标", "逾期完成", "规划期末未完成的项目", x, z,
                        "380", "约束性指标");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            JobView xlsxJob = await(jobs, jobs.submit(JobRequest.report(JobType.REPORT_XLSX, id, "zh")).id());
            assertThat(xlsxJob.status()).as(xlsxJob.failureText()).isEqualTo(JobStatus.DONE);
            try (InputStream in = Files.newInputStream(jobs.file(xlsxJob.id()).path());
                 XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                XSSFSheet targets = workbook.getSheet("目标完成情况");
                assertThat(targets).isNotNull();
                boolean unitRowSeen = false;
                for (Row row : targets) {
                    if (row.getRowNum() > 0 && targetCode.equals(row.getCell(2).getStringCellValue())
                            && row.getCell(3) == null // a 区县(市)'s row under the target, not the city's
                            && "未完成".equals(row.getCell(7).getStringCellValue())
                            && row.getCell(14) != null && row.getCell(14).getStringCellValue().contains(x)) {
                        assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(1.0);
                        assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(0.0);
                        assertThat(row.getCell(11).getNumericCellValue()).isEqualTo(1.0);
                        unitRowSeen = true;
                    }
                }
                assertThat(unitRowSeen).as("the row of 区县(市) X under " + targetCode).isTrue();
                XSSFSheet unfinished = workbook.getSheet("未完成项目");
                boolean xSeen = false;
                for (Row row : unfinished) {
                    if (row.getRowNum() > 0 && x.equals(row.getCell(0).getStringCellValue())) {
                        assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(500.0);
                        assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(120.0);
                        assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(380.0); // 万元
                        xSeen = true;
                    }
                }
                assertThat(xSeen).isTrue();
                assertThat(workbook.getSheet("指标完成情况").getLastRowNum())
                        .isEqualTo(reports.view(id).content().finalEvaluation().indicators().size());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            reports.publish(id, reports.view(id).report().version());
        });

        // published: frozen, and on the public page and API without sign-in
        HttpResponse<byte[]> json = LocalHttp.get("api/v1/public/reports/" + id, null, null);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(LocalHttp.text(json)).contains("finalEvaluation", x, "MET_LATE");
        HttpResponse<byte[]> page = LocalHttp.get("public/report.xhtml?id=" + id, null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(LocalHttp.text(page)).contains("总结评估", "逾期完成", x, "约束性指标");
        HttpResponse<byte[]> pageEn = LocalHttp.get("public/report.xhtml?id=" + id + "&lang=en", null, null);
        assertThat(pageEn.statusCode()).isEqualTo(200);
        // the public list leads with the latest published report: this one, with its sentences
        HttpResponse<byte[]> list = LocalHttp.get("public/reports.xhtml", null, null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(LocalHttp.text(list)).contains("总结评估 " + u, "headlineFinal", "有完成时限的规划目标");
    }

    static FinalEvaluation.FinalTarget finalTarget(FinalEvaluation fe, String code) {
        return fe.targets().stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("No target " + code + " in the final evaluation"));
    }

    static FinalEvaluation.UnitOutcome finalUnit(FinalEvaluation.FinalTarget t, String unitCode) {
        return t.units().stream().filter(x -> x.unitCode().equals(unitCode)).findFirst()
                .orElseThrow(() -> new AssertionError("No unit " + unitCode + " under " + t.code() + ": " + t.units()));
    }
}
