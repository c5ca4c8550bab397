package org.citygov.plantracker.application.portfolio;

import org.citygov.plantracker.infrastructure.spreadsheet.PortfolioWorkbook.Sheet;

import java.io.Serializable;
import java.util.List;

/**
 * What a portfolio workbook would do (dry run) or did (import): every problem with its cell, the lead
 * units and places to be created, and per project whether it is created, changed (each field before →
 * after) or left as it is. With a problem nothing is (or was) written.
 */
public record ImportPreview(boolean accepted, boolean written, int rowsRead, List<Problem> problems,
                            List<Created> newLeadUnits, List<Created> newPlaces, List<ProjectChange> projects,
                            Counts counts) implements Serializable {

    /** Only this many problems are listed; the count says how many there were. */
    public static final int MAX_PROBLEMS = 1000;

    /**
     * One problem: the sheet, the 1-based row and the column letter as Excel shows them (row 0 and no
     * column for a problem with the file as a whole), the column's key, and a message key of the
     * {@code portfolio} / {@code security} texts with its arguments.
     */
    public record Problem(Sheet sheet, int row, String column, String field, String messageKey, List<String> arguments,
                          String english, List<String> argumentsEn) implements Serializable {
        public Object[] args() {
            return arguments.toArray();
        }

        /** The arguments for an English reader: names in English where an argument is a named record. */
        public Object[] args(boolean english) {
            return (english && argumentsEn != null ? argumentsEn : arguments).toArray();
        }
    }

    /**
     * A thing's name in Chinese and English as people read it (a lead unit, a place, a funding source, a
     * stage, a category …), never its code.
     */
    public record Named(String zh, String en) implements Serializable {
        public String in(boolean english) {
            return english && en != null && !en.isBlank() ? en : zh;
        }
    }

    /** A lead unit or place the import creates (never silently). */
    public record Created(String code, String nameZh, String nameEn, String detail, Named parent) implements Serializable {
    }

    /**
     * One field of a project, a milestone, an output … that changes, before → after (as recorded: codes,
     * enum names, yuan), with the names people read where the application knows them: the record
     * ({@code record}: 市级财政 2024 rather than MUNICIPAL_BUDGET 2024) and a value that names a record or
     * a choice ({@code beforeName}, {@code afterName}: 投用 rather than IN_USE). Null names: the value is
     * shown as recorded (dates, numbers, text; amounts in 万元 by the field).
     */
    public record FieldChange(Sheet sheet, String label, String field, String before, String after, Named record,
                              Named beforeName, Named afterName) implements Serializable {
    }

    public enum Action { CREATE, CHANGE, UNCHANGED }

    public record ProjectChange(String code, String nameZh, String nameEn, Action action, List<FieldChange> changes)
            implements Serializable {
    }

    /** How many records each sheet creates and changes. */
    public record Counts(int projectsCreated, int projectsChanged, int projectsUnchanged, int recordsCreated,
                         int recordsChanged, int problemCount) implements Serializable {
    }

    public int problemCount() {
        return counts.problemCount();
    }
}
