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
                          String english) implements Serializable {
        public Object[] args() {
            return arguments.toArray();
        }
    }

    /** A lead unit or place the import creates (never silently). */
    public record Created(String code, String nameZh, String nameEn, String detail) implements Serializable {
    }

    /** One field of a project, a milestone, an output … that changes, before → after (as text). */
    public record FieldChange(Sheet sheet, String label, String field, String before, String after)
            implements Serializable {
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
