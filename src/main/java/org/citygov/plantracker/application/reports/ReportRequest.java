package org.citygov.plantracker.application.reports;

import org.citygov.plantracker.domain.model.report.Report;
import org.citygov.plantracker.domain.model.report.ReportKind;
import org.citygov.plantracker.domain.model.report.ReportStatus;
import org.citygov.plantracker.domain.model.report.TargetState;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Which report to assemble: its kind and titles, the date it is evaluated as of, and the filters
 * (chapter, 区县(市), status) of a follow-the-plan report.
 */
public record ReportRequest(ReportKind kind, Long reportId, String titleZh, String titleEn, Integer fiscalYear,
                            LocalDate asOf, Integer chapterNo, String districtCode, TargetState stateFilter,
                            ReportStatus status, int revision, LocalDateTime publishedAt) implements Serializable {

    /** An ad-hoc follow-the-plan report (not saved), with optional filters. */
    public static ReportRequest followThePlan(LocalDate asOf, Integer chapterNo, String districtCode,
                                              TargetState stateFilter) {
        return new ReportRequest(ReportKind.FOLLOW_THE_PLAN, null, null, null, null, asOf, chapterNo,
                blankToNull(districtCode), stateFilter, ReportStatus.DRAFT, 0, null);
    }

    /** A saved report as it stands. */
    public static ReportRequest of(Report report) {
        return new ReportRequest(report.getKind(), report.getId(), report.getTitleZh(), report.getTitleEn(),
                report.getFiscalYear(), report.getAsOf(), report.getChapterNo(), report.getDistrictCode(), null,
                report.getStatus(), report.getRevision(), report.getPublishedAt());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
