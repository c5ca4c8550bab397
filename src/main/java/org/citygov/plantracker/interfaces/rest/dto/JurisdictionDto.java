package org.citygov.plantracker.interfaces.rest.dto;

import org.citygov.plantracker.application.place.JurisdictionRow;
import org.citygov.plantracker.domain.model.place.JurisdictionKind;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Jurisdiction", description = "A unit of the city's territory: 市 → 区县(市) → 街道/乡镇 → 社区/村")
public record JurisdictionDto(@Schema(example = "J04") String code,
                              @Schema(example = "金水区") String nameZh,
                              String nameEn,
                              JurisdictionLevel level,
                              @Schema(description = "What sort of unit within its level (urban district, county, county-level city, zone)")
                              JurisdictionKind kind,
                              @Schema(description = "Code of the unit directly above; absent for the city") String parentCode,
                              @Schema(description = "Sample (示例) data of demo mode") boolean sample) {

    public static JurisdictionDto of(JurisdictionRow row) {
        return row == null ? null : new JurisdictionDto(row.code(), row.nameZh(), row.nameEn(), row.level(), row.kind(),
                row.parentCode(), row.sample());
    }
}
