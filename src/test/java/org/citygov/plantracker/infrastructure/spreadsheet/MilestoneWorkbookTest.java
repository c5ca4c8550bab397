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
