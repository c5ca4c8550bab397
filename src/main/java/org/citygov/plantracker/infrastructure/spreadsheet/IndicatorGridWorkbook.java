package org.citygov.plantracker.infrastructure.spreadsheet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The indicator grid as an Excel workbook (指标年度监测值): one row per indicator with its unit, kind,
 * baseline and target, one column per year (2021–2025) to fill, and a source, an evidence (word
 * targets) and a note column that apply to the row's changed cells. A hidden sheet keeps each cell's
 * value and version as downloaded, so an upload can tell what the user changed from what someone
 * else changed since (never overwritten). Reading never judges a value: it reports cells it cannot
 * read and leaves the rules to the application. The grid is small (dozens of rows): POI's in-memory
 * model, opened through {@link UploadedWorkbooks}.
 */
public final class IndicatorGridWorkbook {

    public static final String MARKER = "plantracker-indicator-grid-v1";
    private static final String META_SHEET = "plantracker";

    /** The fixed columns before the years, then the three after them. */
    public static final int CODE = 0;
    public static final int FIRST_YEAR_COLUMN = 7;

    /** One indicator to write: {@code values} by year as text (a number, or "true"/"false" for a word target). */
    public record Line(String code, String domain, String name, String unit, String nature, String baseline,
                       String target, boolean wordTarget, Map<Integer, String> values, Map<Integer, Long> versions,
                       Map<Integer, Boolean> samples) {
    }

    /**
     * One row read back; {@code rowNumber} is Excel's (header = 1). {@code values} by year, canonical
     * (see {@link #canonical}); blank cells are absent.
     */
    public record ReadRow(int rowNumber, String code, Map<Integer, String> values, String source, String evidence,
                          String note) {
    }

    /** A cell as downloaded: its value (canonical, null when empty) and its version (null when empty). */
    public record Original(String value, Long version) {
    }

    public record CellProblem(int rowNumber, String column, String messageKey, String english, Object... arguments) {
    }

    public record Read(List<Integer> years, List<ReadRow> rows, Map<String, Original> originals,
                       List<CellProblem> problems) {

        public Original original(String code, int year) {
            return originals.getOrDefault(code + "|" + year, new Original(null, null));
        }
    }

    private IndicatorGridWorkbook() {
    }

    /** The column letter of a year's cell, the source, the evidence or the note. */
    public static String yearColumn(List<Integer> years, int year) {
        return letter(FIRST_YEAR_COLUMN + years.indexOf(year));
    }

    public static String sourceColumn(List<Integer> years) {
        return letter(FIRST_YEAR_COLUMN + years.size());
    }

    public static String evidenceColumn(List<Integer> years) {
        return letter(FIRST_YEAR_COLUMN + years.size() + 1);
    }

    public static String noteColumn(List<Integer> years) {
        return letter(FIRST_YEAR_COLUMN + years.size() + 2);
    }

    private static String letter(int column) {
        return String.valueOf((char) ('A' + column));
    }

