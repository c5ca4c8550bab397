--liquibase formatted sql

--changeset plantracker:010-core-1
CREATE TABLE id_gen (
    gen_name  VARCHAR(64) NOT NULL PRIMARY KEY,
    gen_value BIGINT      NOT NULL
);
-- one generator row for every table (see META-INF/orm.xml); ids below 1000 are left for seed rows
INSERT INTO id_gen (gen_name, gen_value) VALUES ('ids', 1000);

--changeset plantracker:010-core-2
CREATE TABLE lead_unit (
    id      BIGINT       NOT NULL PRIMARY KEY,
    code    VARCHAR(32)  NOT NULL,
    name_zh VARCHAR(200) NOT NULL,
    name_en VARCHAR(200),
    sample  BOOLEAN      DEFAULT FALSE NOT NULL,
    version BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT uq_lead_unit_code UNIQUE (code)
);

CREATE TABLE app_user (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    username            VARCHAR(64)  NOT NULL,
    display_name        VARCHAR(200) NOT NULL,
    password_hash       VARCHAR(200) NOT NULL,
    password_salt       VARCHAR(200) NOT NULL,
    password_iterations INTEGER      NOT NULL,
    lead_unit_id        BIGINT REFERENCES lead_unit (id),
    enabled             BOOLEAN      DEFAULT TRUE NOT NULL,
    sample              BOOLEAN      DEFAULT FALSE NOT NULL,
    version             BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT uq_app_user_username UNIQUE (username)
);

CREATE TABLE app_user_role (
    user_id   BIGINT      NOT NULL REFERENCES app_user (id),
    role_name VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role_name)
);

CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP     NOT NULL,
    username     VARCHAR(64)   NOT NULL,
    entity_type  VARCHAR(64)   NOT NULL,
    entity_id    BIGINT,
    project_code VARCHAR(40),
    action       VARCHAR(64)   NOT NULL,
    field_name   VARCHAR(100),
    before_value VARCHAR(4000),
    after_value  VARCHAR(4000),
    comment_text VARCHAR(4000)
);
CREATE INDEX ix_audit_project ON audit_entry (project_code, occurred_at);
CREATE INDEX ix_audit_entity ON audit_entry (entity_type, entity_id);
