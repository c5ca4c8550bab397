--liquibase formatted sql

-- The rolling project library (滚动项目储备库): rounds, proposals, readiness documents, snapshots,
-- carry-overs into a new plan. Derby 10.16 and PostgreSQL 15.

--changeset plantracker:library-010-1
CREATE TABLE library_settings (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    start_funding_share DECIMAL(5,4) DEFAULT 0.3000 NOT NULL,
    version             BIGINT       DEFAULT 0 NOT NULL
);
INSERT INTO library_settings (id, start_funding_share, version) VALUES (1, 0.3000, 0);

CREATE TABLE library_round (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    code                VARCHAR(32)  NOT NULL,
    name_zh             VARCHAR(200) NOT NULL,
    name_en             VARCHAR(200),
    fiscal_year         INTEGER      NOT NULL,
    plan_id             BIGINT       NOT NULL REFERENCES plan (id),
    submission_deadline DATE         NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    opened_by           VARCHAR(64)  NOT NULL,
    opened_at           TIMESTAMP    NOT NULL,
    closed_by           VARCHAR(64),
    closed_at           TIMESTAMP,
    version             BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT uq_library_round_code UNIQUE (code)
);

CREATE TABLE library_proposal (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    round_id                BIGINT        NOT NULL REFERENCES library_round (id),
    kind                    VARCHAR(16)   NOT NULL,
    status                  VARCHAR(16)   NOT NULL,
    lead_unit_id            BIGINT        NOT NULL REFERENCES lead_unit (id),
    project_id              BIGINT        REFERENCES project (id),
    project_code            VARCHAR(40)   NOT NULL,
    reason                  VARCHAR(2000) NOT NULL,
    name_zh                 VARCHAR(300),
    name_en                 VARCHAR(300),
    description             VARCHAR(4000),
    planned_start           DATE,
    planned_finish          DATE,
    total_investment        DECIMAL(19,2),
    before_name_zh          VARCHAR(300),
    before_name_en          VARCHAR(300),
    before_description      VARCHAR(4000),
    before_planned_start    DATE,
    before_planned_finish   DATE,
    before_total_investment DECIMAL(19,2),
    before_stage            VARCHAR(16),
    program_id              BIGINT        REFERENCES program (id),
    jurisdiction_id         BIGINT        REFERENCES jurisdiction (id),
    category                VARCHAR(32),
    submitted_by            VARCHAR(64)   NOT NULL,
    submitted_at            TIMESTAMP     NOT NULL,
    reviewed_by             VARCHAR(64),
    reviewed_at             TIMESTAMP,
    decision                VARCHAR(16),
    review_comment          VARCHAR(2000),
    applied_at              TIMESTAMP,
    version                 BIGINT        DEFAULT 0 NOT NULL
);
CREATE INDEX ix_library_proposal_round ON library_proposal (round_id, status);
CREATE INDEX ix_library_proposal_code ON library_proposal (project_code);
CREATE INDEX ix_library_proposal_unit ON library_proposal (lead_unit_id);

CREATE TABLE library_proposal_output (
    id              BIGINT        NOT NULL PRIMARY KEY,
    proposal_id     BIGINT        NOT NULL REFERENCES library_proposal (id),
    side            VARCHAR(8)    NOT NULL,
    target_id       BIGINT        NOT NULL REFERENCES plan_target (id),
    jurisdiction_id BIGINT        NOT NULL REFERENCES jurisdiction (id),
    quantity        DECIMAL(19,4) NOT NULL,
    unit            VARCHAR(60)
);
CREATE INDEX ix_library_proposal_output ON library_proposal_output (proposal_id);

CREATE TABLE library_proposal_funding (
    id          BIGINT        NOT NULL PRIMARY KEY,
    proposal_id BIGINT        NOT NULL REFERENCES library_proposal (id),
    source_id   BIGINT        NOT NULL REFERENCES funding_source (id),
    fiscal_year INTEGER       NOT NULL,
    amount      DECIMAL(19,2) NOT NULL
);
CREATE INDEX ix_library_proposal_funding ON library_proposal_funding (proposal_id);

CREATE TABLE readiness_evidence (
    id            BIGINT       NOT NULL PRIMARY KEY,
    project_id    BIGINT       NOT NULL REFERENCES project (id),
    gate          VARCHAR(16)  NOT NULL,
    document_ref  VARCHAR(200) NOT NULL,
    document_date DATE         NOT NULL,
    note          VARCHAR(500),
    recorded_by   VARCHAR(64)  NOT NULL,
    recorded_at   TIMESTAMP    NOT NULL,
    version       BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT uq_readiness_evidence UNIQUE (project_id, gate)
);

