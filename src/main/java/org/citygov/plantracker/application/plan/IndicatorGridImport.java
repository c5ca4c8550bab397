package org.citygov.plantracker.application.plan;

import org.citygov.plantracker.application.offices.WorkbookImport.CellError;

import java.io.Serializable;
import java.util.List;

/**
 * What an indicator-grid upload did or would do: the cells that change (before → after) and every
 * problem with its cell. Nothing is written when there is a problem, nor in a dry run.
 *
 * @param applied whether the changes were written (false for a dry run or when refused)
 */
public record IndicatorGridImport(int rowsRead, boolean applied, List<CellChange> changes, List<CellError> errors)
        implements Serializable {

    public boolean accepted() {
        return errors.isEmpty();
    }

    /** One cell that changes: its place ({@code cell} such as J5), the figure before and after. */
    public record CellChange(int row, String cell, String indicatorCode, int year, String before, String after)
            implements Serializable {
    }
}
