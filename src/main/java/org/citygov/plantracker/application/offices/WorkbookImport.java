package org.citygov.plantracker.application.offices;

import java.io.Serializable;

import java.util.List;

/**
 * What an uploaded milestone workbook did: all rows applied, or — if any row failed — nothing
 * written and every problem listed by row and column.
 *
 * @param rowsRead    milestone rows found
 * @param rowsChanged rows that changed a milestone (0 when there are errors: nothing was written)
 */
public record WorkbookImport(int rowsRead, int rowsChanged, List<CellError> errors) implements Serializable {

    public boolean accepted() {
        return errors.isEmpty();
    }

    /**
     * @param row        Excel's row number (1 = the header); 0 for the whole file
     * @param column     the column letter (A, B, …), or null for the whole row or file
     * @param columnKey  the column's header text key, or null
     * @param messageKey the message's key; {@code english} and {@code arguments} as in RuleViolation
     */
    public record CellError(int row, String column, String columnKey, String messageKey, String english,
                            Object... arguments) implements Serializable {
    }
}
