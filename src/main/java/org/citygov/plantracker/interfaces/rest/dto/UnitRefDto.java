package org.citygov.plantracker.interfaces.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reference to a named thing by its code: a jurisdiction, a lead unit, a funding source. */
@Schema(name = "UnitRef", description = "A jurisdiction, lead unit or funding source by code and name")
public record UnitRefDto(String code, String nameZh, String nameEn) {

    public static UnitRefDto of(String code, String nameZh, String nameEn) {
        return code == null ? null : new UnitRefDto(code, nameZh, nameEn);
    }
}
