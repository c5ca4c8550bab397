package org.citygov.plantracker.infrastructure.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citygov.plantracker.application.library.DiffView;
import org.citygov.plantracker.application.library.LibrarySnapshotRow;
import org.citygov.plantracker.domain.model.library.LibraryProjectFacts;
import org.citygov.plantracker.domain.model.shared.Money;
import org.citygov.plantracker.domain.service.library.DiffEntry;
import org.citygov.plantracker.domain.service.library.DiffGroup;
import org.citygov.plantracker.domain.service.library.FieldChange;
import org.citygov.plantracker.domain.service.library.LibraryDiff;
import org.citygov.plantracker.domain.service.library.CodedName;
import org.citygov.plantracker.domain.service.library.OutputTotal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * The diff of two library snapshots as an Excel workbook (Apache POI): a summary, the program ×
 * 区县(市) groups with their totals, every changed field (before → after) and the planned outputs per
 * target and unit, for the whole library and for each group. Amounts in 万元 as numbers; headers in the reader's language; sample data labelled.
 */
public final class LibraryDiffWorkbook {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Function<String, String> text;
    private final boolean english;
    private Workbook workbook;
    private CellStyle header;
    private CellStyle money;
    private CellStyle number;

    /**
     * @param text    the reader's texts by key (library.diff.* …)
     * @param english whether names are written in English where there is an English name
     */
    public LibraryDiffWorkbook(Function<String, String> text, boolean english) {
        this.text = text;
        this.english = english;
    }

    public byte[] write(DiffView view) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            this.workbook = wb;
            styles();
            summary(view);
            groups(view.diff());
            details(view.diff());
            outputs(view);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void styles() {
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        money = workbook.createCellStyle();
        money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        number = workbook.createCellStyle();
        number.setDataFormat(workbook.createDataFormat().getFormat("#,##0.####"));
    }

    private void summary(DiffView view) {
        Sheet sheet = workbook.createSheet(text.apply("library.diff.sheet.summary"));
        int r = 0;
        if (view.containsSample()) {
            row(sheet, r++, text.apply("library.diff.sampleNote"));
        }
        row(sheet, r++, text.apply("library.diff.title"));
        r = snapshot(sheet, r, text.apply("library.diff.from"), view.from());
        r = snapshot(sheet, r, text.apply("library.diff.to"), view.to());
        r++;
        LibraryDiff d = view.diff();
        Row head = sheet.createRow(r++);
        headers(head, "", text.apply("library.diff.from"), text.apply("library.diff.to"), text.apply("library.diff.delta"));
        Row projects = sheet.createRow(r++);
        projects.createCell(0).setCellValue(text.apply("library.diff.projects"));
        projects.createCell(1).setCellValue(d.projectsBefore());
        projects.createCell(2).setCellValue(d.projectsAfter());
        projects.createCell(3).setCellValue(d.projectsAfter() - d.projectsBefore());
        Row investment = sheet.createRow(r++);
        investment.createCell(0).setCellValue(text.apply("library.diff.investment"));
        wan(investment, 1, d.investmentBefore());
        wan(investment, 2, d.investmentAfter());
        wan(investment, 3, d.investmentDelta());
        r++;
        counts(sheet, r++, "library.diff.added", d.added().size());
        counts(sheet, r++, "library.diff.withdrawn", d.withdrawn().size());
        counts(sheet, r++, "library.diff.changed", d.changed().size());
        counts(sheet, r, "library.diff.unchanged", d.unchanged());
        widths(sheet, 28, 40, 40, 16);
    }

