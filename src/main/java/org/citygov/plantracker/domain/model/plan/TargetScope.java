package org.citygov.plantracker.domain.model.plan;

import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a target applies: once for the whole city, or to each unit of some level
 * (每个区县(市), 每个街道, 每个社区 …), to a listed group, to each institution, or to a named project.
 */
public enum TargetScope {
    /** 全市 — one figure for the whole city. */
    CITYWIDE(EnumSet.of(JurisdictionLevel.CITY)),
    /** One municipal-level facility or body. */
    CITY_LEVEL(EnumSet.of(JurisdictionLevel.CITY)),
    /** 每个区县(市) — each of the 16, including the functional zones. */
    PER_DISTRICT_COUNTY(EnumSet.of(JurisdictionLevel.DISTRICT)),
    /** 各县(市) — each county and county-level city only. */
    PER_COUNTY_CITY(EnumSet.of(JurisdictionLevel.DISTRICT)),
    /** The listed 区县(市) (see the target's jurisdictions and scope detail). */
    PER_JURISDICTION_GROUP(EnumSet.of(JurisdictionLevel.DISTRICT)),
    /** 每个街道 */
    PER_STREET(EnumSet.of(JurisdictionLevel.STREET)),
    /** 每个乡镇 */
    PER_TOWNSHIP(EnumSet.of(JurisdictionLevel.TOWNSHIP)),
    /** 每个乡镇(街道) */
    PER_TOWNSHIP_STREET(EnumSet.of(JurisdictionLevel.TOWNSHIP, JurisdictionLevel.STREET)),
    /** 每个社区 */
    PER_COMMUNITY(EnumSet.of(JurisdictionLevel.COMMUNITY)),
    /** 每个行政村 */
    PER_VILLAGE(EnumSet.of(JurisdictionLevel.VILLAGE)),
    /** Each institution of the named type (hospital, school…), not a territory. */
    PER_INSTITUTION(EnumSet.noneOf(JurisdictionLevel.class)),
    /** A named facility or project. */
    NAMED_PROJECT(EnumSet.noneOf(JurisdictionLevel.class));

    private final EnumSet<JurisdictionLevel> levels;

    TargetScope(EnumSet<JurisdictionLevel> levels) {
        this.levels = levels;
    }

    /** The jurisdiction levels a target of this scope is measured at; empty when not territorial. */
    public Set<JurisdictionLevel> levels() {
        return levels.clone();
    }

    public boolean appliesToLevel(JurisdictionLevel level) {
        return levels.contains(level);
    }

    /** Whether the target is measured separately in each unit rather than once for the city. */
    public boolean isPerUnit() {
        return levels.stream().anyMatch(l -> l != JurisdictionLevel.CITY);
    }

    /**
     * Whether a target of this scope applies to {@code unit} by its level and kind alone.
     * A PER_JURISDICTION_GROUP target also needs the unit to be in its group; see {@link Target#appliesTo}.
     */
    boolean admits(Jurisdiction unit) {
        if (!appliesToLevel(unit.getLevel())) {
            return false;
        }
        return this != PER_COUNTY_CITY || unit.isCountyOrCountyCity();
    }
}
