package org.citygov.plantracker.infrastructure.spreadsheet;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offices' milestone workbook (Excel): one row per milestone, pre-filled, with four columns to
 * edit (forecast, actual date, percent complete, note) and the others locked. The layout lives
 * here only, for writing and for reading back. Reading never judges the content: it reports cells
 * it cannot read (a text where a date belongs) and leaves the rules to the application.
 */
public final class MilestoneWorkbook {

    /** Written into a hidden sheet, so an upload can tell our workbook from any other. */
    public static final String MARKER = "plantracker-milestones-v1";
    private static final String META_SHEET = "plantracker";
    public static final int MAX_ROWS = 20_000;
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");

    /** The columns, in order. Only {@link Column#editable} ones are read back (plus the row's identity). */
    public enum Column {
        PROJECT_CODE("workbook.col.projectCode", false, 16),
        PROJECT_NAME("workbook.col.projectName", false, 30),
        MILESTONE_ID("workbook.col.milestoneId", false, 10),
        VERSION("workbook.col.version", false, 6),
        MILESTONE("workbook.col.milestone", false, 28),
        KIND("workbook.col.kind", false, 10),
        ORIGINAL_BASELINE("workbook.col.originalBaseline", false, 12),
        BASELINE("workbook.col.baseline", false, 12),
        FORECAST("workbook.col.forecast", true, 12),
        ACTUAL("workbook.col.actual", true, 12),
        PERCENT("workbook.col.percent", true, 10),
        NOTE("workbook.col.note", true, 40),
        SAMPLE("workbook.col.sample", false, 6);

        private final String labelKey;
        private final boolean editable;
        private final int width;

        Column(String labelKey, boolean editable, int width) {
            this.labelKey = labelKey;
            this.editable = editable;
            this.width = width;
        }

        public String labelKey() { return labelKey; }
        public boolean editable() { return editable; }

        /** The spreadsheet column letter (A, B, …). */
        public String letter() {
            return String.valueOf((char) ('A' + ordinal()));
        }
    }

    /** One milestone to write. */
    public record Line(String projectCode, String projectName, Long milestoneId, long version, String milestoneName,
                       String kind, LocalDate originalBaseline, LocalDate baseline, LocalDate forecast,
                       LocalDate actual, BigDecimal percent, String note, boolean sample) {
    }

    /** One row read back; {@code rowNumber} is Excel's (the header is row 1). */
    public record ReadRow(int rowNumber, String projectCode, Long milestoneId, Long version, LocalDate forecast,
                          LocalDate actual, BigDecimal percent, String note) {
    }

    /** A cell that could not be read. */
    public record CellProblem(int rowNumber, Column column, String messageKey, String english, Object... arguments) {
    }

    public record Read(List<ReadRow> rows, List<CellProblem> problems) {
    }

    private MilestoneWorkbook() {
    }

