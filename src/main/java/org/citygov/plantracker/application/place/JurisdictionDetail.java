package org.citygov.plantracker.application.place;

import java.util.List;

/**
 * One unit with its parent, its direct children and its population by year.
 *
 * @param leap2022MinInstitutions 五年三跨越 stage 1: the inclusive childcare institutions the unit must have by end-2022,
 *                                derived from the plan's first-stage group targets (null when none holds the unit)
 */
public record JurisdictionDetail(JurisdictionRow unit, JurisdictionRow parent, Integer leap2022MinInstitutions,
                                 String note, List<JurisdictionRow> children, List<PopulationRow> population) {
}
