--liquibase formatted sql

-- The plan as issued (chapters, 专栏, 工程, staged schedules, targets, indicator table) and the
-- jurisdictions it applies to. Runs on Derby 10.16 and PostgreSQL 15. Ids come from ID_GEN (core/010).
-- Enum columns hold the Java enum names; their CHECK lists must grow with the enums.
-- Foreign-key columns get their indexes in 020-plan-7, on PostgreSQL only: Derby already backs
-- every foreign key with an index and refuses a duplicate (warning 01504), leaving no index by that name.

--changeset plantracker:020-plan-1
--comment: jurisdictions (市 → 区县(市) → 街道/乡镇 → 社区/村) and their populations
CREATE TABLE jurisdiction (
    id BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    code VARCHAR(32) NOT NULL,
    name_zh VARCHAR(100) NOT NULL,
    name_en VARCHAR(200),
    unit_level VARCHAR(16) NOT NULL,
    unit_kind VARCHAR(32),
    parent_id BIGINT,
    sample BOOLEAN NOT NULL DEFAULT FALSE,
    leap_2022_min_institutions INTEGER,
    note VARCHAR(2000),
    CONSTRAINT pk_jurisdiction PRIMARY KEY (id),
    CONSTRAINT uq_jurisdiction_code UNIQUE (code),
    CONSTRAINT fk_jurisdiction_parent FOREIGN KEY (parent_id) REFERENCES jurisdiction (id),
    CONSTRAINT ck_jurisdiction_level CHECK (unit_level IN ('CITY', 'DISTRICT', 'STREET', 'TOWNSHIP', 'COMMUNITY', 'VILLAGE')),
    CONSTRAINT ck_jurisdiction_kind CHECK (unit_kind IS NULL OR unit_kind IN ('CITY', 'URBAN_DISTRICT', 'COUNTY_CITY', 'COUNTY', 'DEVELOPMENT_ZONE')),
    CONSTRAINT ck_jurisdiction_leap CHECK (leap_2022_min_institutions IS NULL OR leap_2022_min_institutions >= 0)
);
CREATE INDEX ix_jurisdiction_level ON jurisdiction (unit_level);

CREATE TABLE population (
    id BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    jurisdiction_id BIGINT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    persons BIGINT NOT NULL,
    source VARCHAR(500),
    sample BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_population PRIMARY KEY (id),
    CONSTRAINT uq_population_unit_year UNIQUE (jurisdiction_id, fiscal_year),
    CONSTRAINT fk_population_jurisdiction FOREIGN KEY (jurisdiction_id) REFERENCES jurisdiction (id),
    CONSTRAINT ck_population_persons CHECK (persons > 0)
);
--rollback DROP TABLE population;
--rollback DROP TABLE jurisdiction;

--changeset plantracker:020-plan-2
--comment: plans, chapters, 专栏 (column boxes) and 工程 (programs)
CREATE TABLE plan (
    id BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    code VARCHAR(32) NOT NULL,
    title_zh VARCHAR(200) NOT NULL,
    title_en VARCHAR(300),
    doc_no VARCHAR(64),
    issuer_zh VARCHAR(100),
    issuer_en VARCHAR(200),
    issued_on DATE,
    published_on DATE,
    period_start_year INTEGER NOT NULL,
    period_end_year INTEGER NOT NULL,
    outlook_year INTEGER,
    content_digest VARCHAR(64) NOT NULL,
    source_path VARCHAR(300),
    loaded_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_plan PRIMARY KEY (id),
    CONSTRAINT uq_plan_code UNIQUE (code),
    CONSTRAINT ck_plan_period CHECK (period_end_year >= period_start_year)
);

CREATE TABLE chapter (
    id BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    plan_id BIGINT NOT NULL,
    chapter_no INTEGER NOT NULL,
    title_zh VARCHAR(200) NOT NULL,
    title_en VARCHAR(300),
    CONSTRAINT pk_chapter PRIMARY KEY (id),
    CONSTRAINT uq_chapter_plan_no UNIQUE (plan_id, chapter_no),
    CONSTRAINT fk_chapter_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
);

