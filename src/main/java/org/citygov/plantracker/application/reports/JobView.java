package org.citygov.plantracker.application.reports;

import org.citygov.plantracker.domain.model.report.JobStatus;
import org.citygov.plantracker.domain.model.report.JobType;
import org.citygov.plantracker.domain.model.report.ReportJob;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A background job as pages and the API show it: where it is, and the file when done or why it failed.
 *
 * @param failureKey  a message key for the failure (the interfaces say it in the user's language)
 * @param failureText the detail behind it
 */
public record JobView(Long id, JobType type, JobStatus status, int progress, String fileName, String contentType,
                      Long sizeBytes, String failureKey, String failureText, LocalDateTime createdAt,
                      LocalDateTime finishedAt) implements Serializable {

    public static JobView of(ReportJob job) {
        return new JobView(job.getId(), job.getType(), job.getStatus(), job.getProgress(), job.getFileName(),
                job.getContentType(), job.getSizeBytes(), job.getFailureKey(), job.getFailureText(), job.getCreatedAt(),
                job.getFinishedAt());
    }

    public boolean isDone() {
        return status == JobStatus.DONE;
    }

    public boolean isFailed() {
        return status == JobStatus.FAILED;
    }

    public boolean isRunning() {
        return !status.isFinished();
    }
}
