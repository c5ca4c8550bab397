package org.citygov.plantracker.domain.service.slippage;

/** A unit named in a result, e.g. an uncovered 街道 of a coverage target. */
public record UnitRef(long id, String code, String nameZh, String nameEn, TargetStatus status) {
}
