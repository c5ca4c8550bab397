package org.citygov.plantracker.domain.service.slippage;

import org.citygov.plantracker.domain.model.place.JurisdictionKind;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;

/** A jurisdiction (市 → 区县(市) → 街道/乡镇 → 社区/村); {@code parentId} is null for a city. */
public record UnitFacts(long id, String code, String nameZh, String nameEn, JurisdictionLevel level,
                        JurisdictionKind kind, Long parentId) {
}
