package org.citygov.plantracker.interfaces.rest.dto;

import org.citygov.plantracker.application.plan.IndicatorObservationRow;
import org.citygov.plantracker.application.plan.IndicatorDetail;
import org.citygov.plantracker.domain.model.plan.Comparison;
import org.citygov.plantracker.domain.model.plan.IndicatorNature;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

@Schema(name = "Indicator", description = "A row of the plan's indicator table (主要发展指标) with the values observed since")
public record IndicatorDto(@Schema(example = "IND-04") String code,
                           String domainZh, String domainEn,
                           @Schema(example = "每千人口拥有3岁以下婴幼儿托位数") String nameZh,
                           String nameEn,
                           @Schema(example = "个") String unit,
                           @Schema(description = "The baseline column (2020)") Figure baseline,
                           @Schema(description = "The target column (2025)") Figure target,
                           @Schema(description = "BINDING 约束性 or EXPECTED 预期性") IndicatorNature nature,
                           @Schema(description = "〔 〕 in the table: the target is a five-year cumulative total") boolean cumulative,
                           @Schema(description = "How an achieved value is compared with the target") Comparison comparison,
                           String note,
                           List<Observation> observations) {

    @Schema(name = "IndicatorFigure", description = "A cell of the table: the text as printed (≥90, 81左右, 应保尽保) and the number where the text is one")
    public record Figure(Integer year, String text, BigDecimal value) {
    }

    @Schema(name = "IndicatorObservation", description = "The value reached in one year (for a 〔 〕 cumulative "
            + "indicator the running total since the plan's first year); for a word target (应保尽保) `met` with the "
            + "`evidence`; `sample` marks demo figures; `version` for optimistic locking")
    public record Observation(int year, BigDecimal value, String source, boolean sample, Boolean met, String evidence,
                              String note, String recordedBy, LocalDateTime recordedAt, long version) {
        public static Observation of(IndicatorObservationRow row) {
            return new Observation(row.fiscalYear(), row.value(), row.source(), row.sample(), row.met(),
                    row.evidence(), row.note(), row.recordedBy(), row.recordedAt(), row.version());
        }
    }

    public static IndicatorDto of(IndicatorDetail r) {
        return new IndicatorDto(r.code(), r.domainZh(), r.domainEn(), r.nameZh(), r.nameEn(), r.unit(),
                new Figure(r.baselineYear(), r.baselineText(), r.baselineValue()),
                new Figure(r.targetYear(), r.targetText(), r.targetValue()),
                r.nature(), r.cumulative(), r.comparison(), r.note(),
                r.observations().stream().map(Observation::of).toList());
    }
}
