package org.citygov.plantracker.infrastructure.export.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.citygov.plantracker.application.reports.ReportContent;
import org.citygov.plantracker.application.reports.ReportFixtures;
import org.citygov.plantracker.application.reports.ReportRequest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF opens, its Chinese text reads back (an embedded CJK font), the sample label is on every page. */
class PdfReportRendererTest {

    private static final Path SAMPLES = Path.of("target", "report-samples");

    static byte[] render(ReportContent content, Locale locale, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> progress = new ArrayList<>();
        new PdfReportRenderer().render(content, locale, out, progress::add);
        assertThat(progress).isSorted().isNotEmpty();
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve(name), out.toByteArray());
        return out.toByteArray();
    }

    @Test
    void theAnnualReportReadsBackInChinese() throws IOException {
        byte[] pdf = render(ReportFixtures.annual(), Locale.SIMPLIFIED_CHINESE, "annual-zh.pdf");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(ReportFixtures.CHAPTER_3, ReportFixtures.CHAPTER_4, "2023年度规划实施报告",
                    "普惠托育服务设施建设工程", "预计未完成", "滞后", "二七区托育园", ReportFixtures.LATE_REASON,
                    "托育服务供给持续扩大", "主要指标 3 项中，1 项达到或超过预期进度");
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper one = new PDFTextStripper();
                one.setStartPage(page);
                one.setEndPage(page);
                assertThat(one.getText(document)).as("page %d", page).contains("示例数据");
            }
            // every font on every page is the embedded CJK font: nothing relies on the reader's fonts
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                var resources = document.getPage(page).getResources();
                for (var name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as("page %d font %s embedded", page + 1, font.getName()).isTrue();
                    assertThat(font.getName()).as("page %d font", page + 1).contains("NotoSansCJK");
                }
            }
        }
    }

    @Test
    void theFinalEvaluationReadsBackWithItsOutcomesSentencesAndUnfinishedProjects() throws IOException {
        byte[] pdf = render(ReportFixtures.finalEvaluation(), Locale.SIMPLIFIED_CHINESE, "final-zh.pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("总结评估", "有完成时限的规划目标 2 项中，0 项按期完成，1 项逾期完成，1 项未完成",
                    "2 项约束性指标全部完成。", "逾期完成", "未完成", "预计仍可交付 2", "规划期末未完成的项目", "P-LATE",
                    "380", "达到", "未达到", "未完成项目及结转");
        }
        byte[] en = render(ReportFixtures.finalEvaluation(), Locale.ENGLISH, "final-en.pdf");
        try (PDDocument document = Loader.loadPDF(en)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Final evaluation", "Met late",
                    "All 2 binding indicators were achieved.", "Remaining investment");
        }
    }

    @Test
    void theFollowThePlanReportInEnglish() throws IOException {
        ReportContent content = ReportFixtures.content(ReportRequest.followThePlan(ReportFixtures.AS_OF, null, "J02", null));
        byte[] pdf = render(content, Locale.ENGLISH, "plan-j02-en.pdf");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Follow-the-plan report", "Erqi District", "Will miss", "Infant and toddler care");
        }
    }

    @Test
    void thePublicVersionHasNoRecordedReasons() throws IOException {
        byte[] pdf = render(ReportFixtures.annual().forPublic(), Locale.SIMPLIFIED_CHINESE, "annual-public.pdf");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).doesNotContain(ReportFixtures.LATE_REASON)
                    .contains("二七区托育园");
        }
    }
}
