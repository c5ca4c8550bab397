package org.citygov.plantracker.domain.model.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A long piece of work (a large PDF, a workbook, an OC4IDS package) done in the background: queued,
 * running with a progress in percent, then done with a file to download or failed with the reason.
 * Kept in the database so any node, page or API call can follow it, and so a restart cannot leave
 * it "running" for ever.
 */
@Entity
@Table(name = "report_job")
public class ReportJob {

    private static final int MAX_FAILURE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "job_type", nullable = false, length = 32)
    private JobType type;

    /** What to produce (filters, report id, language), as the application wrote it. */
    @Column(name = "parameters", length = 4000)
    private String parameters;

    @Column(name = "owner_name", nullable = false, length = 64)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private JobStatus status;

    @Column(name = "progress", nullable = false)
    private int progress;

    /** A message key for the failure, so each interface can say it in its user's language. */
    @Column(name = "failure_key", length = 100)
    private String failureKey;

    @Column(name = "failure_text", length = MAX_FAILURE)
    private String failureText;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(name = "content_type", length = 100)
    private String contentType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "started_at")
    private LocalDateTime startedAt;

    /** Last sign of life of the worker: a job silent for too long was interrupted (restart, crash). */
    @Column(name = "heartbeat_at")
    private LocalDateTime heartbeatAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Version
    private long version;

    protected ReportJob() {
    }

    public ReportJob(JobType type, String parameters, String owner, LocalDateTime createdAt) {
        this.type = Objects.requireNonNull(type, "type");
        this.parameters = parameters;
        this.owner = Objects.requireNonNull(owner, "owner");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = JobStatus.QUEUED;
    }

    public void start(LocalDateTime at) {
        if (status != JobStatus.QUEUED) {
            throw new IllegalStateException("Job " + id + " is " + status + ", not queued");
        }
        this.status = JobStatus.RUNNING;
        this.startedAt = at;
        this.heartbeatAt = at;
    }

    /** Progress in percent, never backwards, never 100 before the file is there. */
    public void advanceTo(int percent, LocalDateTime at) {
        if (status == JobStatus.RUNNING) {
            this.progress = Math.max(progress, Math.min(99, Math.max(0, percent)));
            this.heartbeatAt = at;
        }
    }

    /**
     * Whether the job was abandoned: queued or running without a sign of life for longer than
     * {@code silence} (the server that ran it stopped). Such a job is failed as interrupted.
     */
    public boolean isAbandoned(LocalDateTime now, java.time.Duration silence) {
        if (status.isFinished()) {
            return false;
        }
        LocalDateTime last = heartbeatAt != null ? heartbeatAt : createdAt;
        return last.plus(silence).isBefore(now);
    }

    public void succeed(String file, String type, long size, LocalDateTime at) {
        if (status != JobStatus.RUNNING) {
            throw new IllegalStateException("Job " + id + " is " + status + ", not running");
        }
        this.status = JobStatus.DONE;
        this.progress = 100;
        this.fileName = Objects.requireNonNull(file);
        this.contentType = Objects.requireNonNull(type);
        this.sizeBytes = size;
        this.finishedAt = at;
    }

    /** Stops the job with the reason: a message key and the detail (English or the cause's text). */
    public void fail(String key, String text, LocalDateTime at) {
        if (status.isFinished()) {
            return;
        }
        this.status = JobStatus.FAILED;
        this.failureKey = Objects.requireNonNull(key);
        this.failureText = text == null ? null : text.length() > MAX_FAILURE ? text.substring(0, MAX_FAILURE) : text;
        this.finishedAt = at;
    }

    public boolean isOwnedBy(String username) {
        return owner.equals(username);
    }

    public Long getId() { return id; }
    public JobType getType() { return type; }
    public String getParameters() { return parameters; }
    public String getOwner() { return owner; }
    public JobStatus getStatus() { return status; }
    public int getProgress() { return progress; }
    public String getFailureKey() { return failureKey; }
    public String getFailureText() { return failureText; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public Long getSizeBytes() { return sizeBytes; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getStartedAt() { return startedAt; }
    public LocalDateTime getHeartbeatAt() { return heartbeatAt; }
    public LocalDateTime getFinishedAt() { return finishedAt; }
    public long getVersion() { return version; }
}