    /**
     * Writes the workbook. {@code text} gives the column headers and the instructions in the user's
     * language; {@code sampleLabel} marks sample (示例) rows.
     */
    public static byte[] write(List<Line> lines, Function<String, String> text) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet(text.apply("workbook.sheet"));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setLocked(true);
            CellStyle locked = workbook.createCellStyle();
            locked.setLocked(true);
            locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            locked.setFillPattern(FillPatternType.NO_FILL);
            CellStyle lockedDate = workbook.createCellStyle();
            lockedDate.cloneStyleFrom(locked);
            lockedDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle open = workbook.createCellStyle();
            open.setLocked(false);
            open.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            open.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            open.setBorderBottom(BorderStyle.HAIR);
            CellStyle openDate = workbook.createCellStyle();
            openDate.cloneStyleFrom(open);
            openDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));

            Row head = sheet.createRow(0);
            for (Column column : Column.values()) {
                Cell cell = head.createCell(column.ordinal());
                cell.setCellValue(text.apply(column.labelKey()));
                cell.setCellStyle(header);
                sheet.setColumnWidth(column.ordinal(), column.width * 256 + 512);
            }
            int r = 1;
            for (Line line : lines) {
                Row row = sheet.createRow(r++);
                text(row, Column.PROJECT_CODE, line.projectCode(), locked);
                text(row, Column.PROJECT_NAME, line.projectName(), locked);
                number(row, Column.MILESTONE_ID, line.milestoneId(), locked);
                number(row, Column.VERSION, line.version(), locked);
                text(row, Column.MILESTONE, line.milestoneName(), locked);
                text(row, Column.KIND, line.kind(), locked);
                date(row, Column.ORIGINAL_BASELINE, line.originalBaseline(), lockedDate);
                date(row, Column.BASELINE, line.baseline(), lockedDate);
                date(row, Column.FORECAST, line.forecast(), openDate);
                date(row, Column.ACTUAL, line.actual(), openDate);
                Cell percent = row.createCell(Column.PERCENT.ordinal());
                percent.setCellStyle(open);
                if (line.percent() != null) {
                    percent.setCellValue(line.percent().doubleValue());
                }
                text(row, Column.NOTE, line.note(), open);
                text(row, Column.SAMPLE, line.sample() ? text.apply("app.sample") : null, locked);
            }
            int last = Math.max(1, r - 1);
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidationConstraint percentRange = helper.createDecimalConstraint(
                    DataValidationConstraint.OperatorType.BETWEEN, "0", "100");
            DataValidation percentCheck = helper.createValidation(percentRange,
                    new CellRangeAddressList(1, last, Column.PERCENT.ordinal(), Column.PERCENT.ordinal()));
            percentCheck.setShowErrorBox(true);
            percentCheck.createErrorBox(text.apply("workbook.col.percent"), text.apply("workbook.percentHint"));
            sheet.addValidationData(percentCheck);
            sheet.createFreezePane(5, 1);
            // locked columns guard the row's identity; no password: the office may lift it, the upload checks anyway
            sheet.protectSheet("");
            sheet.lockFormatColumns(false);
            sheet.lockAutoFilter(false);
            sheet.lockSort(false);

            Sheet help = workbook.createSheet(text.apply("workbook.helpSheet"));
            help.setColumnWidth(0, 120 * 256);
            String[] keys = {"workbook.help1", "workbook.help2", "workbook.help3", "workbook.help4", "workbook.help5"};
            for (int i = 0; i < keys.length; i++) {
                help.createRow(i).createCell(0).setCellValue(text.apply(keys[i]));
            }
            if (lines.stream().anyMatch(Line::sample)) {
                help.createRow(keys.length + 1).createCell(0).setCellValue(text.apply("app.sampleBanner"));
            }
            Sheet meta = workbook.createSheet(META_SHEET);
            meta.createRow(0).createCell(0).setCellValue(MARKER);
            workbook.setSheetHidden(workbook.getSheetIndex(meta), true);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a workbook written by {@link #write}. A file that is not such a workbook yields one
     * problem on row 0 and no rows.
     */
    public static Read read(InputStream in) {
        List<ReadRow> rows = new ArrayList<>();
        List<CellProblem> problems = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet meta = workbook.getSheet(META_SHEET);
            if (meta == null || meta.getRow(0) == null || !MARKER.equals(string(meta.getRow(0).getCell(0)))) {
                problems.add(new CellProblem(0, null, "workbook.notOurs",
                        "This is not a milestone workbook downloaded from plan-tracker"));
                return new Read(rows, problems);
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                problems.add(new CellProblem(0, null, "workbook.tooManyRows",
                        "The workbook has more than " + MAX_ROWS + " rows", MAX_ROWS));
                return new Read(rows, problems);
            }
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row == null || blank(row)) {
                    continue;
                }
                int number = i + 1;
                String code = string(row.getCell(Column.PROJECT_CODE.ordinal()));
                Long id = longValue(row, Column.MILESTONE_ID, number, problems);
                Long version = longValue(row, Column.VERSION, number, problems);
                if (id == null && problems.stream().noneMatch(p -> p.rowNumber() == number
                        && p.column() == Column.MILESTONE_ID)) {
                    problems.add(new CellProblem(number, Column.MILESTONE_ID, "workbook.idMissing",
                            "The milestone id is missing"));
                }
                LocalDate forecast = dateValue(row, Column.FORECAST, number, problems);
                LocalDate actual = dateValue(row, Column.ACTUAL, number, problems);
                BigDecimal percent = decimalValue(row, Column.PERCENT, number, problems);
                String note = string(row.getCell(Column.NOTE.ordinal()));
                rows.add(new ReadRow(number, code, id, version, forecast, actual, percent, note));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new CellProblem(0, null, "workbook.unreadable",
                    "The file cannot be read as an Excel workbook (.xlsx)"));
        }
        return new Read(rows, problems);
    }

    private static boolean blank(Row row) {
        for (Column column : Column.values()) {
            if (string(row.getCell(column.ordinal())) != null) {
                return false;
            }
        }
        return true;
    }

    private static void text(Row row, Column column, String value, CellStyle style) {
        Cell cell = row.createCell(column.ordinal());
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private static void number(Row row, Column column, Number value, CellStyle style) {
        Cell cell = row.createCell(column.ordinal());
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    private static void date(Row row, Column column, LocalDate value, CellStyle style) {
        Cell cell = row.createCell(column.ordinal());
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private static final DataFormatter FORMATTER = new DataFormatter();

    private static String string(Cell cell) {
        if (cell == null) {
            return null;
        }
        String value = switch (type(cell)) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case BLANK, _NONE, ERROR -> null;
            default -> FORMATTER.formatCellValue(cell);
        };
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static CellType type(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    private static Long longValue(Row row, Column column, int number, List<CellProblem> problems) {
        Cell cell = row.getCell(column.ordinal());
        String text = string(cell);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            problems.add(new CellProblem(number, column, "workbook.badWholeNumber", "'" + text + "' is not a whole number",
                    text));
            return null;
        }
    }

    private static LocalDate dateValue(Row row, Column column, int number, List<CellProblem> problems) {
        Cell cell = row.getCell(column.ordinal());
        if (cell == null) {
            return null;
        }
        if (type(cell) == CellType.NUMERIC) {
            double serial = cell.getNumericCellValue();
            if (DateUtil.isValidExcelDate(serial)) {
                return DateUtil.getLocalDateTime(serial).toLocalDate();
            }
        }
        String text = string(cell);
        if (text == null) {
            return null;
        }
        Matcher m = DATE.matcher(text);
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException e) {
                // falls through to the problem below
            }
        }
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            problems.add(new CellProblem(number, column, "workbook.badDate",
                    "'" + text + "' is not a date (yyyy-mm-dd)", text));
            return null;
        }
    }

    private static BigDecimal decimalValue(Row row, Column column, int number, List<CellProblem> problems) {
        Cell cell = row.getCell(column.ordinal());
        if (cell == null) {
            return null;
        }
        if (type(cell) == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue());
        }
        String text = string(cell);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace("%", "").replace("％", "").trim());
        } catch (NumberFormatException e) {
            problems.add(new CellProblem(number, column, "workbook.badNumber", "'" + text + "' is not a number", text));
            return null;
        }
    }
}
