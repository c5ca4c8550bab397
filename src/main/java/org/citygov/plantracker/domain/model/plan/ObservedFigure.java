package org.citygov.plantracker.domain.model.plan;

import java.math.BigDecimal;

/**
 * What the city records for an indicator in a year: the figure, and for a word target (应保尽保,
 * 动态清零) whether it was met with the evidence; an optional note.
 *
 * @param value    the figure in the indicator's unit; for a 〔 〕 cumulative indicator the running total
 *                 since the plan's first year
 * @param met      a word target's result; null for a numeric target
 * @param evidence what shows the word target met or not
 * @param note     anything the reader should know (a revised figure, a changed definition)
 */
public record ObservedFigure(BigDecimal value, Boolean met, String evidence, String note) {

    public static ObservedFigure of(BigDecimal value) {
        return new ObservedFigure(value, null, null, null);
    }
}
