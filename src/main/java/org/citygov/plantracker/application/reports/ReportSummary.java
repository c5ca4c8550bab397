package org.citygov.plantracker.application.reports;

import org.citygov.plantracker.domain.model.report.Report;
import org.citygov.plantracker.domain.model.report.ReportKind;
import org.citygov.plantracker.domain.model.report.ReportStatus;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A report as lists show it. {@code createdBy} is internal: the public list does not use this record. */
public record ReportSummary(Long id, ReportKind kind, String titleZh, String titleEn, Integer fiscalYear,
                            LocalDate asOf, Integer chapterNo, String districtCode, ReportStatus status, int revision,
                            String createdBy, LocalDateTime createdAt, LocalDateTime publishedAt,
                            boolean containsSample, long version) implements Serializable {

    public static ReportSummary of(Report r) {
        return new ReportSummary(r.getId(), r.getKind(), r.getTitleZh(), r.getTitleEn(), r.getFiscalYear(),
                r.getAsOf(), r.getChapterNo(), r.getDistrictCode(), r.getStatus(), r.getRevision(), r.getCreatedBy(),
                r.getCreatedAt(), r.getPublishedAt(), r.isContainsSample(), r.getVersion());
    }

    public boolean isDraft() {
        return status == ReportStatus.DRAFT;
    }
}
