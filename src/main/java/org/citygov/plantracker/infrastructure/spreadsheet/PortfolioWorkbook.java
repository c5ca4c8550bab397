package org.citygov.plantracker.infrastructure.spreadsheet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * 项目组合工作簿 — the portfolio workbook: everything the evaluation reads about a portfolio, one sheet
 * per kind of record, Chinese headers with English in the second header row, dates as real dates,
 * amounts in 万元, drop-down lists for the codes. The layout lives here only, for writing and for
 * reading back. Writing streams (SXSSF), so a portfolio of thousands of projects needs little heap.
 */
public final class PortfolioWorkbook {

    /** Written into a hidden sheet, so an upload can tell our workbook from any other. */
    public static final String MARKER = "plantracker-portfolio-v1";
    static final String META_SHEET = "plantracker";
    /** Data starts on this row (0-based): row 0 Chinese headers, row 1 English headers. */
    public static final int FIRST_DATA_ROW = 2;

    /** What a column holds: how it is written and read back. */
    public enum Type {
        TEXT, CODE, DATE, WAN_YUAN, DECIMAL, INTEGER, YES_NO
    }

    /** A column: its key (for the rows), its headers and type, and the list of allowed codes, if any. */
    public record Column(String key, String zh, String en, Type type, List<String> allowed, int width) {
        static Column of(String key, String zh, String en, Type type, int width) {
            return new Column(key, zh, en, type, List.of(), width);
        }

        static Column list(String key, String zh, String en, List<String> allowed) {
            return new Column(key, zh, en, Type.CODE, allowed, 14);
        }
    }

    /** The sheets, in order (the instructions sheet comes first and is not listed here). */
    public enum Sheet {
        LEAD_UNITS("项目单位", "Lead units"),
        PLACES("地点", "Places"),
        PROJECTS("项目", "Projects"),
        MILESTONES("里程碑", "Milestones"),
        REBASELINES("基线调整", "Re-baselines"),
        OUTPUTS("产出", "Outputs"),
        FUNDING("资金", "Funding lines"),
        DISBURSEMENTS("拨付", "Disbursements"),
        REPORTS("月度调度", "Monthly reports"),
        POPULATION("人口", "Population"),
        STOCK("存量", "Existing stock");

        private final String zh;
        private final String en;

        Sheet(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        public String zh() { return zh; }
        public String en() { return en; }
    }

    /** The codes the drop-down lists offer (categories, stages, kinds, sources, statuses, levels). */
    public record Lists(List<String> categories, List<String> stages, List<String> milestoneKinds,
                        List<String> fundingSources, List<String> fundingStatuses, List<String> levels) {
    }

