--liquibase formatted sql

--changeset plantracker:reports-010-1
-- 对照规划 / 年度报告 / 中期评估: a draft computed live, a published revision frozen (content parts below)
CREATE TABLE report (
    id               BIGINT        NOT NULL PRIMARY KEY,
    kind             VARCHAR(16)   NOT NULL,
    title_zh         VARCHAR(300)  NOT NULL,
    title_en         VARCHAR(300),
    fiscal_year      INTEGER,
    as_of            DATE          NOT NULL,
    chapter_no       INTEGER,
    district_code    VARCHAR(32),
    status           VARCHAR(16)   NOT NULL,
    revision         INTEGER       DEFAULT 1 NOT NULL,
    supersedes_id    BIGINT REFERENCES report (id),
    created_by       VARCHAR(64)   NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    published_by     VARCHAR(64),
    published_at     TIMESTAMP,
    contains_sample  BOOLEAN       DEFAULT FALSE NOT NULL,
    version          BIGINT        DEFAULT 0 NOT NULL
);
CREATE INDEX ix_report_status ON report (status, kind);

-- narrative that CITY_GOV writes: one row per section of a report
CREATE TABLE report_section (
    id          BIGINT         NOT NULL PRIMARY KEY,
    report_id   BIGINT         NOT NULL REFERENCES report (id),
    section_key VARCHAR(32)    NOT NULL,
    seq_no      INTEGER        NOT NULL,
    body        VARCHAR(16000),
    updated_by  VARCHAR(64),
    updated_at  TIMESTAMP,
    version     BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT uq_report_section UNIQUE (report_id, section_key)
);

-- the frozen content of a published revision: its JSON in ordered parts (no CLOB on both databases)
CREATE TABLE report_content_part (
    report_id BIGINT         NOT NULL REFERENCES report (id),
    part_no   INTEGER        NOT NULL,
    body      VARCHAR(32000) NOT NULL,
    PRIMARY KEY (report_id, part_no)
);

-- background work (large PDFs, workbooks, OC4IDS packages): progress, the file when done, or why it failed
CREATE TABLE report_job (
    id            BIGINT        NOT NULL PRIMARY KEY,
    job_type      VARCHAR(32)   NOT NULL,
    parameters    VARCHAR(4000),
    owner_name    VARCHAR(64)   NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    progress      INTEGER       DEFAULT 0 NOT NULL,
    failure_key   VARCHAR(100),
    failure_text  VARCHAR(2000),
    file_name     VARCHAR(200),
    content_type  VARCHAR(100),
    size_bytes    BIGINT,
    created_at    TIMESTAMP     NOT NULL,
    started_at    TIMESTAMP,
    heartbeat_at  TIMESTAMP,
    finished_at   TIMESTAMP,
    version       BIGINT        DEFAULT 0 NOT NULL
);
CREATE INDEX ix_report_job_owner ON report_job (owner_name, created_at);
