package org.citygov.plantracker.infrastructure.spreadsheet;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
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
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import javax.xml.parsers.ParserConfigurationException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offices' milestone workbook (Excel): one row per milestone, pre-filled, with four columns to
 * edit (forecast, actual date, percent complete, note) and the others locked. The layout lives
 * here only, for writing and for reading back. Reading never judges the content: it reports cells
 * it cannot read (a text where a date belongs) and leaves the rules to the application.
 * <p>
 * Both directions stream (SXSSF when writing, the SAX event reader when reading), so a workbook of
 * tens of thousands of rows needs a few megabytes, not the ~1 KB per cell of POI's in-memory model:
 * the in-memory version ran a 768 MB server out of heap on the 50,000 milestones of an office with
 * 5,000 projects (benchmark, docs/production.md).
 */
public final class MilestoneWorkbook {

    /** Written into a hidden sheet, so an upload can tell our workbook from any other. */
    public static final String MARKER = "plantracker-milestones-v1";
    private static final String META_SHEET = "plantracker";
    public static final int MAX_ROWS = UploadedWorkbooks.MAX_ROWS;
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
        // shared strings, not SXSSF's default inline strings: a cell edited by a program that keeps the
        // inline form (POI's own XSSF does) would otherwise carry its old text next to the new one
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, false, true);
        try (workbook) {
            SXSSFSheet sheet = workbook.createSheet(text.apply("workbook.sheet"));
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
            XSSFSheet template = workbook.getXSSFWorkbook().getSheetAt(0);
            template.lockFormatColumns(false);
            template.lockAutoFilter(false);
            template.lockSort(false);

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
        } finally {
            workbook.dispose();
        }
    }

    /**
     * Reads a workbook written by {@link #write}. A file that is not such a workbook yields one
     * problem on row 0 and no rows.
     */
    public static Read read(InputStream in) {
        List<ReadRow> rows = new ArrayList<>();
        List<CellProblem> problems = new ArrayList<>();
        try {
            UploadedWorkbooks.read(in, pkg -> {
                XSSFReader reader = new XSSFReader(pkg);
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
                if (!MARKER.equals(markerOf(reader, strings))) {
                    problems.add(new CellProblem(0, null, "workbook.notOurs",
                            "This is not a milestone workbook downloaded from plan-tracker"));
                    return null;
                }
                RowCollector collector = new RowCollector(rows, problems);
                try (InputStream sheet = reader.getSheetsData().next()) {
                    parse(reader, strings, collector, sheet);
                } catch (TooManyRows e) {
                    rows.clear();
                    problems.clear();
                    problems.add(new CellProblem(0, null, "workbook.tooManyRows",
                            "The workbook has more than " + MAX_ROWS + " rows", MAX_ROWS));
                }
                return null;
            });
        } catch (UploadedWorkbooks.Refused e) {
            rows.clear();
            problems.clear();
            problems.add(new CellProblem(0, null, e.messageKey(), e.getMessage(), e.arguments()));
        }
        return new Read(rows, problems);
    }

    /** A1 of the hidden sheet, or null when there is no such sheet. */
    private static String markerOf(XSSFReader reader, ReadOnlySharedStringsTable strings)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (sheets.hasNext()) {
            try (InputStream sheet = sheets.next()) {
                if (META_SHEET.equals(sheets.getSheetName())) {
                    String[] a1 = new String[1];
                    parse(reader, strings, new RowHandler() {
                        @Override
                        void row(int rowNum, String[] cells) {
                            if (rowNum == 0) {
                                a1[0] = cells[0];
                            }
                        }
                    }, sheet);
                    return a1[0];
                }
            }
        }
        return null;
    }

    private static void parse(XSSFReader reader, ReadOnlySharedStringsTable strings, RowHandler handler,
                              InputStream sheet)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, handler,
                new PlainFormatter(), false));
        parser.parse(new InputSource(sheet));
    }

    /** The cells of one row at a time, as text (see {@link PlainFormatter}); blank cells are null. */
    private abstract static class RowHandler implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final String[] cells = new String[Column.values().length];

        abstract void row(int rowNum, String[] cells);

        @Override
        public void startRow(int rowNum) {
            Arrays.fill(cells, null);
        }

        @Override
        public void endRow(int rowNum) {
            row(rowNum, cells);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            if (column < cells.length && value != null && !value.isBlank()) {
                cells[column] = value.trim();
            }
        }
    }

    private static final class TooManyRows extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyRows() {
            super(null, null, false, false);
        }
    }

    /** The milestone rows of the first sheet (row 0 is the header). */
    private static final class RowCollector extends RowHandler {

        private final List<ReadRow> rows;
        private final List<CellProblem> problems;

        RowCollector(List<ReadRow> rows, List<CellProblem> problems) {
            this.rows = rows;
            this.problems = problems;
        }

        @Override
        void row(int rowNum, String[] cells) {
            if (rowNum == 0 || Arrays.stream(cells).allMatch(java.util.Objects::isNull)) {
                return;
            }
            if (rowNum > MAX_ROWS) {
                throw new TooManyRows();
            }
            int number = rowNum + 1;
            String code = cells[Column.PROJECT_CODE.ordinal()];
            Long id = longValue(cells, Column.MILESTONE_ID, number, problems);
            Long version = longValue(cells, Column.VERSION, number, problems);
            if (id == null && problems.stream().noneMatch(p -> p.rowNumber() == number
                    && p.column() == Column.MILESTONE_ID)) {
                problems.add(new CellProblem(number, Column.MILESTONE_ID, "workbook.idMissing",
                        "The milestone id is missing"));
            }
            LocalDate forecast = dateValue(cells, Column.FORECAST, number, problems);
            LocalDate actual = dateValue(cells, Column.ACTUAL, number, problems);
            BigDecimal percent = decimalValue(cells, Column.PERCENT, number, problems);
            String note = cells[Column.NOTE.ordinal()];
            rows.add(new ReadRow(number, code, id, version, forecast, actual, percent, note));
        }
    }

    /**
     * Numbers as plain decimals (35, 0.5, 70000123) and date-formatted numbers as ISO dates
     * (2026-08-31), whatever display format the cell has; text as it is.
     */
    static final class PlainFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
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

    private static Long longValue(String[] cells, Column column, int number, List<CellProblem> problems) {
        String text = cells[column.ordinal()];
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

    private static LocalDate dateValue(String[] cells, Column column, int number, List<CellProblem> problems) {
        String text = cells[column.ordinal()];
        if (text == null) {
            return null;
        }
        BigDecimal serial = number(text);
        if (serial != null && DateUtil.isValidExcelDate(serial.doubleValue())) {
            // a date typed into a cell without a date format arrives as Excel's day number
            return DateUtil.getLocalDateTime(serial.doubleValue()).toLocalDate();
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

    private static BigDecimal decimalValue(String[] cells, Column column, int number, List<CellProblem> problems) {
        String text = cells[column.ordinal()];
        if (text == null) {
            return null;
        }
        BigDecimal value = number(text.replace("%", "").replace("％", "").trim());
        if (value == null) {
            problems.add(new CellProblem(number, column, "workbook.badNumber", "'" + text + "' is not a number", text));
        }
        return value;
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
