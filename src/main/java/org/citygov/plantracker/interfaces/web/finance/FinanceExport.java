package org.citygov.plantracker.interfaces.web.finance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.citygov.plantracker.application.SampleData;
import org.citygov.plantracker.interfaces.web.common.ExportSheets;

/**
 * The finance tables' Excel exports (p:dataExporter postProcessor): a first row that says the
 * amounts are in 万元 and, while the database holds sample data, that the figures are 示例/sample.
 */
@Named("financeExport")
@ApplicationScoped
public class FinanceExport {

    @Inject
    private SampleData sampleData;

    public void label(Object document) {
        if (!(document instanceof Workbook workbook)) {
            return;
        }
        String text = FinanceFaces.text("fin.wan") + (sampleData.present() ? " · " + FinanceFaces.text("fin.sampleExport") : "");
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        style.setFont(font);
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Sheet sheet = workbook.getSheetAt(i);
            if (sheet.getLastRowNum() >= 0 && sheet.getPhysicalNumberOfRows() > 0) {
                sheet.shiftRows(0, sheet.getLastRowNum(), 1);
            }
            Row row = sheet.createRow(0);
            Cell cell = row.createCell(0);
            cell.setCellValue(text);
            cell.setCellStyle(style);
        }
        ExportSheets.finish(workbook, 1, null);
    }
}
