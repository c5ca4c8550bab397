package org.citygov.plantracker.application.place;

import org.citygov.plantracker.domain.model.place.JurisdictionKind;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;

/** One unit of the city's territory as lists show it: its place in the hierarchy by the parent's code. */
public record JurisdictionRow(String code, String nameZh, String nameEn, JurisdictionLevel level,
                              JurisdictionKind kind, String parentCode, boolean sample) {
}
