package org.citygov.plantracker.application.reports;

import org.citygov.plantracker.domain.model.report.ProgressClass;
import org.citygov.plantracker.domain.model.report.TargetState;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The engine's verdict as the reports read it.
 *
 * @param evaluated    false when no engine result is available (every target then reads 未评估)
 * @param targets      one row per target and scope unit (city, 区县(市), 街道/乡镇, 社区/村)
 * @param indicators   one row per indicator of the plan
 * @param lateProjects projects the engine rates late (amber or red), worst first
 */
public record PlanProgress(LocalDate asOf, boolean evaluated, List<TargetUnit> targets, List<IndicatorState> indicators,
                           List<LateProject> lateProjects) {

    public static PlanProgress notEvaluated(LocalDate asOf) {
        return new PlanProgress(asOf, false, List.of(), List.of(), List.of());
    }

    /**
     * One target in one unit.
     *
     * @param headline  the row the target is summed up by (the city's, or the only one)
     * @param unitLevel CITY, DISTRICT, STREET, TOWNSHIP, COMMUNITY or VILLAGE
     * @param districtCode the 区县(市) the unit lies in (itself for a district), null for the city
     * @param uncovered names of the units below that will miss (or missed) it, for coverage targets
     * @param causes    late or withdrawn projects that cause the shortfall
     */
    public record TargetUnit(String targetCode, String unitCode, String unitNameZh, String unitNameEn, String unitLevel,
                             String districtCode, boolean headline, LocalDate deadline, boolean deadlinePassed,
                             BigDecimal required, BigDecimal delivered, BigDecimal forecast, BigDecimal shortfall,
                             TargetState state, List<String> uncovered, List<ProjectRef> causes) {
    }

    /** A project as a status row names it. {@code band}: ON_TIME, AMBER or RED. */
    public record ProjectRef(String code, String nameZh, String nameEn, String band, LocalDate forecastFinish) {
    }

    /** An indicator against the straight line from its baseline to its target. */
    public record IndicatorState(String code, Integer latestYear, BigDecimal latestValue, BigDecimal expected,
                                 ProgressClass progress) {
    }

    /** A late project: how late, and what it serves. */
    public record LateProject(String code, String nameZh, String nameEn, String band, long delayDays,
                              LocalDate forecastFinish, List<String> targetCodes) {
    }
}