    /** A value's canonical text: a number without trailing zeros, "true"/"false" for met / not met. */
    public static String canonical(BigDecimal value, Boolean met) {
        if (met != null) {
            return met.toString();
        }
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    public static byte[] write(List<Integer> years, List<Line> lines, Function<String, String> text) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet(text.apply("monitoring.workbook.sheet"));
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setWrapText(true);
            CellStyle open = wb.createCellStyle();
            open.setLocked(false);
            open.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            open.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            List<String> headers = new ArrayList<>(List.of(text.apply("monitoring.workbook.col.code"),
                    text.apply("monitoring.workbook.col.domain"), text.apply("monitoring.workbook.col.name"),
                    text.apply("monitoring.workbook.col.unit"), text.apply("monitoring.workbook.col.nature"),
                    text.apply("monitoring.workbook.col.baseline"), text.apply("monitoring.workbook.col.target")));
            years.forEach(y -> headers.add(String.valueOf(y)));
            headers.add(text.apply("monitoring.workbook.col.source"));
            headers.add(text.apply("monitoring.workbook.col.evidence"));
            headers.add(text.apply("monitoring.workbook.col.note"));
            Row top = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = top.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(head);
            }
            Sheet meta = wb.createSheet(META_SHEET);
            meta.createRow(0).createCell(0).setCellValue(MARKER);
            Row yearRow = meta.createRow(1);
            for (int i = 0; i < years.size(); i++) {
                yearRow.createCell(i).setCellValue(years.get(i));
            }
            int m = 2;
            int r = 1;
            String met = text.apply("monitoring.workbook.met");
            String notMet = text.apply("monitoring.workbook.notMet");
            for (Line line : lines) {
                Row row = sheet.createRow(r++);
                String[] fixed = {line.code(), line.domain(), line.name(), line.unit(), line.nature(), line.baseline(),
                        line.target()};
                for (int c = 0; c < fixed.length; c++) {
                    row.createCell(c).setCellValue(fixed[c] == null ? "" : fixed[c]);
                }
                for (int i = 0; i < years.size(); i++) {
                    int year = years.get(i);
                    Cell cell = row.createCell(FIRST_YEAR_COLUMN + i);
                    cell.setCellStyle(open);
                    String value = line.values().get(year);
                    if (value != null) {
                        if (line.wordTarget() && ("true".equals(value) || "false".equals(value))) {
                            cell.setCellValue("true".equals(value) ? met : notMet);
                        } else {
                            cell.setCellValue(new BigDecimal(value).doubleValue());
                        }
                    }
                    Row metaRow = meta.createRow(m++);
                    metaRow.createCell(0).setCellValue(line.code());
                    metaRow.createCell(1).setCellValue(year);
                    if (value != null) {
                        metaRow.createCell(2).setCellValue(value);
                    }
                    Long version = line.versions().get(year);
                    if (version != null) {
                        metaRow.createCell(3).setCellValue(version);
                    }
                }
                for (int c = 0; c < 3; c++) {
                    row.createCell(FIRST_YEAR_COLUMN + years.size() + c).setCellStyle(open);
                }
            }
            int[] widths = {9, 14, 40, 10, 9, 12, 14};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            for (int i = 0; i < years.size(); i++) {
                sheet.setColumnWidth(FIRST_YEAR_COLUMN + i, 11 * 256);
            }
            sheet.setColumnWidth(FIRST_YEAR_COLUMN + years.size(), 30 * 256);
            sheet.setColumnWidth(FIRST_YEAR_COLUMN + years.size() + 1, 30 * 256);
            sheet.setColumnWidth(FIRST_YEAR_COLUMN + years.size() + 2, 24 * 256);
            sheet.createFreezePane(3, 1);
            Sheet help = wb.createSheet(text.apply("monitoring.workbook.helpSheet"));
            help.setColumnWidth(0, 120 * 256);
            String[] keys = {"monitoring.workbook.help1", "monitoring.workbook.help2", "monitoring.workbook.help3",
                    "monitoring.workbook.help4", "monitoring.workbook.help5"};
            for (int i = 0; i < keys.length; i++) {
                Cell cell = help.createRow(i).createCell(0);
                cell.setCellValue(text.apply(keys[i]));
                cell.setCellStyle(wrap);
            }
            wb.setSheetVisibility(wb.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a workbook written by {@link #write}; a file that is not one yields one problem on row 0. */
    public static Read read(InputStream in) {
        List<CellProblem> problems = new ArrayList<>();
        List<ReadRow> rows = new ArrayList<>();
        Map<String, Original> originals = new HashMap<>();
        List<Integer> years = new ArrayList<>();
        try {
            UploadedWorkbooks.read(in, pkg -> {
                try (XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
                    Sheet meta = wb.getSheet(META_SHEET);
                    if (meta == null || !MARKER.equals(string(meta.getRow(0), 0))) {
                        problems.add(new CellProblem(0, null, "monitoring.workbook.notOurs",
                                "This is not an indicator workbook downloaded from plan-tracker"));
                        return null;
                    }
                    Row yearRow = meta.getRow(1);
                    for (int c = 0; yearRow != null && c < yearRow.getLastCellNum(); c++) {
                        Cell cell = yearRow.getCell(c);
                        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                            years.add((int) cell.getNumericCellValue());
                        }
                    }
                    for (int r = 2; r <= meta.getLastRowNum(); r++) {
                        Row row = meta.getRow(r);
                        if (row == null || row.getCell(0) == null) {
                            continue;
                        }
                        String code = string(row, 0);
                        int year = (int) row.getCell(1).getNumericCellValue();
                        String value = string(row, 2);
                        Cell v = row.getCell(3);
                        Long version = v == null || v.getCellType() != CellType.NUMERIC ? null
                                : (long) v.getNumericCellValue();
                        originals.put(code + "|" + year, new Original(value, version));
                    }
                    Sheet sheet = wb.getSheetAt(0);
                    Row head = sheet.getRow(0);
                    for (int i = 0; i < years.size(); i++) {
                        if (!String.valueOf(years.get(i)).equals(string(head, FIRST_YEAR_COLUMN + i))) {
                            problems.add(new CellProblem(1, letter(FIRST_YEAR_COLUMN + i), "monitoring.workbook.layout",
                                    "The columns were moved: the year " + years.get(i) + " belongs here",
                                    years.get(i)));
                            return null;
                        }
                    }
                    if (sheet.getLastRowNum() > UploadedWorkbooks.MAX_ROWS) {
                        problems.add(new CellProblem(0, null, "workbook.tooManyRows",
                                "The workbook has too many rows", UploadedWorkbooks.MAX_ROWS));
                        return null;
                    }
                    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                        Row row = sheet.getRow(r);
                        String code = string(row, CODE);
                        if (code == null) {
                            continue;
                        }
                        Map<Integer, String> values = new HashMap<>();
                        for (int i = 0; i < years.size(); i++) {
                            int column = FIRST_YEAR_COLUMN + i;
                            Cell cell = row.getCell(column);
                            if (cell == null) {
                                continue;
                            }
                            String value = cellValue(cell);
                            if (value == null) {
                                continue;
                            }
                            if ("?".equals(value)) {
                                problems.add(new CellProblem(r + 1, letter(column), "monitoring.workbook.unreadable",
                                        "Neither a number nor met / not met: " + text(cell), text(cell)));
                                continue;
                            }
                            values.put(years.get(i), value);
                        }
                        rows.add(new ReadRow(r + 1, code, values, string(row, FIRST_YEAR_COLUMN + years.size()),
                                string(row, FIRST_YEAR_COLUMN + years.size() + 1),
                                string(row, FIRST_YEAR_COLUMN + years.size() + 2)));
                    }
                }
                return null;
            });
        } catch (UploadedWorkbooks.Refused e) {
            rows.clear();
            problems.clear();
            problems.add(new CellProblem(0, null, e.messageKey(), e.getMessage(), e.arguments()));
        }
        return new Read(List.copyOf(years), rows, originals, problems);
    }

    /** A year cell's canonical value: a number, "true"/"false", null when blank, "?" when unreadable. */
    private static String cellValue(Cell cell) {
        if (cell.getCellType() == CellType.NUMERIC) {
            return canonical(BigDecimal.valueOf(cell.getNumericCellValue()), null);
        }
        if (cell.getCellType() == CellType.BLANK) {
            return null;
        }
        String t = text(cell);
        if (t == null || t.isBlank()) {
            return null;
        }
        String s = t.strip().toLowerCase(Locale.ROOT);
        switch (s) {
            case "达到", "已达到", "是", "met", "yes", "true" -> {
                return "true";
            }
            case "未达到", "否", "not met", "no", "false" -> {
                return "false";
            }
            default -> {
                try {
                    return canonical(new BigDecimal(s), null);
                } catch (NumberFormatException e) {
                    return "?";
                }
            }
        }
    }

    private static String text(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case FORMULA -> cell.getCellFormula();
            default -> null;
        };
    }

    private static String string(Row row, int column) {
        if (row == null) {
            return null;
        }
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        String t = text(cell);
        return t == null || t.isBlank() ? null : t.strip();
    }
}
