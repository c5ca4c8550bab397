package org.citygov.plantracker.fault;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.time.LocalDate;

/**
 * For bin/fault-test: changes every milestone row of a downloaded milestone workbook (offices) the
 * way an office would — percent complete +5 (capped at 95), forecast +30 days, a new note — so the
 * upload changes every milestone. Columns as {@code MilestoneWorkbook.Column}: I forecast, K percent,
 * L note. Not a unit test: a command-line tool the fault test runs.
 * <pre>java -cp … org.citygov.plantracker.fault.WorkbookEdit in.xlsx out.xlsx run-id</pre>
 * Prints the number of rows changed.
 */
public final class WorkbookEdit {

    private static final int FORECAST = 8, ACTUAL = 9, PERCENT = 10, NOTE = 11;

    private WorkbookEdit() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: WorkbookEdit in.xlsx out.xlsx run-id");
            System.exit(2);
        }
        int changed = 0;
        try (FileInputStream in = new FileInputStream(args[0]); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || row.getCell(2) == null || row.getCell(2).getCellType() != CellType.NUMERIC) {
                    continue;
                }
                Cell actual = row.getCell(ACTUAL);
                if (actual != null && actual.getCellType() == CellType.NUMERIC) {
                    continue; // done milestones: left as they are
                }
                Cell percent = row.getCell(PERCENT, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                double p = percent.getCellType() == CellType.NUMERIC ? percent.getNumericCellValue() : 0;
                percent.setCellValue(Math.min(95, p + 5));
                Cell forecast = row.getCell(FORECAST, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                LocalDate f = forecast.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(forecast)
                        ? forecast.getLocalDateTimeCellValue().toLocalDate()
                        : forecast.getCellType() == CellType.STRING && !forecast.getStringCellValue().isBlank()
                        ? LocalDate.parse(forecast.getStringCellValue().trim()) : LocalDate.of(2027, 6, 30);
                forecast.setCellValue(f.plusDays(30));
                row.getCell(NOTE, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue("fault " + args[2] + " row " + (r + 1));
                changed++;
            }
            try (FileOutputStream out = new FileOutputStream(args[1])) {
                workbook.write(out);
            }
        }
        System.out.println(changed);
    }
}
