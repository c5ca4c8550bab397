package org.citygov.plantracker.infrastructure.export.excel;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citygov.plantracker.application.reports.ReportContent;
import org.citygov.plantracker.application.reports.ReportContent.TargetLine;
import org.citygov.plantracker.application.reports.ReportFixtures;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbook reads back with the report's figures as numbers, its dates as dates, and its charts. */
class ExcelReportRendererTest {

    static byte[] render(ReportContent content, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExcelReportRenderer().render(content, locale, out, p -> { });
        Files.createDirectories(Path.of("target", "report-samples"));
        Files.write(Path.of("target", "report-samples", "annual-" + locale.getLanguage() + ".xlsx"), out.toByteArray());
        return out.toByteArray();
    }

    @Test
    void theTargetsRoundTrip() throws IOException {
        ReportContent content = ReportFixtures.annual();

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(render(content, Locale.SIMPLIFIED_CHINESE)))) {
            assertThat(wb.getSheetAt(ExcelReportRenderer.SUMMARY).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("2023年度规划实施报告");
            assertThat(wb.getSheetAt(ExcelReportRenderer.SUMMARY).getRow(2).getCell(0).getStringCellValue())
                    .startsWith("示例数据");

            XSSFSheet targets = wb.getSheetAt(ExcelReportRenderer.TARGETS);
            assertThat(targets.getSheetName()).isEqualTo("目标");
            List<String[]> rows = new ArrayList<>();
            for (Row row : targets) {
                if (row.getRowNum() > 0 && row.getCell(3) != null && !row.getCell(3).getStringCellValue().isEmpty()) {
                    rows.add(new String[]{row.getCell(2).getStringCellValue(), row.getCell(7).getStringCellValue()});
                    TargetLine expected = content.targetLines().get(rows.size() - 1);
                    assertThat(row.getCell(2).getStringCellValue()).isEqualTo(expected.code());
                    if (expected.required() != null) {
                        assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(expected.required().doubleValue());
                        assertThat(row.getCell(11).getNumericCellValue()).isEqualTo(expected.forecast().doubleValue());
                        assertThat(row.getCell(12).getNumericCellValue()).isEqualTo(expected.shortfall().doubleValue());
                    }
                    if (expected.deadline() != null) {
                        assertThat(row.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(expected.deadline());
                    }
                }
            }
            assertThat(rows).extracting(r -> r[0]).containsExactly("C1.4-T1", "C1.4-T3", "CH3-T01", "C2.1-T1");
            assertThat(rows).extracting(r -> r[1]).containsExactly("已完成", "预计未完成", "未评估", "已完成");

            XSSFSheet indicators = wb.getSheetAt(ExcelReportRenderer.INDICATORS);
            assertThat(indicators.getLastRowNum()).isEqualTo(content.indicators().size());
            assertThat(indicators.getRow(2).getCell(9).getStringCellValue()).isEqualTo("滞后");

            XSSFSheet projects = wb.getSheetAt(ExcelReportRenderer.PROJECTS);
            assertThat(projects.getRow(2).getCell(1).getStringCellValue()).isEqualTo("P-LATE");
            assertThat(projects.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(200.0);

            assertThat(wb.getSheet("滞后项目").getRow(1).getCell(7).getStringCellValue()).isEqualTo(ReportFixtures.LATE_REASON);
            assertThat(wb.getSheet("正文").getRow(1).getCell(1).getStringCellValue()).contains("托育服务供给持续扩大");
            assertThat(wb.getSheet("图表").getDrawingPatriarch().getCharts()).hasSize(2);
            assertThat(wb.getSheet("S曲线").getDrawingPatriarch().getCharts()).hasSize(1);
            assertThat(wb.getSheet("资金来源").getRow(2).getCell(1).getNumericCellValue()).isEqualTo(3000.0);
        }
    }

    @Test
    void theFinalEvaluationsSheetsHoldItsFigures() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(render(ReportFixtures.finalEvaluation(),
                Locale.SIMPLIFIED_CHINESE)))) {
            var targets = wb.getSheet("目标完成情况");
            assertThat(targets.getRow(1).getCell(2).getStringCellValue()).isEqualTo("C1.4-T3");
            assertThat(targets.getRow(1).getCell(7).getStringCellValue()).isEqualTo("未完成");
            assertThat(targets.getRow(1).getCell(11).getNumericCellValue()).isEqualTo(3.0); // 10 − 7
            assertThat(targets.getRow(2).getCell(7).getStringCellValue()).isEqualTo("逾期完成");
            var unfinished = wb.getSheet("未完成项目");
            assertThat(unfinished.getRow(1).getCell(0).getStringCellValue()).isEqualTo("P-LATE");
            assertThat(unfinished.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(380.0); // 万元
            assertThat(wb.getSheet("指标完成情况").getRow(2).getCell(7).getStringCellValue()).isEqualTo("已达到（有佐证）");
            assertThat(wb.getSheetAt(0).getRow(wb.getSheetAt(0).getLastRowNum() - 1).getCell(0).getStringCellValue())
                    .contains("约束性指标全部完成");
        }
    }

    @Test
    void inEnglish() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(render(ReportFixtures.annual(), Locale.ENGLISH)))) {
            assertThat(wb.getSheetName(ExcelReportRenderer.TARGETS)).isEqualTo("Targets");
            assertThat(wb.getSheetAt(ExcelReportRenderer.TARGETS).getRow(4).getCell(7).getStringCellValue()).isEqualTo("Will miss");
        }
    }
}
