package org.citygov.plantracker.application.reports;

import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.plan.TargetScope;
import org.citygov.plantracker.domain.model.project.Stage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What {@link ReportContentBuilder} assembles a report from, as read by {@link ReportSources}: the
 * plan's structure, the projects' outputs toward its targets, the engine's verdict, the reasons
 * recorded on late projects, and the chart series.
 *
 * @param projectPlaces where each project lies, by project code
 * @param districts     the 区县(市) by code
 * @param sampleData    whether any project in the report's scope is sample (示例) data
 */
public record ReportInputs(PlanHead plan, List<ChapterRow> chapters, List<TargetRow> targets,
                           List<IndicatorRow> indicators, List<OutputRow> outputs, PlanProgress progress,
                           Map<String, List<String>> reasonsByProject, Map<String, Place> projectPlaces,
                           List<ReportContent.CurvePoint> sCurve, List<ReportContent.SourceAmount> funding,
                           Map<String, Place> districts, boolean sampleData) {

    public record PlanHead(String code, String titleZh, String titleEn, int startYear, int endYear) {
    }

    public record ChapterRow(int number, String headingZh, String titleZh, String titleEn) {
    }

    /** A target in plan order ({@code seq}); program fields null for targets stated in the chapter text. */
    public record TargetRow(String code, int seq, int chapterNo, String programCode, String programTitleZh,
                            String programTitleEn, Integer columnBoxNo, String columnBoxTitleZh, String descriptionZh,
                            String descriptionEn, String targetText, BigDecimal value, String unit,
                            LocalDate deadline, String deadlineText, TargetScope scope, List<String> indicatorCodes) {
    }

    public record IndicatorRow(String code, String domainZh, String domainEn, String nameZh, String nameEn, String unit,
                               String baseline, String target, boolean binding, boolean cumulative) {
    }

    /**
     * A project's output toward a target, where it is delivered ({@code districtCode}: the 区县(市)
     * it lies in, null at city level) and the project's expected finish.
     */
    public record OutputRow(String targetCode, String projectCode, String projectNameZh, String projectNameEn,
                            Stage stage, boolean sample, String placeZh, String placeEn, String districtCode,
                            BigDecimal planned, BigDecimal actual, boolean confirmed, String unit,
                            LocalDate forecastFinish) {
    }

    /** A jurisdiction by name; {@code districtCode} the 区县(市) it lies in (itself for a district). */
    public record Place(String code, String nameZh, String nameEn, JurisdictionLevel level, String districtCode) {
    }
}
