--liquibase formatted sql

-- Slippage and target evaluation: the thresholds CITY_GOV may change, the existing stock of each
-- unit counted before any project, and the monthly snapshots of the engine's results.
-- Runs on Derby 10.16 and PostgreSQL 15. Ids from the shared ID_GEN row 'ids' (core/010); seed rows below 1000.

--changeset plantracker:slippage-010-1
--comment: thresholds of the slippage rules (one row per setting, audited on change)
CREATE TABLE slippage_setting (
    id            BIGINT        NOT NULL PRIMARY KEY,
    setting_key   VARCHAR(64)   NOT NULL,
    setting_value DECIMAL(19,4) NOT NULL,
    version       BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT uq_slippage_setting_key UNIQUE (setting_key)
);
INSERT INTO slippage_setting (id, setting_key, setting_value, version) VALUES (1, 'delay.onTimeDays', 15, 0);
INSERT INTO slippage_setting (id, setting_key, setting_value, version) VALUES (2, 'delay.redDays', 90, 0);
INSERT INTO slippage_setting (id, setting_key, setting_value, version) VALUES (3, 'spi.ahead', 1.05, 0);
INSERT INTO slippage_setting (id, setting_key, setting_value, version) VALUES (4, 'spi.behind', 0.95, 0);
INSERT INTO slippage_setting (id, setting_key, setting_value, version) VALUES (5, 'spi.red', 0.85, 0);
INSERT INTO slippage_setting (id, setting_key, setting_value, version) VALUES (6, 'investment.lagPoints', 10, 0);
INSERT INTO slippage_setting (id, setting_key, setting_value, version) VALUES (7, 'report.dueDay', 10, 0);
INSERT INTO slippage_setting (id, setting_key, setting_value, version) VALUES (8, 'indicator.tolerancePct', 5, 0);
--rollback DROP TABLE slippage_setting;

--changeset plantracker:slippage-010-2
--comment: existing stock per unit, metric and year (e.g. childcare places at end-2021), with its source
CREATE TABLE existing_stock (
    id              BIGINT        NOT NULL PRIMARY KEY,
    jurisdiction_id BIGINT        NOT NULL,
    metric          VARCHAR(200)  NOT NULL,
    fiscal_year     INTEGER       NOT NULL,
    quantity        DECIMAL(19,4) NOT NULL,
    total_quantity  DECIMAL(19,4),
    source          VARCHAR(500),
    sample          BOOLEAN       DEFAULT FALSE NOT NULL,
    version         BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT uq_existing_stock UNIQUE (jurisdiction_id, metric, fiscal_year),
    CONSTRAINT fk_existing_stock_jurisdiction FOREIGN KEY (jurisdiction_id) REFERENCES jurisdiction (id),
    CONSTRAINT ck_existing_stock_quantity CHECK (quantity >= 0),
    CONSTRAINT ck_existing_stock_total CHECK (total_quantity IS NULL OR total_quantity >= quantity)
);
CREATE INDEX ix_existing_stock_metric ON existing_stock (metric);
--rollback DROP TABLE existing_stock;

--changeset plantracker:slippage-010-3
--comment: monthly (and on-demand) snapshots of the evaluation, to chart how a forecast moved
CREATE TABLE evaluation_snapshot (
    id                BIGINT      NOT NULL PRIMARY KEY,
    as_of             DATE        NOT NULL,
    taken_at          TIMESTAMP   NOT NULL,
    snapshot_kind     VARCHAR(16) NOT NULL,
    taken_by          VARCHAR(64) NOT NULL,
    projects_red      INTEGER     NOT NULL,
    projects_amber    INTEGER     NOT NULL,
    targets_will_miss INTEGER     NOT NULL,
    targets_at_risk   INTEGER     NOT NULL,
    CONSTRAINT ck_evaluation_snapshot_kind CHECK (snapshot_kind IN ('MONTH_END', 'ON_DEMAND'))
);
CREATE INDEX ix_evaluation_snapshot_as_of ON evaluation_snapshot (as_of);

CREATE TABLE evaluation_snapshot_row (
    id              BIGINT        NOT NULL PRIMARY KEY,
    snapshot_id     BIGINT        NOT NULL,
    plan_code       VARCHAR(32)   NOT NULL,
    target_code     VARCHAR(32)   NOT NULL,
    unit_code       VARCHAR(32),
    row_role        VARCHAR(16)   NOT NULL,
    required_value  DECIMAL(19,4),
    delivered_value DECIMAL(19,4),
    forecast_value  DECIMAL(19,4),
    shortfall_value DECIMAL(19,4),
    status          VARCHAR(16),
    CONSTRAINT fk_snapshot_row_snapshot FOREIGN KEY (snapshot_id) REFERENCES evaluation_snapshot (id)
);
CREATE INDEX ix_snapshot_row_target ON evaluation_snapshot_row (target_code, unit_code);
--rollback DROP TABLE evaluation_snapshot_row;
--rollback DROP TABLE evaluation_snapshot;

--changeset plantracker:slippage-010-4 dbms:postgresql
--comment: indexes on foreign-key columns (Derby creates these itself)
CREATE INDEX ix_existing_stock_jurisdiction ON existing_stock (jurisdiction_id);
CREATE INDEX ix_snapshot_row_snapshot ON evaluation_snapshot_row (snapshot_id);
--rollback DROP INDEX ix_existing_stock_jurisdiction;
--rollback DROP INDEX ix_snapshot_row_snapshot;
