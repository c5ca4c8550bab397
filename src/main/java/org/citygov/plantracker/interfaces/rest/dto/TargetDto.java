package org.citygov.plantracker.interfaces.rest.dto;

import org.citygov.plantracker.application.plan.TargetDetail;
import org.citygov.plantracker.domain.model.plan.Comparison;
import org.citygov.plantracker.domain.model.plan.DeadlineBasis;
import org.citygov.plantracker.domain.model.plan.TargetKind;
import org.citygov.plantracker.domain.model.plan.TargetScope;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "Target", description = "目标 — a target of a program: the wording, the figure, when it is due and where it applies")
public record TargetDto(@Schema(example = "C1.4-T3") String code,
                        TargetKind kind,
                        @Schema(description = "Verbatim excerpt of the plan") String descriptionZh,
                        String descriptionEn,
                        String section,
                        @Schema(example = "childcare_places_per_1000_population") String metric,
                        String unit,
                        Comparison comparison,
                        @Schema(description = "The planned figure in base units (absent for RANGE and QUALITATIVE)") BigDecimal value,
                        @Schema(description = "Lower bound of a RANGE") BigDecimal min,
                        @Schema(description = "Upper bound of a RANGE") BigDecimal max,
                        @Schema(description = "The figure as written") String targetText,
                        @Schema(description = "The figure is a five-year cumulative total") boolean cumulative,
                        @Schema(description = "Due date (ISO); absent when the plan gives none") LocalDate deadline,
                        @Schema(description = "How the deadline was read: EXPLICIT, SECTION, IMPLIED_PLAN_PERIOD (a reading), NONE, AMBIGUOUS")
                        DeadlineBasis deadlineBasis,
                        @Schema(example = "2022年年底") String deadlineText,
                        @Schema(description = "Start of the period the target counts over, when given") LocalDate periodStart,
                        TargetScope scope,
                        String scopeDetail,
                        @Schema(description = "Number of the stage of the program's staged schedule (五年三跨越: 1, 2, 3)") Integer stage,
                        @Schema(description = "Each institution counted must have at least this many places") Integer minPlacesPerInstitution,
                        @Schema(description = "Indicator-table rows this target restates") List<String> indicators,
                        @Schema(description = "For PER_JURISDICTION_GROUP: the 区县(市) of the group") List<String> jurisdictions,
                        String note) {

    public static TargetDto of(TargetDetail t) {
        return new TargetDto(t.code(), t.kind(), t.descriptionZh(), t.descriptionEn(), t.section(), t.metric(), t.unit(),
                t.comparison(), t.value(), t.min(), t.max(), t.targetText(), t.cumulative(), t.deadline(),
                t.deadlineBasis(), t.deadlineText(), t.periodStart(), t.scope(), t.scopeDetail(), t.stage(),
                t.minPlacesPerInstitution(), t.indicatorCodes(), t.jurisdictionCodes(), t.note());
    }
}
