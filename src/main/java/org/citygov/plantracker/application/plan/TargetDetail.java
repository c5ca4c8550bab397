package org.citygov.plantracker.application.plan;

import org.citygov.plantracker.domain.model.plan.Comparison;
import org.citygov.plantracker.domain.model.plan.DeadlineBasis;
import org.citygov.plantracker.domain.model.plan.TargetKind;
import org.citygov.plantracker.domain.model.plan.TargetScope;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 目标 — a target of a program as the API and the program pages show it: the wording, the figure
 * (value, or min and max for a range), when it is due and how that date was read, where it applies,
 * and the stage of the program's staged schedule it belongs to.
 *
 * @param stage              number of the stage of the program's staged schedule (五年三跨越 1, 2, 3), or null
 * @param indicatorCodes     indicator-table rows the target restates (IND-04)
 * @param jurisdictionCodes  for a PER_JURISDICTION_GROUP target, the 区县(市) of the group
 */
public record TargetDetail(String programCode, String code, int seq, TargetKind kind,
                        String descriptionZh, String descriptionEn, String section,
                        String metric, String unit, Comparison comparison,
                        BigDecimal value, BigDecimal min, BigDecimal max, String targetText, boolean cumulative,
                        LocalDate deadline, DeadlineBasis deadlineBasis, String deadlineText, LocalDate periodStart,
                        TargetScope scope, String scopeDetail, Integer stage, Integer minPlacesPerInstitution,
                        String note, List<String> indicatorCodes, List<String> jurisdictionCodes) {

    /** Built by the JPQL constructor expression; stage and code lists come from further queries. */
    public TargetDetail(String programCode, String code, int seq, TargetKind kind,
                     String descriptionZh, String descriptionEn, String section,
                     String metric, String unit, Comparison comparison,
                     BigDecimal value, BigDecimal min, BigDecimal max, String targetText, boolean cumulative,
                     LocalDate deadline, DeadlineBasis deadlineBasis, String deadlineText, LocalDate periodStart,
                     TargetScope scope, String scopeDetail, Integer minPlacesPerInstitution, String note) {
        this(programCode, code, seq, kind, descriptionZh, descriptionEn, section, metric, unit, comparison, value,
                min, max, targetText, cumulative, deadline, deadlineBasis, deadlineText, periodStart, scope,
                scopeDetail, null, minPlacesPerInstitution, note, List.of(), List.of());
    }

    TargetDetail with(Integer stageNumber, List<String> indicators, List<String> jurisdictions) {
        return new TargetDetail(programCode, code, seq, kind, descriptionZh, descriptionEn, section, metric, unit,
                comparison, value, min, max, targetText, cumulative, deadline, deadlineBasis, deadlineText,
                periodStart, scope, scopeDetail, stageNumber, minPlacesPerInstitution, note,
                List.copyOf(indicators), List.copyOf(jurisdictions));
    }
}
