package org.citygov.plantracker.infrastructure.export;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citygov.plantracker.application.library.DiffView;
import org.citygov.plantracker.application.library.LibrarySnapshotRow;
import org.citygov.plantracker.domain.model.library.LibraryProjectFacts;
import org.citygov.plantracker.domain.model.library.LibraryProjectFacts.OutputFact;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.service.library.LibraryDiff;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class LibraryDiffWorkbookTest {

    static LibraryProjectFacts project(String code, String district, String quantity, String unit) {
        return new LibraryProjectFacts(code, "项目" + code, null, "ZZ-PS-14", "C1.4", "工程C1.4", null,
                district, "区" + district, null, district, "区" + district, null, "U1", "单位", null,
                Category.CHILDCARE, Stage.RESERVE, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31),
                new BigDecimal("100"), null, false,
                List.of(new OutputFact("ZZ-PS-14", "C1.4-T9", district, new BigDecimal(quantity), unit)), null);
    }

    @Test
    void theOutputsSheetGivesTheLibraryTotalsThenEachGroupsPerUnit() throws Exception {
        LibraryDiff diff = LibraryDiff.between(
                List.of(project("P1", "J04", "100", "托位"), project("P2", "J01", "30", "托位")),
                List.of(project("P1", "J04", "100", "个"), project("P2", "J01", "50", "托位")));
        LibrarySnapshotRow snapshot = new LibrarySnapshotRow(1L, null, "基线", null, LocalDateTime.of(2026, 1, 1, 9, 0), "city", 2,
                new BigDecimal("200"), false);
        DiffView view = new DiffView(snapshot, snapshot, diff, Map.of("ZZ-PS-14 C1.4-T9", new String[]{"托位目标", "Places"}));
        Function<String, String> text = key -> key;

        byte[] bytes = new LibraryDiffWorkbook(text, false).write(view);

        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet outputs = wb.getSheet("library.diff.sheet.outputs");
            List<String> rows = new ArrayList<>();
            for (int r = 1; r <= outputs.getLastRowNum(); r++) {
                Row row = outputs.getRow(r);
                rows.add(row.getCell(0).getStringCellValue() + " | " + row.getCell(2).getStringCellValue() + " | "
                        + row.getCell(5).getStringCellValue() + " | " + (int) row.getCell(6).getNumericCellValue()
                        + " → " + (int) row.getCell(7).getNumericCellValue() + " (" + (int) row.getCell(8).getNumericCellValue() + ")");
            }
            assertThat(rows).containsExactly(
                    "library.diff.outputsAll |  | 个 | 0 → 100 (100)",
                    "library.diff.outputsAll |  | 托位 | 130 → 50 (-80)",
                    "ZZ-PS-14 C1.4 | 区J01 | 托位 | 30 → 50 (20)",
                    "ZZ-PS-14 C1.4 | 区J04 | 个 | 0 → 100 (100)",
                    "ZZ-PS-14 C1.4 | 区J04 | 托位 | 100 → 0 (-100)");
            Sheet details = wb.getSheet("library.diff.sheet.details");
            assertThat(details.getRow(2).getCell(5).getStringCellValue()).isEqualTo("产出单位");
            assertThat(details.getRow(2).getCell(7).getStringCellValue()).isEqualTo("托位");
            assertThat(details.getRow(2).getCell(8).getStringCellValue()).isEqualTo("个");
        }
    }
}