CREATE TABLE column_box (
    id BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    plan_id BIGINT NOT NULL,
    box_no INTEGER NOT NULL,
    title_zh VARCHAR(200) NOT NULL,
    title_en VARCHAR(300),
    chapter_id BIGINT NOT NULL,
    owner_domain VARCHAR(64),
    owner_domain_zh VARCHAR(100),
    note VARCHAR(2000),
    ambiguity_note VARCHAR(2000),
    CONSTRAINT pk_column_box PRIMARY KEY (id),
    CONSTRAINT uq_column_box_plan_no UNIQUE (plan_id, box_no),
    CONSTRAINT fk_column_box_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_column_box_chapter FOREIGN KEY (chapter_id) REFERENCES chapter (id)
);

CREATE TABLE program (
    id BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    plan_id BIGINT NOT NULL,
    column_box_id BIGINT NOT NULL,
    chapter_id BIGINT NOT NULL,
    code VARCHAR(32) NOT NULL,
    title_zh VARCHAR(200) NOT NULL,
    title_en VARCHAR(300),
    owner_domain VARCHAR(64),
    related_codes VARCHAR(500),
    CONSTRAINT pk_program PRIMARY KEY (id),
    CONSTRAINT uq_program_plan_code UNIQUE (plan_id, code),
    CONSTRAINT fk_program_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_program_column_box FOREIGN KEY (column_box_id) REFERENCES column_box (id),
    CONSTRAINT fk_program_chapter FOREIGN KEY (chapter_id) REFERENCES chapter (id)
);
--rollback DROP TABLE program;
--rollback DROP TABLE column_box;
--rollback DROP TABLE chapter;
--rollback DROP TABLE plan;

--changeset plantracker:020-plan-3
--comment: staged schedules of programs (五年三跨越) and their stages
CREATE TABLE staged_schedule (
    id BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    program_id BIGINT NOT NULL,
    name_zh VARCHAR(200) NOT NULL,
    name_en VARCHAR(300),
    text_zh VARCHAR(2000),
    note VARCHAR(4000),
    CONSTRAINT pk_staged_schedule PRIMARY KEY (id),
    CONSTRAINT uq_staged_schedule_program UNIQUE (program_id),
    CONSTRAINT fk_staged_schedule_program FOREIGN KEY (program_id) REFERENCES program (id)
);

CREATE TABLE schedule_stage (
    id BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    schedule_id BIGINT NOT NULL,
    stage_no INTEGER NOT NULL,
    deadline DATE,
    deadline_text VARCHAR(200),
    year_offset INTEGER,
    text_zh VARCHAR(2000) NOT NULL,
    text_en VARCHAR(2000),
    CONSTRAINT pk_schedule_stage PRIMARY KEY (id),
    CONSTRAINT uq_schedule_stage_no UNIQUE (schedule_id, stage_no),
    CONSTRAINT fk_schedule_stage_schedule FOREIGN KEY (schedule_id) REFERENCES staged_schedule (id)
);
--rollback DROP TABLE schedule_stage;
--rollback DROP TABLE staged_schedule;

--changeset plantracker:020-plan-4
--comment: the indicator table (主要发展指标) and yearly observations
CREATE TABLE plan_indicator (
    id BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    plan_id BIGINT NOT NULL,
    code VARCHAR(32) NOT NULL,
    domain_zh VARCHAR(100),
    domain_en VARCHAR(200),
    name_zh VARCHAR(200) NOT NULL,
    name_en VARCHAR(300),
    unit VARCHAR(32),
    baseline_year INTEGER,
    baseline_text VARCHAR(200),
    baseline_value DECIMAL(19,4),
    target_year INTEGER,
    target_text VARCHAR(200),
    target_value DECIMAL(19,4),
    nature VARCHAR(16) NOT NULL,
    cumulative BOOLEAN NOT NULL DEFAULT FALSE,
    comparison VARCHAR(16) NOT NULL,
    note VARCHAR(4000),
    CONSTRAINT pk_plan_indicator PRIMARY KEY (id),
    CONSTRAINT uq_plan_indicator_plan_code UNIQUE (plan_id, code),
    CONSTRAINT fk_plan_indicator_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT ck_plan_indicator_nature CHECK (nature IN ('BINDING', 'EXPECTED')),
    CONSTRAINT ck_plan_indicator_comparison CHECK (comparison IN ('AT_LEAST', 'AT_MOST', 'EQUAL', 'APPROXIMATELY', 'RANGE', 'MAINTAIN', 'QUALITATIVE'))
);