    /** The columns of every sheet, given the code lists. */
    public static Map<Sheet, List<Column>> columns(Lists lists) {
        return Map.ofEntries(
                Map.entry(Sheet.LEAD_UNITS, List.of(
                        Column.of("code", "单位代码", "Code", Type.TEXT, 16),
                        Column.of("nameZh", "单位名称", "Name (zh)", Type.TEXT, 30),
                        Column.of("nameEn", "英文名称", "Name (en)", Type.TEXT, 30))),
                Map.entry(Sheet.PLACES, List.of(
                        Column.of("code", "区划代码", "Code (12-digit where known)", Type.TEXT, 16),
                        Column.of("nameZh", "名称", "Name (zh)", Type.TEXT, 20),
                        Column.of("nameEn", "英文名称", "Name (en)", Type.TEXT, 20),
                        Column.list("level", "层级", "Level", lists.levels()),
                        Column.of("parent", "上级区划代码", "Parent code", Type.TEXT, 16))),
                Map.entry(Sheet.PROJECTS, List.of(
                        Column.of("code", "项目编号", "Project code", Type.TEXT, 16),
                        Column.of("nationalCode", "全国项目代码", "National code (24)", Type.TEXT, 26),
                        Column.of("nameZh", "项目名称", "Name (zh)", Type.TEXT, 30),
                        Column.of("nameEn", "英文名称", "Name (en)", Type.TEXT, 30),
                        Column.of("plan", "规划", "Plan", Type.TEXT, 10),
                        Column.of("program", "工程", "Program", Type.TEXT, 8),
                        Column.of("place", "地点代码", "Place code", Type.TEXT, 14),
                        Column.of("leadUnit", "项目单位代码", "Lead unit code", Type.TEXT, 16),
                        Column.list("category", "类别", "Category", lists.categories()),
                        Column.list("stage", "阶段", "Stage", lists.stages()),
                        Column.of("plannedStart", "计划开工", "Planned start", Type.DATE, 12),
                        Column.of("plannedFinish", "计划完工", "Planned finish", Type.DATE, 12),
                        Column.of("totalInvestment", "总投资（万元）", "Total investment (10k yuan)", Type.WAN_YUAN, 14),
                        Column.of("description", "建设内容", "Scope", Type.TEXT, 40),
                        Column.of("withdrawalReason", "调出原因", "Withdrawal reason", Type.TEXT, 20),
                        Column.of("sample", "示例", "Sample data", Type.YES_NO, 8))),
                Map.entry(Sheet.MILESTONES, List.of(
                        Column.of("project", "项目编号", "Project code", Type.TEXT, 16),
                        Column.of("seq", "序号", "Seq", Type.INTEGER, 6),
                        Column.of("nameZh", "里程碑", "Milestone (zh)", Type.TEXT, 24),
                        Column.of("nameEn", "英文名称", "Milestone (en)", Type.TEXT, 24),
                        Column.list("kind", "类型", "Kind", lists.milestoneKinds()),
                        Column.of("weight", "权重", "Weight", Type.DECIMAL, 8),
                        Column.of("originalBaseline", "原始基准日期", "Original baseline", Type.DATE, 12),
                        Column.of("baseline", "现行基准日期", "Current baseline", Type.DATE, 12),
                        Column.of("forecast", "预计日期", "Forecast", Type.DATE, 12),
                        Column.of("actual", "实际日期", "Actual", Type.DATE, 12),
                        Column.of("percent", "完成（%）", "Percent", Type.DECIMAL, 8),
                        Column.of("note", "备注", "Note", Type.TEXT, 30))),
                Map.entry(Sheet.REBASELINES, List.of(
                        Column.of("project", "项目编号", "Project code", Type.TEXT, 16),
                        Column.of("revision", "调整次序", "Revision", Type.INTEGER, 8),
                        Column.of("decidedOn", "批准日期", "Approved on", Type.DATE, 12),
                        Column.of("reason", "调整原因", "Reason", Type.TEXT, 30),
                        Column.of("seq", "里程碑序号", "Milestone seq", Type.INTEGER, 8),
                        Column.of("before", "调整前基准", "Baseline before", Type.DATE, 12),
                        Column.of("after", "调整后基准", "Baseline after", Type.DATE, 12))),
                Map.entry(Sheet.OUTPUTS, List.of(
                        Column.of("project", "项目编号", "Project code", Type.TEXT, 16),
                        Column.of("target", "目标编号", "Target code", Type.TEXT, 12),
                        Column.of("place", "地点代码", "Place code", Type.TEXT, 14),
                        Column.of("unit", "计量单位", "Unit", Type.TEXT, 8),
                        Column.of("planned", "计划量", "Planned", Type.DECIMAL, 10),
                        Column.of("actual", "实际量", "Actual", Type.DECIMAL, 10),
                        Column.of("confirmed", "已确认", "Confirmed", Type.YES_NO, 8),
                        Column.of("confirmedOn", "确认日期", "Confirmed on", Type.DATE, 12),
                        Column.of("capacity", "设施规模", "Facility capacity", Type.INTEGER, 10),
                        Column.of("inclusive", "普惠性", "Inclusive", Type.YES_NO, 8),
                        Column.of("description", "说明", "Description", Type.TEXT, 24))),
                Map.entry(Sheet.FUNDING, List.of(
                        Column.of("project", "项目编号", "Project code", Type.TEXT, 16),
                        Column.list("source", "资金来源", "Source", lists.fundingSources()),
                        Column.of("year", "年度", "Year", Type.INTEGER, 8),
                        Column.of("requested", "申请（万元）", "Requested (10k yuan)", Type.WAN_YUAN, 12),
                        Column.of("approved", "批准（万元）", "Approved (10k yuan)", Type.WAN_YUAN, 12),
                        Column.list("status", "状态", "Status", lists.fundingStatuses()),
                        Column.of("decidedOn", "审核日期", "Decided on", Type.DATE, 12))),
                Map.entry(Sheet.DISBURSEMENTS, List.of(
                        Column.of("project", "项目编号", "Project code", Type.TEXT, 16),
                        Column.list("source", "资金来源", "Source", lists.fundingSources()),
                        Column.of("year", "年度", "Year", Type.INTEGER, 8),
                        Column.of("paidOn", "拨付日期", "Paid on", Type.DATE, 12),
                        Column.of("amount", "金额（万元）", "Amount (10k yuan)", Type.WAN_YUAN, 12),
                        Column.of("voucher", "凭证号", "Voucher", Type.TEXT, 14))),
                Map.entry(Sheet.REPORTS, List.of(
                        Column.of("project", "项目编号", "Project code", Type.TEXT, 16),
                        Column.of("month", "月份", "Month (first day)", Type.DATE, 12),
                        Column.of("filedOn", "填报日期", "Filed on", Type.DATE, 12),
                        Column.of("investmentMonth", "本月完成投资（万元）", "Investment this month (10k yuan)", Type.WAN_YUAN, 14),
                        Column.of("investmentCumulative", "累计完成投资（万元）", "Cumulative investment (10k yuan)", Type.WAN_YUAN, 14),
                        Column.of("physicalProgress", "形象进度（%）", "Physical progress (%)", Type.DECIMAL, 10),
                        Column.of("problems", "存在问题", "Problems", Type.TEXT, 30))),
                Map.entry(Sheet.POPULATION, List.of(
                        Column.of("place", "地点代码", "Place code", Type.TEXT, 14),
                        Column.of("year", "年度", "Year", Type.INTEGER, 8),
                        Column.of("persons", "常住人口（人）", "Resident population", Type.INTEGER, 14),
                        Column.of("source", "来源", "Source", Type.TEXT, 30))),
                Map.entry(Sheet.STOCK, List.of(
                        Column.of("place", "地点代码", "Place code", Type.TEXT, 14),
                        Column.of("metric", "指标", "Metric", Type.TEXT, 20),
                        Column.of("year", "年度", "Year", Type.INTEGER, 8),
                        Column.of("quantity", "存量", "Quantity", Type.DECIMAL, 12),
                        Column.of("totalQuantity", "总量", "Total quantity", Type.DECIMAL, 12),
                        Column.of("source", "来源", "Source", Type.TEXT, 30))));
    }

