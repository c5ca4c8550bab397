package org.citygov.plantracker.application.offices;

import java.io.Serializable;

import org.citygov.plantracker.domain.model.progress.MonthlyReportContent;

import java.util.List;

/** Filing a monthly report (月度调度) for a project, with optional evidence files. */
public record ReportSubmission(String projectCode, MonthlyReportContent content, List<EvidenceUpload> evidence)
        implements Serializable {

    public ReportSubmission {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