CREATE TABLE indicator_observation (
    id BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    indicator_id BIGINT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    observed_value DECIMAL(19,4) NOT NULL,
    source VARCHAR(500),
    sample BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_indicator_observation PRIMARY KEY (id),
    CONSTRAINT uq_indicator_observation_year UNIQUE (indicator_id, fiscal_year),
    CONSTRAINT fk_indicator_observation_indicator FOREIGN KEY (indicator_id) REFERENCES plan_indicator (id)
);
--rollback DROP TABLE indicator_observation;
--rollback DROP TABLE plan_indicator;

--changeset plantracker:020-plan-5
--comment: targets (column and chapter-text), the 区县(市) of group targets, and the indicators they restate
CREATE TABLE plan_target (
    id BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    plan_id BIGINT NOT NULL,
    program_id BIGINT,
    chapter_id BIGINT NOT NULL,
    code VARCHAR(32) NOT NULL,
    seq INTEGER NOT NULL,
    kind VARCHAR(16) NOT NULL,
    section VARCHAR(200),
    description_zh VARCHAR(2000) NOT NULL,
    description_en VARCHAR(2000),
    named_text VARCHAR(1000),
    note VARCHAR(4000),
    also_in_text VARCHAR(500),
    related_codes VARCHAR(500),
    details VARCHAR(4000),
    metric VARCHAR(200),
    unit VARCHAR(100),
    comparison VARCHAR(16) NOT NULL,
    target_value DECIMAL(19,4),
    target_min DECIMAL(19,4),
    target_max DECIMAL(19,4),
    target_text VARCHAR(500),
    cumulative BOOLEAN NOT NULL DEFAULT FALSE,
    baseline_text VARCHAR(200),
    deadline DATE,
    deadline_basis VARCHAR(24) NOT NULL,
    deadline_text VARCHAR(200),
    period_start DATE,
    scope VARCHAR(32) NOT NULL,
    scope_detail VARCHAR(1000),
    stage_id BIGINT,
    min_places_per_institution INTEGER,
    CONSTRAINT pk_plan_target PRIMARY KEY (id),
    CONSTRAINT uq_plan_target_plan_code UNIQUE (plan_id, code),
    CONSTRAINT fk_plan_target_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_plan_target_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_plan_target_chapter FOREIGN KEY (chapter_id) REFERENCES chapter (id),
    CONSTRAINT fk_plan_target_stage FOREIGN KEY (stage_id) REFERENCES schedule_stage (id),
    CONSTRAINT ck_plan_target_kind CHECK (kind IN ('TARGET', 'PROJECT', 'STANDARD', 'QUALITATIVE')),
    CONSTRAINT ck_plan_target_comparison CHECK (comparison IN ('AT_LEAST', 'AT_MOST', 'EQUAL', 'APPROXIMATELY', 'RANGE', 'MAINTAIN', 'QUALITATIVE')),
    CONSTRAINT ck_plan_target_deadline_basis CHECK (deadline_basis IN ('EXPLICIT', 'SECTION', 'IMPLIED_PLAN_PERIOD', 'NONE', 'AMBIGUOUS')),
    CONSTRAINT ck_plan_target_scope CHECK (scope IN ('CITYWIDE', 'CITY_LEVEL', 'PER_DISTRICT_COUNTY', 'PER_COUNTY_CITY', 'PER_JURISDICTION_GROUP', 'PER_STREET', 'PER_TOWNSHIP', 'PER_TOWNSHIP_STREET', 'PER_COMMUNITY', 'PER_VILLAGE', 'PER_INSTITUTION', 'NAMED_PROJECT')),
    CONSTRAINT ck_plan_target_min_places CHECK (min_places_per_institution IS NULL OR min_places_per_institution > 0)
);

