package org.citygov.plantracker.interfaces.rest.reports;

import org.citygov.plantracker.application.reports.JobView;
import org.citygov.plantracker.domain.model.report.JobStatus;
import org.citygov.plantracker.domain.model.report.JobType;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDateTime;
import java.util.Locale;

@Schema(name = "ReportJob", description = "A background job: QUEUED → RUNNING (progress 0–99) → DONE (file ready, progress 100) or FAILED (failure says why)")
public record JobDto(Long id, JobType type, JobStatus status,
                     @Schema(description = "Percent done, 0–100") int progress,
                     @Schema(description = "Name of the file when done") String fileName, String contentType,
                     Long sizeBytes,
                     @Schema(description = "Why the job failed, in the caller's language") String failure,
                     LocalDateTime createdAt, LocalDateTime finishedAt,
                     @Schema(description = "Where to poll the job") String self,
                     @Schema(description = "Where to download the file once DONE") String file) {

    static JobDto of(JobView job, Locale locale, String base) {
        String failure = null;
        if (job.failureKey() != null) {
            String detail = job.failureText() == null ? "" : job.failureText();
            String text = Texts.get(locale, job.failureKey(), detail);
            failure = text.equals(job.failureKey()) ? detail : text;
        }
        String self = base + "reports/jobs/" + job.id();
        return new JobDto(job.id(), job.type(), job.status(), job.progress(), job.fileName(), job.contentType(),
                job.sizeBytes(), failure, job.createdAt(), job.finishedAt(), self, job.isDone() ? self + "/file" : null);
    }
}
