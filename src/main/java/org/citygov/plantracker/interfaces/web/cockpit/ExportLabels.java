package org.citygov.plantracker.interfaces.web.cockpit;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Marks exported workbooks that hold sample (示例) data, as every export must say so. */
final class ExportLabels {

    private ExportLabels() {
    }

    static void label(Object document, boolean sample, String text) {
        org.citygov.plantracker.interfaces.web.common.ExportSheets.finish(document, 0, null);
        if (!sample || !(document instanceof Workbook workbook) || workbook.getNumberOfSheets() == 0) {
            return;
        }
        Sheet sheet = workbook.getSheetAt(0);
        Row row = sheet.createRow(sheet.getLastRowNum() + 2);
        row.createCell(0).setCellValue(text);
    }
}
