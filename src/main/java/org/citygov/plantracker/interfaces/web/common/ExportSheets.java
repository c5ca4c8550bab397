package org.citygov.plantracker.interfaces.web.common;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * What every table export (p:dataExporter postProcessor) gets, as the report workbook has it: the
 * header row frozen, an autofilter on the header, and a sheet named for what it lists rather than
 * the table's caption (which held the filter's count, "共 12 个项目").
 */
public final class ExportSheets {

    private ExportSheets() {
    }

    /**
     * @param headerRow the header row's index (0, or 1 below a label row)
     * @param sheetName the sheet's name, or null to keep it
     */
    public static void finish(Object document, int headerRow, String sheetName) {
        if (!(document instanceof Workbook workbook) || workbook.getNumberOfSheets() == 0) {
            return;
        }
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Sheet sheet = workbook.getSheetAt(i);
            Row header = sheet.getRow(headerRow);
            if (header == null || header.getLastCellNum() <= 0) {
                continue;
            }
            sheet.createFreezePane(0, headerRow + 1);
            int last = Math.max(sheet.getLastRowNum(), headerRow);
            sheet.setAutoFilter(new CellRangeAddress(headerRow, last, 0, header.getLastCellNum() - 1));
        }
        if (sheetName != null && !sheetName.isBlank() && workbook.getNumberOfSheets() == 1) {
            workbook.setSheetName(0, WorkbookUtil.createSafeSheetName(sheetName));
        }
    }
}
