package org.citygov.plantracker.infrastructure.spreadsheet;

import org.citygov.plantracker.infrastructure.spreadsheet.PortfolioWorkbook.ReadRow;
import org.citygov.plantracker.infrastructure.spreadsheet.PortfolioWorkbook.Sheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The streaming read of the portfolio workbook gives back what the writer wrote, cell by cell, as text. */
class PortfolioWorkbookReadTest {

    private static final PortfolioWorkbook.Lists LISTS = new PortfolioWorkbook.Lists(List.of("SPORTS"), List.of("IN_USE"),
            List.of("COMPLETION"), List.of("MUNICIPAL_BUDGET"), List.of("APPROVED"), List.of("STREET"));

    private static byte[] written(PortfolioWorkbook.Rows rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PortfolioWorkbook.write(out, LISTS, List.of("help"), rows);
        return out.toByteArray();
    }

    @Test
    void everyWrittenCellIsReadBackByItsColumnKeyWithRealDatesAndWanYuan() {
        byte[] file = written((sheet, row) -> {
            if (sheet == Sheet.PROJECTS) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("code", "P-1");
                p.put("nameZh", "体育公园");
                p.put("plannedStart", LocalDate.of(2022, 10, 1));
                p.put("totalInvestment", new BigDecimal("123456789.01"));
                p.put("sample", Boolean.TRUE);
                row.accept(p);
            }
            if (sheet == Sheet.OUTPUTS) {
                row.accept(Map.of("project", "P-1", "confirmedOn", LocalDate.of(2022, 10, 15), "planned", new BigDecimal("2.5")));
            }
        });
        List<ReadRow> rows = new ArrayList<>();
        assertThat(PortfolioWorkbook.read(new ByteArrayInputStream(file), rows::add)).isNull();
        assertThat(rows).hasSize(2);
        ReadRow project = rows.stream().filter(r -> r.sheet() == Sheet.PROJECTS).findFirst().orElseThrow();
        assertThat(project.rowNumber()).isEqualTo(3);
        assertThat(project.get("code")).isEqualTo("P-1");
        assertThat(project.get("nameZh")).isEqualTo("体育公园");
        assertThat(project.get("plannedStart")).isEqualTo("2022-10-01");
        assertThat(new BigDecimal(project.get("totalInvestment")).multiply(BigDecimal.valueOf(10_000)))
                .isEqualByComparingTo("123456789.01");
        assertThat(project.get("sample")).isEqualTo("是");
        ReadRow output = rows.stream().filter(r -> r.sheet() == Sheet.OUTPUTS).findFirst().orElseThrow();
        assertThat(output.get("confirmedOn")).isEqualTo("2022-10-15");
        assertThat(output.get("planned")).isEqualTo("2.5");
        assertThat(PortfolioWorkbook.columnLetter(Sheet.OUTPUTS, "confirmedOn", LISTS)).isEqualTo("H");
    }

    @Test
    void aWorkbookNotOursOrNotAWorkbookIsAProblemOfTheWholeFile() throws Exception {
        ByteArrayOutputStream other = new ByteArrayOutputStream();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            book.createSheet("项目 Projects").createRow(2).createCell(0).setCellValue("P-1");
            book.write(other);
        }
        List<ReadRow> rows = new ArrayList<>();
        assertThat(PortfolioWorkbook.read(new ByteArrayInputStream(other.toByteArray()), rows::add).messageKey())
                .isEqualTo("portfolio.import.notOurs");
        assertThat(rows).isEmpty();
        assertThat(PortfolioWorkbook.read(new ByteArrayInputStream("no".getBytes(StandardCharsets.UTF_8)), rows::add)
                .messageKey()).isEqualTo("workbook.unreadable");
    }

    @Test
    void theSinkLearnsTheSheetsInFileOrderBeforeTheFirstRow() {
        byte[] file = written((sheet, row) -> {
            if (sheet == Sheet.REPORTS) {
                row.accept(Map.of("project", "P-1", "month", LocalDate.of(2022, 9, 1)));
            }
        });
        List<List<Sheet>> orders = new ArrayList<>();
        List<ReadRow> rows = new ArrayList<>();
        assertThat(PortfolioWorkbook.read(new ByteArrayInputStream(file), new PortfolioWorkbook.RowSink() {
            @Override
            public void sheets(List<Sheet> inFileOrder) {
                assertThat(rows).isEmpty();
                orders.add(inFileOrder);
            }

            @Override
            public void accept(ReadRow row) {
                rows.add(row);
            }
        })).isNull();
        assertThat(orders).hasSize(1);
        // the order the import relies on to check the monthly reports as they stream in
        assertThat(orders.get(0).indexOf(Sheet.PROJECTS)).isLessThan(orders.get(0).indexOf(Sheet.REPORTS));
        assertThat(orders.get(0).indexOf(Sheet.PLACES)).isLessThan(orders.get(0).indexOf(Sheet.PROJECTS));
        assertThat(rows).hasSize(1);
    }
}
