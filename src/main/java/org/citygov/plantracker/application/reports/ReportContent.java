package org.citygov.plantracker.application.reports;

import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.report.ProgressClass;
import org.citygov.plantracker.domain.model.report.ReportKind;
import org.citygov.plantracker.domain.model.report.ReportStatus;
import org.citygov.plantracker.domain.model.report.TargetState;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a report shows, in the order it shows it: the same content feeds the page, the PDF,
 * the workbook, the API and — frozen as JSON — a published revision. {@code finalEvaluation} is
 * null except for a final evaluation (总结评估). Built by
 * {@link ReportContentBuilder}; plain data, no behaviour beyond views of itself.
 */
public record ReportContent(Header header, Counts counts, List<ChapterBlock> chapters, List<IndicatorLine> indicators,
                            List<LateProjectLine> lateProjects, List<SectionText> sections, Charts charts,
                            FinalEvaluation finalEvaluation) implements Serializable {

    /** The same content with the final evaluation's figures (总结评估). */
    public ReportContent withFinalEvaluation(FinalEvaluation evaluation) {
        return new ReportContent(header, counts, chapters, indicators, lateProjects, sections, charts, evaluation);
    }

    /**
     * @param evaluated   whether statuses come from the slippage engine (else every target is 未评估)
     * @param sample      whether any project or figure in it is sample (示例) data
     * @param stateFilter only targets in this state are listed (null: all)
     */
    public record Header(ReportKind kind, Long reportId, String titleZh, String titleEn, Integer fiscalYear,
                         LocalDate asOf, Integer chapterNo, String districtCode, String districtNameZh,
                         String districtNameEn, TargetState stateFilter, String planCode, String planTitleZh,
                         String planTitleEn, int planStartYear, int planEndYear, LocalDateTime generatedAt,
                         boolean evaluated, boolean sample, ReportStatus status, int revision,
                         LocalDateTime publishedAt) implements Serializable {
    }

    /** The counts a report leads with: "N indicators on or above expected progress". */
    public record Counts(Map<ProgressClass, Integer> targets, Map<ProgressClass, Integer> indicators,
                         Map<ProgressClass, Integer> bindingIndicators, Map<TargetState, Integer> targetStates)
            implements Serializable {

        public int targetTotal() {
            return targets.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int indicatorTotal() {
            return indicators.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int bindingTotal() {
            return bindingIndicators.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int targetsOnOrAbove() {
            return onOrAbove(targets);
        }

        public int indicatorsOnOrAbove() {
            return onOrAbove(indicators);
        }

        public int bindingOnOrAbove() {
            return onOrAbove(bindingIndicators);
        }

        public int targets(ProgressClass c) {
            return targets.getOrDefault(c, 0);
        }

        public int indicators(ProgressClass c) {
            return indicators.getOrDefault(c, 0);
        }

        private static int onOrAbove(Map<ProgressClass, Integer> counts) {
            return counts.entrySet().stream().filter(e -> e.getKey().onOrAbove()).mapToInt(Map.Entry::getValue).sum();
        }

        public static Map<ProgressClass, Integer> emptyClasses() {
            Map<ProgressClass, Integer> map = new EnumMap<>(ProgressClass.class);
            for (ProgressClass c : ProgressClass.values()) {
                map.put(c, 0);
            }
            return map;
        }
    }

    public record ChapterBlock(int number, String headingZh, String titleZh, String titleEn, List<ProgramBlock> programs)
            implements Serializable {
    }

    /** A 工程 of a 专栏; {@code code} null for the targets the chapter states in its text. */
    public record ProgramBlock(String code, String titleZh, String titleEn, Integer columnBoxNo, String columnBoxZh,
                               List<TargetLine> targets) implements Serializable {
    }

    /**
     * One target with the plan's promise and its status as of the report's date.
     *
     * @param promise  the plan's figure (≥ 4.5 个/千人), empty for qualitative targets
     * @param unitOfMeasure the unit required / delivered / forecast are in
     * @param units    the scope units below the headline (区县(市) …), in the district filter if any
     * @param projects the projects whose outputs serve the target
     */
    public record TargetLine(String code, String descriptionZh, String descriptionEn, String promise,
                             String deadlineText, LocalDate deadline, String scope, TargetState state,
                             ProgressClass progress, BigDecimal required, BigDecimal delivered, BigDecimal forecast,
                             BigDecimal shortfall, String unitOfMeasure, List<String> indicatorCodes,
                             List<UnitLine> units, List<ProjectLine> projects, List<String> causes,
                             List<String> uncovered) implements Serializable {
    }

    public record UnitLine(String unitCode, String nameZh, String nameEn, String level, BigDecimal required,
                           BigDecimal delivered, BigDecimal forecast, BigDecimal shortfall, TargetState state,
                           List<String> causes) implements Serializable {
    }

    /** A project behind a target: its output toward it and whether it is late. */
    public record ProjectLine(String code, String nameZh, String nameEn, Stage stage, String placeZh, String placeEn,
                              BigDecimal planned, BigDecimal actual, boolean confirmed, String unit,
                              LocalDate forecastFinish, String band, boolean sample) implements Serializable {
    }

    public record IndicatorLine(String code, String domainZh, String domainEn, String nameZh, String nameEn,
                                String unit, String baseline, String target, boolean binding, boolean cumulative,
                                Integer latestYear, BigDecimal latestValue, BigDecimal expected,
                                ProgressClass progress) implements Serializable {
    }

    /**
     * A late project and the reasons recorded on it (internal: left out of the public version).
     */
    public record LateProjectLine(String code, String nameZh, String nameEn, String placeZh, String placeEn,
                                  String band, long delayDays, LocalDate forecastFinish, List<String> targetCodes,
                                  List<String> reasons) implements Serializable {
    }

    /** A narrative section; {@code body} null while blank. */
    public record SectionText(String key, String body) implements Serializable {
    }

    /**
     * @param districtBars required / delivered / forecast per 区县(市) for the per-district targets
     * @param sCurve       the portfolio's cumulative planned, actual and forecast progress, month by month
     * @param funding      money by funding source
     */
    public record Charts(List<DistrictBars> districtBars, List<CurvePoint> sCurve, List<SourceAmount> funding)
            implements Serializable {
    }

    public record DistrictBars(String targetCode, String descriptionZh, String descriptionEn, String unit,
                               List<Bar> bars) implements Serializable {
    }

    public record Bar(String unitCode, String nameZh, String nameEn, BigDecimal required, BigDecimal delivered,
                      BigDecimal forecast, TargetState state) implements Serializable {
    }

    /** Cumulative weighted milestone progress of the projects in the report, % of the whole, at a month's end. */
    public record CurvePoint(LocalDate month, BigDecimal planned, BigDecimal actual, BigDecimal forecast)
            implements Serializable {
    }

    /** Yuan by source: requested, approved, disbursed. */
    public record SourceAmount(String code, String nameZh, String nameEn, BigDecimal requested, BigDecimal approved,
                               BigDecimal disbursed) implements Serializable {
    }

    /** The version the public may see: the reasons recorded on late projects are internal. */
    public ReportContent forPublic() {
        List<LateProjectLine> withoutReasons = lateProjects.stream()
                .map(p -> new LateProjectLine(p.code(), p.nameZh(), p.nameEn(), p.placeZh(), p.placeEn(), p.band(),
                        p.delayDays(), p.forecastFinish(), p.targetCodes(), List.of()))
                .toList();
        return new ReportContent(header, counts, chapters, indicators, withoutReasons, sections, charts, finalEvaluation);
    }

    /** Every target line, in plan order. */
    public List<TargetLine> targetLines() {
        return chapters.stream().flatMap(c -> c.programs().stream()).flatMap(p -> p.targets().stream()).toList();
    }
}