--changeset plantracker:library-010-2
CREATE TABLE library_snapshot (
    id               BIGINT        NOT NULL PRIMARY KEY,
    round_id         BIGINT        REFERENCES library_round (id),
    label_zh         VARCHAR(200)  NOT NULL,
    label_en         VARCHAR(200),
    taken_at         TIMESTAMP     NOT NULL,
    taken_by         VARCHAR(64)   NOT NULL,
    project_count    INTEGER       NOT NULL,
    total_investment DECIMAL(19,2) NOT NULL,
    contains_sample  BOOLEAN       DEFAULT FALSE NOT NULL
);
CREATE INDEX ix_library_snapshot_round ON library_snapshot (round_id);

CREATE TABLE library_snapshot_project (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    snapshot_id          BIGINT        NOT NULL REFERENCES library_snapshot (id),
    project_code         VARCHAR(40)   NOT NULL,
    name_zh              VARCHAR(300)  NOT NULL,
    name_en              VARCHAR(300),
    plan_code            VARCHAR(32),
    program_code         VARCHAR(32),
    program_title_zh     VARCHAR(200),
    program_title_en     VARCHAR(300),
    jurisdiction_code    VARCHAR(32),
    jurisdiction_name_zh VARCHAR(100),
    jurisdiction_name_en VARCHAR(200),
    district_code        VARCHAR(32),
    district_name_zh     VARCHAR(100),
    district_name_en     VARCHAR(200),
    lead_unit_code       VARCHAR(32),
    lead_unit_name_zh    VARCHAR(200),
    lead_unit_name_en    VARCHAR(200),
    category             VARCHAR(32),
    stage                VARCHAR(16),
    planned_start        DATE,
    planned_finish       DATE,
    total_investment     DECIMAL(19,2),
    description          VARCHAR(4000),
    sample               BOOLEAN       DEFAULT FALSE NOT NULL,
    CONSTRAINT uq_library_snapshot_project UNIQUE (snapshot_id, project_code)
);

CREATE TABLE library_snapshot_output (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    snapshot_project_id BIGINT        NOT NULL REFERENCES library_snapshot_project (id),
    plan_code           VARCHAR(32),
    target_code         VARCHAR(32)   NOT NULL,
    jurisdiction_code   VARCHAR(32),
    quantity            DECIMAL(19,4),
    unit                VARCHAR(60)
);
CREATE INDEX ix_library_snapshot_output ON library_snapshot_output (snapshot_project_id);

CREATE TABLE library_snapshot_funding (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    snapshot_project_id BIGINT        NOT NULL REFERENCES library_snapshot_project (id),
    source_code         VARCHAR(32)   NOT NULL,
    fiscal_year         INTEGER       NOT NULL,
    requested           DECIMAL(19,2),
    approved            DECIMAL(19,2)
);
CREATE INDEX ix_library_snapshot_funding ON library_snapshot_funding (snapshot_project_id);

--changeset plantracker:library-010-3
CREATE TABLE carry_over (
    id           BIGINT        NOT NULL PRIMARY KEY,
    from_plan_id BIGINT        NOT NULL REFERENCES plan (id),
    to_plan_id   BIGINT        NOT NULL REFERENCES plan (id),
    performed_by VARCHAR(64)   NOT NULL,
    performed_at TIMESTAMP     NOT NULL,
    note         VARCHAR(2000)
);

CREATE TABLE carry_over_item (
    id                BIGINT      NOT NULL PRIMARY KEY,
    carry_over_id     BIGINT      NOT NULL REFERENCES carry_over (id),
    project_id        BIGINT      NOT NULL REFERENCES project (id),
    project_code      VARCHAR(40) NOT NULL,
    from_program_code VARCHAR(32) NOT NULL,
    to_program_code   VARCHAR(32) NOT NULL
);
CREATE INDEX ix_carry_over_item_project ON carry_over_item (project_code);

CREATE TABLE carry_over_link (
    id               BIGINT      NOT NULL PRIMARY KEY,
    item_id          BIGINT      NOT NULL REFERENCES carry_over_item (id),
    output_id        BIGINT      NOT NULL,
    from_target_code VARCHAR(32) NOT NULL,
    to_target_code   VARCHAR(32) NOT NULL
);
CREATE INDEX ix_carry_over_link_item ON carry_over_link (item_id);
