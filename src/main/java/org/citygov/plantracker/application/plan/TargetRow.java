package org.citygov.plantracker.application.plan;

import org.citygov.plantracker.domain.model.plan.Comparison;
import org.citygov.plantracker.domain.model.plan.DeadlineBasis;
import org.citygov.plantracker.domain.model.plan.Measure;
import org.citygov.plantracker.domain.model.plan.ScheduleStage;
import org.citygov.plantracker.domain.model.plan.Target;
import org.citygov.plantracker.domain.model.plan.TargetKind;
import org.citygov.plantracker.domain.model.plan.TargetScope;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan target as the program page shows it: the verbatim wording, the figure (value in base units,
 * unit, comparison, the text as written), the deadline with how it was read, the scope, and the stage
 * of the program's schedule it belongs to.
 *
 * @param deadlineBasis whether the date is words of the plan or a reading of them
 * @param stageNumber   the stage of the staged schedule (五年三跨越), or null
 * @param indicatorCodes the indicator-table rows this target restates
 */
public record TargetRow(String code, TargetKind kind, String descriptionZh, String descriptionEn, String section,
                        Comparison comparison, BigDecimal value, BigDecimal min, BigDecimal max, String unit,
                        String targetText, boolean cumulative, LocalDate deadline, DeadlineBasis deadlineBasis,
                        String deadlineText, LocalDate periodStart, TargetScope scope, String scopeDetail,
                        Integer stageNumber, LocalDate stageDeadline, Integer minPlacesPerInstitution, String note,
                        List<String> indicatorCodes) implements Serializable {

    static TargetRow of(Target t, List<String> indicatorCodes) {
        Measure m = t.getMeasure();
        ScheduleStage stage = t.getStage().orElse(null);
        return new TargetRow(t.getCode(), t.getKind(), t.getDescriptionZh(), t.getDescriptionEn(), t.getSection(),
                m.getComparison(), m.getTargetValue(), m.getTargetMin(), m.getTargetMax(), m.getUnit(),
                m.getTargetText(), m.isCumulative(), t.getDeadline().getDate(), t.getDeadline().getBasis(),
                t.getDeadline().getText(), t.getDeadline().getPeriodStart(), t.getScope(), t.getScopeDetail(),
                stage == null ? null : stage.getNumber(), stage == null ? null : stage.getDeadline(),
                t.getMinPlacesPerInstitution(), t.getNote(), List.copyOf(indicatorCodes));
    }

    public boolean hasFigure() {
        return value != null || comparison == Comparison.RANGE;
    }

    /** Whether the deadline is a reading (end of the plan period, or a phrase without a base year). */
    public boolean deadlineIsReading() {
        return deadlineBasis != null && deadlineBasis.isReading();
    }
}
