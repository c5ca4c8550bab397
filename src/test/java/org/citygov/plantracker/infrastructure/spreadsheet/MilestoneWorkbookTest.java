package org.citygov.plantracker.infrastructure.spreadsheet;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citygov.plantracker.infrastructure.spreadsheet.MilestoneWorkbook.Column;
import org.citygov.plantracker.infrastructure.spreadsheet.MilestoneWorkbook.Line;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MilestoneWorkbookTest {

    private static final List<Line> LINES = List.of(
            new Line("ZZ-1", "项目一", 11L, 2, "施工许可", "前期", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1),
                    LocalDate.of(2026, 5, 1), null, BigDecimal.valueOf(50), "在办", false),
            new Line("ZZ-1", "项目一", 12L, 0, "主体封顶", "施工", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1),
                    LocalDate.of(2026, 9, 1), LocalDate.of(2026, 8, 30), BigDecimal.valueOf(100), null, true));

    @Test
    void whatIsWrittenReadsBackUnchanged() {
        byte[] file = MilestoneWorkbook.write(LINES, key -> key);

        MilestoneWorkbook.Read read = MilestoneWorkbook.read(new ByteArrayInputStream(file));

        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).extracting(MilestoneWorkbook.ReadRow::milestoneId).containsExactly(11L, 12L);
        MilestoneWorkbook.ReadRow first = read.rows().get(0);
        assertThat(first.rowNumber()).isEqualTo(2);
        assertThat(first.version()).isEqualTo(2L);
        assertThat(first.projectCode()).isEqualTo("ZZ-1");
        assertThat(first.forecast()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(first.actual()).isNull();
        assertThat(first.percent()).isEqualByComparingTo("50");
        assertThat(first.note()).isEqualTo("在办");
        assertThat(read.rows().get(1).actual()).isEqualTo(LocalDate.of(2026, 8, 30));
    }

    @Test
    void cellsThatCannotBeReadAreReportedByRowAndColumn() throws IOException {
        byte[] edited = edit(MilestoneWorkbook.write(LINES, key -> key), sheet -> {
            sheet.getRow(1).getCell(Column.FORECAST.ordinal()).setCellValue("下个月");
            sheet.getRow(2).getCell(Column.PERCENT.ordinal()).setCellValue("八十");
            sheet.getRow(2).getCell(Column.ACTUAL.ordinal()).setCellValue("2026/8/31");
        });

        MilestoneWorkbook.Read read = MilestoneWorkbook.read(new ByteArrayInputStream(edited));

        assertThat(read.problems()).extracting(p -> p.column().letter() + p.rowNumber() + " " + p.messageKey())
                .containsExactly("I2 workbook.badDate", "K3 workbook.badNumber");
        assertThat(read.rows().get(1).actual()).isEqualTo(LocalDate.of(2026, 8, 31));
    }

    @Test
    void datesAndNumbersAreReadWhateverTheCellsDisplayFormat() throws IOException {
        byte[] edited = edit(MilestoneWorkbook.write(LINES, key -> key), sheet -> {
            var workbook = sheet.getWorkbook();
            var usDate = workbook.createCellStyle();
            usDate.setDataFormat((short) 14); // m/d/yy, what Excel gives a date typed in a new cell
            var percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            var forecast = sheet.getRow(1).getCell(Column.FORECAST.ordinal());
            forecast.setCellValue(LocalDate.of(2026, 7, 15));
            forecast.setCellStyle(usDate);
            // a day number in a cell without a date format is still a date
            sheet.getRow(2).getCell(Column.FORECAST.ordinal()).setCellValue(46254); // 2026-08-20
            var percentCell = sheet.getRow(1).getCell(Column.PERCENT.ordinal());
            percentCell.setCellValue(62.5);
            percentCell.setCellStyle(percent);
        });

        MilestoneWorkbook.Read read = MilestoneWorkbook.read(new ByteArrayInputStream(edited));

        assertThat(read.problems()).isEmpty();
        assertThat(read.rows().get(0).forecast()).isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(read.rows().get(0).percent()).isEqualByComparingTo("62.5");
        assertThat(read.rows().get(1).forecast()).isEqualTo(LocalDate.of(2026, 8, 20));
        assertThat(read.rows().get(1).milestoneId()).isEqualTo(12L);
    }

    @Test
    void aLargeWorkbookRoundTrips() {
        List<Line> lines = java.util.stream.IntStream.range(0, 30_000).mapToObj(i -> new Line("BIG-" + i / 10,
                "项目" + i / 10, 70_000_000L + i, i % 7, "节点" + i % 10, "施工", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1), null, BigDecimal.valueOf(i % 100), null, false))
                .toList();

        MilestoneWorkbook.Read read = MilestoneWorkbook.read(new ByteArrayInputStream(MilestoneWorkbook.write(lines, key -> key)));

        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).hasSize(30_000);
        assertThat(read.rows().get(29_999).milestoneId()).isEqualTo(70_029_999L);
        assertThat(read.rows().get(29_999).version()).isEqualTo(29_999L % 7);
        assertThat(read.rows().get(29_999).rowNumber()).isEqualTo(30_001);
    }

    @Test
    void anyOtherFileIsRefusedAsAWhole() throws IOException {
        ByteArrayOutputStream other = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("x");
            workbook.write(other);
        }
        assertThat(MilestoneWorkbook.read(new ByteArrayInputStream(other.toByteArray())).problems())
                .extracting(MilestoneWorkbook.CellProblem::messageKey).containsExactly("workbook.notOurs");
        assertThat(MilestoneWorkbook.read(new ByteArrayInputStream("not a zip".getBytes())).problems())
                .extracting(MilestoneWorkbook.CellProblem::messageKey).containsExactly("workbook.unreadable");
    }

    static byte[] edit(byte[] file, java.util.function.Consumer<Sheet> change) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            change.accept(workbook.getSheetAt(0));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
