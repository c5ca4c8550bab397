package org.citygov.plantracker.domain.model.place;

/**
 * 行政层级 — the level of a jurisdiction in the city's hierarchy:
 * 市 → 区县(市) → 街道/乡镇 → 社区/村.
 */
public enum JurisdictionLevel {
    /** 市 — the city itself. */
    CITY,
    /** 区县(市) — district, county or county-level city; also the functional zones (开发区). */
    DISTRICT,
    /** 街道 — urban street office. */
    STREET,
    /** 乡镇 — township or town. */
    TOWNSHIP,
    /** 社区 — urban community. */
    COMMUNITY,
    /** 行政村 — administrative village. */
    VILLAGE;

    /** Whether a unit of this level may directly contain a unit of {@code child} level. */
    public boolean canContain(JurisdictionLevel child) {
        return switch (this) {
            case CITY -> child == DISTRICT;
            case DISTRICT -> child == STREET || child == TOWNSHIP;
            case STREET -> child == COMMUNITY;
            case TOWNSHIP -> child == COMMUNITY || child == VILLAGE;
            case COMMUNITY, VILLAGE -> false;
        };
    }
}
