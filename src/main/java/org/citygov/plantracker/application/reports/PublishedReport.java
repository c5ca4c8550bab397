package org.citygov.plantracker.application.reports;

import org.citygov.plantracker.domain.model.report.Report;
import org.citygov.plantracker.domain.model.report.ReportKind;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A published report as the public sees it: nothing about who wrote or published it. */
public record PublishedReport(Long id, ReportKind kind, String titleZh, String titleEn, Integer fiscalYear,
                              LocalDate asOf, int revision, LocalDateTime publishedAt, boolean sample)
        implements Serializable {

    static PublishedReport of(Report r) {
        return new PublishedReport(r.getId(), r.getKind(), r.getTitleZh(), r.getTitleEn(), r.getFiscalYear(),
                r.getAsOf(), r.getRevision(), r.getPublishedAt(), r.isContainsSample());
    }
}