    /** Supplies a sheet's rows (column key → value: String, LocalDate, BigDecimal yuan/quantity, Number, Boolean). */
    public interface Rows {
        void forEach(Sheet sheet, java.util.function.Consumer<Map<String, Object>> row);
    }

    private PortfolioWorkbook() {
    }

    /**
     * Writes the workbook: the instructions sheet ({@code instructions}, one line a row), then every
     * sheet with its two header rows and the rows {@code rows} gives (none for the empty template).
     */
    public static void write(OutputStream out, Lists lists, List<String> instructions, Rows rows) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 500, false, true);
        try (workbook) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle english = workbook.createCellStyle();
            english.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            english.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle wan = workbook.createCellStyle();
            wan.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00####"));

            SXSSFSheet help = workbook.createSheet("说明 Instructions");
            help.setColumnWidth(0, 140 * 256);
            for (int i = 0; i < instructions.size(); i++) {
                help.createRow(i).createCell(0).setCellValue(instructions.get(i));
            }
            Map<Sheet, List<Column>> layout = columns(lists);
            for (Sheet s : Sheet.values()) {
                List<Column> columns = layout.get(s);
                SXSSFSheet sheet = workbook.createSheet(s.zh() + " " + s.en());
                Row zh = sheet.createRow(0);
                Row en = sheet.createRow(1);
                for (int c = 0; c < columns.size(); c++) {
                    Column column = columns.get(c);
                    Cell a = zh.createCell(c);
                    a.setCellValue(column.zh());
                    a.setCellStyle(header);
                    Cell b = en.createCell(c);
                    b.setCellValue(column.en() + " [" + column.key() + "]");
                    b.setCellStyle(english);
                    sheet.setColumnWidth(c, column.width() * 256 + 512);
                }
                int[] r = {FIRST_DATA_ROW};
                rows.forEach(s, values -> {
                    Row row = sheet.createRow(r[0]++);
                    for (int c = 0; c < columns.size(); c++) {
                        write(row, c, columns.get(c), values.get(columns.get(c).key()), date, wan);
                    }
                });
                DataValidationHelper helper = sheet.getDataValidationHelper();
                int last = Math.max(FIRST_DATA_ROW + 1000, r[0] + 1000);
                for (int c = 0; c < columns.size(); c++) {
                    Column column = columns.get(c);
                    DataValidationConstraint constraint = null;
                    if (column.type() == Type.CODE && !column.allowed().isEmpty()) {
                        constraint = helper.createExplicitListConstraint(column.allowed().toArray(String[]::new));
                    } else if (column.type() == Type.YES_NO) {
                        constraint = helper.createExplicitListConstraint(new String[]{"是", "否"});
                    } else if (column.type() == Type.DATE) {
                        constraint = helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                                "DATE(1990,1,1)", "DATE(2100,12,31)", "yyyy-mm-dd");
                    }
                    if (constraint != null) {
                        DataValidation validation = helper.createValidation(constraint,
                                new CellRangeAddressList(FIRST_DATA_ROW, last, c, c));
                        validation.setShowErrorBox(true);
                        sheet.addValidationData(validation);
                    }
                }
                sheet.createFreezePane(1, FIRST_DATA_ROW);
            }
            SXSSFSheet meta = workbook.createSheet(META_SHEET);
            meta.createRow(0).createCell(0).setCellValue(MARKER);
            workbook.setSheetHidden(workbook.getSheetIndex(meta), true);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private static void write(Row row, int c, Column column, Object value, CellStyle date, CellStyle wan) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(c);
        switch (column.type()) {
            case DATE -> {
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(date);
            }
            case WAN_YUAN -> {
                // 万元 as the city writes them; six decimals keep every yuan (and fen) of the amount
                cell.setCellValue(((BigDecimal) value).divide(BigDecimal.valueOf(10_000), 6, RoundingMode.UNNECESSARY)
                        .doubleValue());
                cell.setCellStyle(wan);
            }
            case DECIMAL -> cell.setCellValue(((BigDecimal) value).doubleValue());
            case INTEGER -> cell.setCellValue(((Number) value).doubleValue());
            case YES_NO -> cell.setCellValue(((Boolean) value) ? "是" : "否");
            default -> cell.setCellValue(value.toString());
        }
    }

    /** One data row of a sheet as read: its 1-based row number and its cells as text by column key. */
    public record ReadRow(Sheet sheet, int rowNumber, Map<String, String> cells) {
        public String get(String key) {
            return cells.get(key);
        }
    }

    /** Where a row goes while the file is streamed. */
    @FunctionalInterface
    public interface RowSink {
        void accept(ReadRow row);

        /** The file's sheets of this format in the order their rows will come, before the first row. */
        default void sheets(List<Sheet> inFileOrder) {
        }
    }

    /** A problem with the file as a whole (not ours, too large, too many rows). */
    public record FileProblem(String messageKey, String english, Object... arguments) {
    }

    /**
     * Streams an uploaded portfolio workbook through {@link UploadedWorkbooks} (temporary file, zip-bomb
     * limits) with POI's event API: each sheet's rows go to {@code sink} one at a time as text
     * (dates as ISO yyyy-mm-dd, numbers plain), blank rows skipped; at most
     * {@link UploadedWorkbooks#MAX_ROWS} rows a sheet. Sheets are matched by name, columns by the key in
     * the English header row. Answers the problem with the file as a whole, or null.
     */
    public static FileProblem read(java.io.InputStream upload, RowSink sink) {
        Sheet[] overfull = new Sheet[1];
        try {
            return UploadedWorkbooks.read(upload, pkg -> {
                org.apache.poi.xssf.eventusermodel.XSSFReader reader = new org.apache.poi.xssf.eventusermodel.XSSFReader(pkg);
                org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable strings =
                        new org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable(pkg, false);
                org.apache.poi.xssf.eventusermodel.XSSFReader.SheetIterator sheets =
                        (org.apache.poi.xssf.eventusermodel.XSSFReader.SheetIterator) reader.getSheetsData();
                boolean ours = false;
                java.util.EnumMap<Sheet, byte[]> none = new java.util.EnumMap<>(Sheet.class);
                java.util.List<String> names = new java.util.ArrayList<>();
                while (sheets.hasNext()) {
                    try (java.io.InputStream in = sheets.next()) {
                        names.add(sheets.getSheetName());
                        if (META_SHEET.equals(sheets.getSheetName())) {
                            String[] a1 = new String[1];
                            parse(reader, strings, in, (row, cells) -> {
                                if (row == 0) {
                                    a1[0] = cells.get(0);
                                }
                            });
                            ours = MARKER.equals(a1[0]);
                        }
                    }
                }
                if (!ours) {
                    return new FileProblem("portfolio.import.notOurs",
                            "This is not a portfolio workbook of plan-tracker (download the template first)");
                }
                sink.sheets(names.stream().map(PortfolioWorkbook::sheetNamed).filter(java.util.Objects::nonNull).toList());
                sheets = (org.apache.poi.xssf.eventusermodel.XSSFReader.SheetIterator) reader.getSheetsData();
                while (sheets.hasNext()) {
                    try (java.io.InputStream in = sheets.next()) {
                        Sheet sheet = sheetNamed(sheets.getSheetName());
                        if (sheet == null) {
                            continue;
                        }
                        java.util.Map<Integer, String> keys = new java.util.HashMap<>();
                        int[] count = {0};
                        parse(reader, strings, in, (row, cells) -> {
                            if (row == 1) {
                                cells.forEach((c, text) -> {
                                    java.util.regex.Matcher m = KEY.matcher(text);
                                    if (m.find()) {
                                        keys.put(c, m.group(1));
                                    }
                                });
                            } else if (row >= FIRST_DATA_ROW && !cells.isEmpty()) {
                                if (++count[0] > UploadedWorkbooks.MAX_ROWS) {
                                    overfull[0] = sheet;
                                    throw new TooManyRows(sheet);
                                }
                                Map<String, String> byKey = new java.util.HashMap<>();
                                cells.forEach((c, text) -> {
                                    String key = keys.get(c);
                                    if (key != null) {
                                        byKey.put(key, text);
                                    }
                                });
                                if (!byKey.isEmpty()) {
                                    sink.accept(new ReadRow(sheet, row + 1, byKey));
                                }
                            }
                        });
                    }
                }
                return null;
            });
        } catch (TooManyRows e) {
            return new FileProblem("portfolio.import.tooManyRows", "The sheet " + sheetName(e.sheet) + " has more than "
                    + UploadedWorkbooks.MAX_ROWS + " rows", sheetName(e.sheet), UploadedWorkbooks.MAX_ROWS);
        } catch (UploadedWorkbooks.Refused e) {
            if (overfull[0] != null) {
                return new FileProblem("portfolio.import.tooManyRows", "The sheet " + sheetName(overfull[0])
                        + " has more than " + UploadedWorkbooks.MAX_ROWS + " rows", sheetName(overfull[0]),
                        UploadedWorkbooks.MAX_ROWS);
            }
            return new FileProblem(e.messageKey(), e.getMessage(), e.arguments());
        }
    }

    /** The column letter of a column key of a sheet ("D"), as a person finds the cell. */
    public static String columnLetter(Sheet sheet, String key, Lists lists) {
        List<Column> columns = columns(lists).get(sheet);
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return org.apache.poi.ss.util.CellReference.convertNumToColString(i);
            }
        }
        return "";
    }

    /** A column's headers (zh, en) by key. */
    public static Column column(Sheet sheet, String key, Lists lists) {
        return columns(lists).get(sheet).stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }

    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("\\[([A-Za-z]+)\\]\\s*$");

    private static final class TooManyRows extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Sheet sheet;

        TooManyRows(Sheet sheet) {
            super(null, null, false, false);
            this.sheet = sheet;
        }
    }

    private interface CellRow {
        void row(int rowNum, Map<Integer, String> cells);
    }

    private static void parse(org.apache.poi.xssf.eventusermodel.XSSFReader reader,
                              org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable strings,
                              java.io.InputStream sheet, CellRow handler) throws Exception {
        org.xml.sax.XMLReader parser = org.apache.poi.util.XMLHelper.newXMLReader();
        Map<Integer, String> cells = new java.util.HashMap<>();
        parser.setContentHandler(new org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler(reader.getStylesTable(),
                strings, new org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler() {
            @Override
            public void startRow(int rowNum) {
                cells.clear();
            }

            @Override
            public void endRow(int rowNum) {
                handler.row(rowNum, cells);
            }

            @Override
            public void cell(String reference, String value, org.apache.poi.xssf.usermodel.XSSFComment comment) {
                if (value != null && !value.isBlank()) {
                    cells.put((int) new org.apache.poi.ss.util.CellReference(reference).getCol(), value.strip());
                }
            }
        }, new MilestoneWorkbook.PlainFormatter(), false));
        parser.parse(new org.xml.sax.InputSource(sheet));
    }

    /** Every sheet's name as written: "项目 Projects". */
    public static String sheetName(Sheet sheet) {
        return sheet.zh() + " " + sheet.en();
    }

    static Sheet sheetNamed(String name) {
        return Arrays.stream(Sheet.values()).filter(s -> sheetName(s).equals(name)).findFirst().orElse(null);
    }
}
