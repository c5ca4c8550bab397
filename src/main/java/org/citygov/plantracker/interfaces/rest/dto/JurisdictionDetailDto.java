package org.citygov.plantracker.interfaces.rest.dto;

import org.citygov.plantracker.application.place.JurisdictionDetail;
import org.citygov.plantracker.application.place.PopulationRow;
import org.citygov.plantracker.domain.model.place.JurisdictionKind;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "JurisdictionDetail", description = "One unit with its parent, its direct children and its population by year")
public record JurisdictionDetailDto(String code, String nameZh, String nameEn, JurisdictionLevel level,
                                    JurisdictionKind kind, String parentCode, boolean sample,
                                    JurisdictionDto parent,
                                    @Schema(description = "五年三跨越 stage 1: inclusive childcare institutions the unit must have by end-2022 "
                                            + "(the figure of the plan's first-stage group target that holds the unit)")
                                    Integer leap2022MinInstitutions,
                                    String note,
                                    List<JurisdictionDto> children,
                                    List<PopulationDto> population) {

    @Schema(name = "Population", description = "人口 of a unit in one year; `sample` marks demo figures")
    public record PopulationDto(int year, long persons, String source, boolean sample) {
        static PopulationDto of(PopulationRow row) {
            return new PopulationDto(row.fiscalYear(), row.persons(), row.source(), row.sample());
        }
    }

    public static JurisdictionDetailDto of(JurisdictionDetail d) {
        return new JurisdictionDetailDto(d.unit().code(), d.unit().nameZh(), d.unit().nameEn(), d.unit().level(),
                d.unit().kind(), d.unit().parentCode(), d.unit().sample(), JurisdictionDto.of(d.parent()),
                d.leap2022MinInstitutions(), d.note(),
                d.children().stream().map(JurisdictionDto::of).toList(),
                d.population().stream().map(PopulationDto::of).toList());
    }
}
