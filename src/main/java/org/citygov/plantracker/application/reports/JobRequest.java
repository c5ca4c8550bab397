package org.citygov.plantracker.application.reports;

import org.citygov.plantracker.application.reports.oc4ids.Oc4idsFilter;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.report.JobType;
import org.citygov.plantracker.domain.model.report.TargetState;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a background job is asked to produce, kept with the job as JSON.
 *
 * @param language   "zh" or "en": the language of the file
 * @param publicView render the public version (no internal reasons)
 * @param packageUri for OC4IDS: the URI the package says it can be fetched from
 */
public record JobRequest(JobType type, LocalDate asOf, Integer chapterNo, String districtCode, TargetState stateFilter,
                         Long reportId, String language, boolean publicView, String programCode,
                         String jurisdictionCode, Stage stage, Long leadUnitId, String packageUri)
        implements Serializable {

    public static JobRequest plan(JobType type, ReportRequest request, String language) {
        return new JobRequest(type, request.asOf(), request.chapterNo(), request.districtCode(), request.stateFilter(),
                null, language, false, null, null, null, null, null);
    }

    public static JobRequest report(JobType type, long reportId, String language) {
        return new JobRequest(type, null, null, null, null, reportId, language, false, null, null, null, null, null);
    }

    public static JobRequest oc4ids(Oc4idsFilter filter, String packageUri) {
        return new JobRequest(JobType.OC4IDS, null, null, null, null, null, "zh", false, filter.programCode(),
                filter.jurisdictionCode(), filter.stage(), filter.leadUnitId(), packageUri);
    }

    public ReportRequest planRequest() {
        return ReportRequest.followThePlan(asOf, chapterNo, districtCode, stateFilter);
    }

    public Oc4idsFilter oc4idsFilter() {
        return new Oc4idsFilter(programCode, jurisdictionCode, stage, leadUnitId);
    }

    JobRequest confinedTo(Long unitId) {
        return new JobRequest(type, asOf, chapterNo, districtCode, stateFilter, reportId, language, publicView,
                programCode, jurisdictionCode, stage, unitId, packageUri);
    }
}
