--liquibase formatted sql

--changeset plantracker:offices-010-1
-- 月度调度: one report per project per month, with coordination requests and evidence files
CREATE TABLE progress_report (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    project_id            BIGINT        NOT NULL REFERENCES project (id),
    report_month          DATE          NOT NULL,
    investment_month      DECIMAL(19,2) NOT NULL,
    investment_cumulative DECIMAL(19,2) NOT NULL,
    correction_note       VARCHAR(2000),
    physical_progress     DECIMAL(5,2)  NOT NULL,
    problems              VARCHAR(4000),
    submitted_by          VARCHAR(64)   NOT NULL,
    submitted_at          TIMESTAMP     NOT NULL,
    due_date              DATE          NOT NULL,
    filed_late            BOOLEAN       DEFAULT FALSE NOT NULL,
    version               BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT uq_progress_report_month UNIQUE (project_id, report_month)
);

CREATE TABLE coordination_request (
    report_id    BIGINT        NOT NULL REFERENCES progress_report (id),
    seq_no       INTEGER       NOT NULL,
    department   VARCHAR(200)  NOT NULL,
    request_text VARCHAR(2000) NOT NULL,
    PRIMARY KEY (report_id, seq_no)
);

-- the files themselves live in the evidence store outside the web root (plantracker.evidence.dir)
CREATE TABLE report_evidence (
    id          BIGINT       NOT NULL PRIMARY KEY,
    report_id   BIGINT       NOT NULL REFERENCES progress_report (id),
    file_name   VARCHAR(200) NOT NULL,
    file_type   VARCHAR(16)  NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    storage_key VARCHAR(200) NOT NULL,
    uploaded_by VARCHAR(64)  NOT NULL,
    uploaded_at TIMESTAMP    NOT NULL,
    CONSTRAINT uq_report_evidence_key UNIQUE (storage_key)
);
CREATE INDEX ix_report_evidence_report ON report_evidence (report_id);

--changeset plantracker:offices-010-2
-- baselines: requests to move the frozen schedule, and every approved baseline (revision 0 = original)
CREATE TABLE rebaseline_request (
    id               BIGINT        NOT NULL PRIMARY KEY,
    project_id       BIGINT        NOT NULL REFERENCES project (id),
    status           VARCHAR(16)   NOT NULL,
    reason           VARCHAR(2000) NOT NULL,
    requested_by     VARCHAR(64)   NOT NULL,
    requested_at     TIMESTAMP     NOT NULL,
    decided_by       VARCHAR(64),
    decided_at       TIMESTAMP,
    decision_comment VARCHAR(2000),
    version          BIGINT        DEFAULT 0 NOT NULL
);
CREATE INDEX ix_rebaseline_request_project ON rebaseline_request (project_id, status);
CREATE INDEX ix_rebaseline_request_status ON rebaseline_request (status);

CREATE TABLE rebaseline_item (
    request_id        BIGINT NOT NULL REFERENCES rebaseline_request (id),
    milestone_id      BIGINT NOT NULL REFERENCES milestone (id),
    previous_baseline DATE,
    proposed_baseline DATE   NOT NULL,
    PRIMARY KEY (request_id, milestone_id)
);

CREATE TABLE schedule_baseline (
    id          BIGINT        NOT NULL PRIMARY KEY,
    project_id  BIGINT        NOT NULL REFERENCES project (id),
    revision    INTEGER       NOT NULL,
    recorded_at TIMESTAMP     NOT NULL,
    recorded_by VARCHAR(64)   NOT NULL,
    reason      VARCHAR(2000),
    request_id  BIGINT REFERENCES rebaseline_request (id),
    CONSTRAINT uq_schedule_baseline_revision UNIQUE (project_id, revision)
);

CREATE TABLE schedule_baseline_date (
    baseline_id   BIGINT NOT NULL REFERENCES schedule_baseline (id),
    milestone_id  BIGINT NOT NULL REFERENCES milestone (id),
    baseline_date DATE,
    PRIMARY KEY (baseline_id, milestone_id)
);
