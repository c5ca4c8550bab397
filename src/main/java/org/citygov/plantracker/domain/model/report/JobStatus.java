package org.citygov.plantracker.domain.model.report;

/** Where a background job is. */
public enum JobStatus {
    /** 排队中 — submitted, waiting for a worker. */
    QUEUED,
    /** 生成中 — running; see the progress. */
    RUNNING,
    /** 已完成 — the file is ready for download. */
    DONE,
    /** 失败 — it stopped; the failure says why. */
    FAILED;

    public boolean isFinished() {
        return this == DONE || this == FAILED;
    }
}