CREATE TABLE plan_target_unit (
    target_id BIGINT NOT NULL,
    jurisdiction_id BIGINT NOT NULL,
    CONSTRAINT pk_plan_target_unit PRIMARY KEY (target_id, jurisdiction_id),
    CONSTRAINT fk_plan_target_unit_target FOREIGN KEY (target_id) REFERENCES plan_target (id),
    CONSTRAINT fk_plan_target_unit_jurisdiction FOREIGN KEY (jurisdiction_id) REFERENCES jurisdiction (id)
);

CREATE TABLE plan_target_indicator (
    target_id BIGINT NOT NULL,
    indicator_id BIGINT NOT NULL,
    CONSTRAINT pk_plan_target_indicator PRIMARY KEY (target_id, indicator_id),
    CONSTRAINT fk_plan_target_indicator_target FOREIGN KEY (target_id) REFERENCES plan_target (id),
    CONSTRAINT fk_plan_target_indicator_indicator FOREIGN KEY (indicator_id) REFERENCES plan_indicator (id)
);
--rollback DROP TABLE plan_target_indicator;
--rollback DROP TABLE plan_target_unit;
--rollback DROP TABLE plan_target;

--changeset plantracker:020-plan-6
--comment: ID_GEN rows for the @TableGenerator of each table above (pkColumnValue = table name)
INSERT INTO id_gen (gen_name, gen_value) VALUES ('jurisdiction', 0);
INSERT INTO id_gen (gen_name, gen_value) VALUES ('population', 0);
INSERT INTO id_gen (gen_name, gen_value) VALUES ('plan', 0);
INSERT INTO id_gen (gen_name, gen_value) VALUES ('chapter', 0);
INSERT INTO id_gen (gen_name, gen_value) VALUES ('column_box', 0);
INSERT INTO id_gen (gen_name, gen_value) VALUES ('program', 0);
INSERT INTO id_gen (gen_name, gen_value) VALUES ('staged_schedule', 0);
INSERT INTO id_gen (gen_name, gen_value) VALUES ('schedule_stage', 0);
INSERT INTO id_gen (gen_name, gen_value) VALUES ('plan_indicator', 0);
INSERT INTO id_gen (gen_name, gen_value) VALUES ('indicator_observation', 0);
INSERT INTO id_gen (gen_name, gen_value) VALUES ('plan_target', 0);
--rollback DELETE FROM id_gen WHERE gen_name IN ('jurisdiction', 'population', 'plan', 'chapter', 'column_box', 'program', 'staged_schedule', 'schedule_stage', 'plan_indicator', 'indicator_observation', 'plan_target');

--changeset plantracker:020-plan-7 dbms:postgresql
--comment: indexes on foreign-key columns (Derby creates these itself)
CREATE INDEX ix_jurisdiction_parent ON jurisdiction (parent_id);
CREATE INDEX ix_column_box_chapter ON column_box (chapter_id);
CREATE INDEX ix_program_column_box ON program (column_box_id);
CREATE INDEX ix_program_chapter ON program (chapter_id);
CREATE INDEX ix_plan_target_program ON plan_target (program_id);
CREATE INDEX ix_plan_target_chapter ON plan_target (chapter_id);
CREATE INDEX ix_plan_target_stage ON plan_target (stage_id);
CREATE INDEX ix_plan_target_unit_jurisdiction ON plan_target_unit (jurisdiction_id);
CREATE INDEX ix_plan_target_indicator_indicator ON plan_target_indicator (indicator_id);
--rollback DROP INDEX ix_jurisdiction_parent;
--rollback DROP INDEX ix_column_box_chapter;
--rollback DROP INDEX ix_program_column_box;
--rollback DROP INDEX ix_program_chapter;
--rollback DROP INDEX ix_plan_target_program;
--rollback DROP INDEX ix_plan_target_chapter;
--rollback DROP INDEX ix_plan_target_stage;
--rollback DROP INDEX ix_plan_target_unit_jurisdiction;
--rollback DROP INDEX ix_plan_target_indicator_indicator;
