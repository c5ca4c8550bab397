--liquibase formatted sql

--changeset plantracker:030-projects-1
CREATE TABLE funding_source (
    id         BIGINT       NOT NULL PRIMARY KEY,
    code       VARCHAR(32)  NOT NULL,
    name_zh    VARCHAR(100) NOT NULL,
    name_en    VARCHAR(100) NOT NULL,
    government BOOLEAN      NOT NULL,
    sort_order INTEGER      DEFAULT 0 NOT NULL,
    active     BOOLEAN      DEFAULT TRUE NOT NULL,
    version    BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT uq_funding_source_code UNIQUE (code)
);

CREATE TABLE project (
    id                BIGINT        NOT NULL PRIMARY KEY,
    code              VARCHAR(40)   NOT NULL,
    national_code     VARCHAR(24),
    name_zh           VARCHAR(300)  NOT NULL,
    name_en           VARCHAR(300),
    program_id        BIGINT        NOT NULL REFERENCES program (id),
    jurisdiction_id   BIGINT        NOT NULL REFERENCES jurisdiction (id),
    lead_unit_id      BIGINT        NOT NULL REFERENCES lead_unit (id),
    category          VARCHAR(32)   NOT NULL,
    stage             VARCHAR(16)   NOT NULL,
    withdrawal_reason VARCHAR(2000),
    planned_start     DATE          NOT NULL,
    planned_finish    DATE          NOT NULL,
    total_investment  DECIMAL(19,2) NOT NULL,
    description       VARCHAR(4000),
    sample            BOOLEAN       DEFAULT FALSE NOT NULL,
    created_at        TIMESTAMP     NOT NULL,
    version           BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT uq_project_code UNIQUE (code),
    CONSTRAINT uq_project_national_code UNIQUE (national_code)
);
CREATE INDEX ix_project_program ON project (program_id);
CREATE INDEX ix_project_jurisdiction ON project (jurisdiction_id);
CREATE INDEX ix_project_lead_unit ON project (lead_unit_id);
CREATE INDEX ix_project_stage ON project (stage);

CREATE TABLE milestone (
    id                BIGINT       NOT NULL PRIMARY KEY,
    project_id        BIGINT       NOT NULL REFERENCES project (id),
    seq_no            INTEGER      NOT NULL,
    name_zh           VARCHAR(200) NOT NULL,
    name_en           VARCHAR(200),
    kind              VARCHAR(16)  NOT NULL,
    original_baseline DATE,
    baseline          DATE,
    forecast          DATE,
    actual            DATE,
    weight            DECIMAL(9,4) NOT NULL,
    percent_complete  DECIMAL(5,2) DEFAULT 0 NOT NULL,
    note              VARCHAR(2000),
    version           BIGINT       DEFAULT 0 NOT NULL
);
CREATE INDEX ix_milestone_project ON milestone (project_id, seq_no);

CREATE TABLE project_output (
    id                BIGINT        NOT NULL PRIMARY KEY,
    project_id        BIGINT        NOT NULL REFERENCES project (id),
    target_id         BIGINT        NOT NULL REFERENCES plan_target (id),
    jurisdiction_id   BIGINT        NOT NULL REFERENCES jurisdiction (id),
    unit              VARCHAR(60),
    planned_quantity  DECIMAL(19,4) NOT NULL,
    actual_quantity   DECIMAL(19,4),
    confirmed         BOOLEAN       DEFAULT FALSE NOT NULL,
    facility_capacity INTEGER,
    inclusive         BOOLEAN,
    description       VARCHAR(500),
    version           BIGINT        DEFAULT 0 NOT NULL
);
CREATE INDEX ix_output_project ON project_output (project_id);
CREATE INDEX ix_output_target ON project_output (target_id, jurisdiction_id);

CREATE TABLE funding_line (
    id             BIGINT        NOT NULL PRIMARY KEY,
    project_id     BIGINT        NOT NULL REFERENCES project (id),
    source_id      BIGINT        NOT NULL REFERENCES funding_source (id),
    fiscal_year    INTEGER       NOT NULL,
    requested      DECIMAL(19,2) NOT NULL,
    approved       DECIMAL(19,2),
    disbursed      DECIMAL(19,2) DEFAULT 0 NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    review_comment VARCHAR(2000),
    version        BIGINT        DEFAULT 0 NOT NULL
);
CREATE INDEX ix_funding_line_project ON funding_line (project_id);
CREATE INDEX ix_funding_line_source_year ON funding_line (source_id, fiscal_year);

--changeset plantracker:030-projects-2
INSERT INTO funding_source (id, code, name_zh, name_en, government, sort_order, active, version) VALUES
    (1, 'CENTRAL_BUDGET', '中央预算内投资', 'Central budget investment', TRUE, 10, TRUE, 0),
    (2, 'PROVINCIAL_SPECIAL', '省级专项资金', 'Provincial special funds', TRUE, 20, TRUE, 0),
    (3, 'MUNICIPAL_BUDGET', '市级财政', 'Municipal budget', TRUE, 30, TRUE, 0),
    (4, 'DISTRICT_BUDGET', '区县(市)财政', 'District/county budget', TRUE, 40, TRUE, 0),
    (5, 'SPECIAL_BOND', '地方政府专项债券', 'Local government special bonds', TRUE, 50, TRUE, 0),
    (6, 'BANK_LOAN', '政策性/商业银行贷款', 'Policy/commercial bank loans', FALSE, 60, TRUE, 0),
    (7, 'SOCIAL_CAPITAL', '社会资本/PPP', 'Social capital / PPP', FALSE, 70, TRUE, 0),
    (8, 'OTHER', '其他', 'Other', FALSE, 80, TRUE, 0);
