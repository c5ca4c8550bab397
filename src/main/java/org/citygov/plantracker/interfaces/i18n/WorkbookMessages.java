package org.citygov.plantracker.interfaces.i18n;

import org.citygov.plantracker.application.offices.WorkbookImport.CellError;

import java.util.Locale;

/** A workbook upload's problems in the reader's language, with the cell they are about. */
public final class WorkbookMessages {

    private WorkbookMessages() {
    }

    /** The cell (K12), the row (12) or the whole file (empty). */
    public static String cell(CellError e) {
        if (e.row() <= 0) {
            return "";
        }
        return e.column() == null ? String.valueOf(e.row()) : e.column() + e.row();
    }

    /** The problem itself, e.g. "完成百分比须在 0 到 100 之间". */
    public static String problem(Locale locale, CellError e) {
        String text = Texts.get(locale, e.messageKey(), e.arguments());
        return text.equals(e.messageKey()) ? e.english() : text;
    }

    /** The problem with where it is: "第 12 行 · 完成百分比 (K12)：…". */
    public static String message(Locale locale, CellError e) {
        if (e.row() <= 0) {
            return problem(locale, e);
        }
        String column = e.columnKey() == null ? "" : Texts.get(locale, e.columnKey());
        return Texts.get(locale, "workbook.errorAt", String.valueOf(e.row()), column, cell(e), problem(locale, e));
    }
}