    private int snapshot(Sheet sheet, int r, String label, LibrarySnapshotRow s) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(pick(s.labelZh(), s.labelEn()));
        row.createCell(2).setCellValue(WHEN.format(s.takenAt()));
        return r + 1;
    }

    private void counts(Sheet sheet, int r, String key, int count) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(text.apply(key));
        row.createCell(1).setCellValue(count);
    }

    private void groups(LibraryDiff d) {
        Sheet sheet = workbook.createSheet(text.apply("library.diff.sheet.groups"));
        headers(sheet.createRow(0), text.apply("library.rolling.program"), "", text.apply("library.rolling.district"),
                text.apply("library.diff.from") + " " + text.apply("library.diff.projects"),
                text.apply("library.diff.to") + " " + text.apply("library.diff.projects"),
                text.apply("library.diff.added"), text.apply("library.diff.withdrawn"), text.apply("library.diff.changed"),
                text.apply("library.diff.from") + " " + text.apply("library.diff.investment"),
                text.apply("library.diff.to") + " " + text.apply("library.diff.investment"),
                text.apply("library.diff.delta"));
        int r = 1;
        for (DiffGroup g : d.groups()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(g.planCode() + " " + g.programCode());
            row.createCell(1).setCellValue(nz(pick(g.programTitleZh(), g.programTitleEn())));
            row.createCell(2).setCellValue(g.districtCode() == null ? text.apply("library.diff.cityLevel")
                    : nz(pick(g.districtNameZh(), g.districtNameEn())));
            row.createCell(3).setCellValue(g.projectsBefore());
            row.createCell(4).setCellValue(g.projectsAfter());
            row.createCell(5).setCellValue(g.added());
            row.createCell(6).setCellValue(g.withdrawn());
            row.createCell(7).setCellValue(g.changed());
            wan(row, 8, g.investmentBefore());
            wan(row, 9, g.investmentAfter());
            wan(row, 10, g.investmentDelta());
        }
        Row total = sheet.createRow(r);
        total.createCell(0).setCellValue(text.apply("library.rolling.total"));
        total.getCell(0).setCellStyle(header);
        total.createCell(3).setCellValue(d.projectsBefore());
        total.createCell(4).setCellValue(d.projectsAfter());
        total.createCell(5).setCellValue(d.added().size());
        total.createCell(6).setCellValue(d.withdrawn().size());
        total.createCell(7).setCellValue(d.changed().size());
        wan(total, 8, d.investmentBefore());
        wan(total, 9, d.investmentAfter());
        wan(total, 10, d.investmentDelta());
        widths(sheet, 18, 30, 14, 10, 10, 8, 8, 8, 16, 16, 16);
        sheet.createFreezePane(0, 1);
    }

    private void details(LibraryDiff d) {
        Sheet sheet = workbook.createSheet(text.apply("library.diff.sheet.details"));
        headers(sheet.createRow(0), text.apply("library.rolling.program"), text.apply("library.rolling.district"),
                text.apply("library.proposal.project"), "", text.apply("library.proposal.kind"),
                text.apply("library.diff.field"), "", text.apply("library.diff.before"), text.apply("library.diff.after"));
        int r = 1;
        for (DiffEntry e : d.entries()) {
            LibraryProjectFacts f = e.current();
            for (FieldChange c : e.changes()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(nz(f.planCode()) + " " + nz(f.programCode()));
                row.createCell(1).setCellValue(f.districtCode() == null ? text.apply("library.diff.cityLevel")
                        : nz(pick(f.districtNameZh(), f.districtNameEn())));
                row.createCell(2).setCellValue(e.code());
                row.createCell(3).setCellValue(nz(pick(f.nameZh(), f.nameEn())));
                row.createCell(4).setCellValue(english ? e.kind().en() : e.kind().zh());
                row.createCell(5).setCellValue(english ? c.field().en() : c.field().zh());
                row.createCell(6).setCellValue(nz(c.qualifier()) + (c.unit() == null ? "" : " (" + c.unit() + ")"));
                value(row, 7, c, c.before());
                value(row, 8, c, c.after());
            }
        }
        widths(sheet, 18, 14, 22, 36, 8, 14, 24, 30, 30);
        sheet.createFreezePane(0, 1);
    }

    /** The whole library's output totals first, then each program × 区县(市) group's. */
    private void outputs(DiffView view) {
        Sheet sheet = workbook.createSheet(text.apply("library.diff.sheet.outputs"));
        headers(sheet.createRow(0), text.apply("library.rolling.program"), "", text.apply("library.rolling.district"),
                text.apply("library.diff.target"), "", text.apply("library.form.unit"),
                text.apply("library.diff.from"), text.apply("library.diff.to"), text.apply("library.diff.delta"));
        int r = 1;
        for (OutputTotal o : view.diff().outputs()) {
            r = output(sheet, r, view, text.apply("library.diff.outputsAll"), "", "", o);
        }
        for (DiffGroup g : view.diff().groups()) {
            String district = g.districtCode() == null ? text.apply("library.diff.cityLevel")
                    : nz(pick(g.districtNameZh(), g.districtNameEn()));
            for (OutputTotal o : g.outputs()) {
                r = output(sheet, r, view, g.planCode() + " " + g.programCode(),
                        nz(pick(g.programTitleZh(), g.programTitleEn())), district, o);
            }
        }
        widths(sheet, 18, 30, 14, 18, 60, 12, 14, 14, 14);
        sheet.createFreezePane(0, 1);
    }

    private int output(Sheet sheet, int r, DiffView view, String program, String programTitle, String district,
                       OutputTotal o) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(program);
        row.createCell(1).setCellValue(programTitle);
        row.createCell(2).setCellValue(district);
        row.createCell(3).setCellValue(nz(o.planCode()) + " " + o.targetCode());
        row.createCell(4).setCellValue(nz(pick(view.targetZh(o.planCode(), o.targetCode()),
                view.targetEn(o.planCode(), o.targetCode()))));
        row.createCell(5).setCellValue(nz(o.unit()));
        quantity(row, 6, o.before());
        quantity(row, 7, o.after());
        quantity(row, 8, o.delta());
        return r + 1;
    }

    private void value(Row row, int column, FieldChange change, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal amount) {
            if (change.field().isMoney()) {
                wan(row, column, amount);
            } else {
                quantity(row, column, amount);
            }
        } else if (value instanceof Enum<?> e) {
            row.createCell(column).setCellValue(enumLabel(e));
        } else if (value instanceof CodedName n) {
            row.createCell(column).setCellValue(n.code() + " " + n.name(english));
        } else {
            row.createCell(column).setCellValue(value.toString());
        }
    }

    private String enumLabel(Enum<?> e) {
        try {
            return (String) e.getClass().getMethod(english ? "en" : "zh").invoke(e);
        } catch (ReflectiveOperationException x) {
            return e.name();
        }
    }

    private void wan(Row row, int column, BigDecimal yuan) {
        Cell cell = row.createCell(column);
        cell.setCellValue(Money.toWanYuan(yuan).doubleValue());
        cell.setCellStyle(money);
    }

    private void quantity(Row row, int column, BigDecimal value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(number);
    }

    private void headers(Row row, String... labels) {
        for (int i = 0; i < labels.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(labels[i]);
            cell.setCellStyle(header);
        }
    }

    private static void row(Sheet sheet, int r, String value) {
        sheet.createRow(r).createCell(0).setCellValue(value);
    }

    private static void widths(Sheet sheet, int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, chars[i] * 256);
        }
    }

    private String pick(String zh, String en) {
        return english && en != null && !en.isBlank() ? en : zh;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
