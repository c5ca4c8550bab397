package org.citygov.plantracker.domain.model.place;

import java.util.Arrays;
import java.util.Optional;

/**
 * What sort of unit a jurisdiction is within its level. The plan's 区县(市) mix urban districts,
 * counties, county-level cities and functional zones, and some targets apply to only one sort
 * (各县(市) = the counties and county-level cities).
 */
public enum JurisdictionKind {
    /** 市 */
    CITY("city"),
    /** 市辖区 */
    URBAN_DISTRICT("urban_district"),
    /** 县级市 */
    COUNTY_CITY("county_city"),
    /** 县 */
    COUNTY("county"),
    /** 开发区 / 新区 / 实验区 — functional zone run by a management committee. */
    DEVELOPMENT_ZONE("development_zone");

    private final String code;

    JurisdictionKind(String code) {
        this.code = code;
    }

    /** The spelling used in plan-definition files ({@code jurisdictions.csv}). */
    public String code() {
        return code;
    }

    /** 县(市): a county or a county-level city. */
    public boolean isCountyOrCountyCity() {
        return this == COUNTY || this == COUNTY_CITY;
    }

    public static Optional<JurisdictionKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
