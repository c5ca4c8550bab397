--liquibase formatted sql

-- One threshold store (issue 19 item 2): the slippage thresholds were key/value rows (slippage_setting),
-- the money-vs-works thresholds one typed row (finance_threshold). Now both are one typed row with who
-- changed it last and one version for the set (the values are checked together). The values in force are
-- kept; a key that had no row keeps its default, as before. Runs on Derby 10.16 and PostgreSQL 15.

--changeset plantracker:slippage-040-1
--comment: the slippage thresholds as one typed row, with the values in force
CREATE TABLE slippage_threshold (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    on_time_days            INTEGER       NOT NULL,
    red_days                INTEGER       NOT NULL,
    spi_ahead               DECIMAL(19,4) NOT NULL,
    spi_behind              DECIMAL(19,4) NOT NULL,
    spi_red                 DECIMAL(19,4) NOT NULL,
    investment_lag_points   DECIMAL(19,4) NOT NULL,
    report_due_day          INTEGER       NOT NULL,
    indicator_tolerance_pct DECIMAL(19,4) NOT NULL,
    updated_by              VARCHAR(64),
    updated_at              TIMESTAMP,
    version                 BIGINT        DEFAULT 0 NOT NULL
);
INSERT INTO slippage_threshold (id, on_time_days, red_days, spi_ahead, spi_behind, spi_red, investment_lag_points,
    report_due_day, indicator_tolerance_pct, version) VALUES (1, 15, 90, 1.05, 0.95, 0.85, 10, 10, 5, 0);
UPDATE slippage_threshold SET on_time_days = (SELECT CAST(s.setting_value AS INTEGER) FROM slippage_setting s WHERE s.setting_key = 'delay.onTimeDays') WHERE EXISTS (SELECT 1 FROM slippage_setting s WHERE s.setting_key = 'delay.onTimeDays');
UPDATE slippage_threshold SET red_days = (SELECT CAST(s.setting_value AS INTEGER) FROM slippage_setting s WHERE s.setting_key = 'delay.redDays') WHERE EXISTS (SELECT 1 FROM slippage_setting s WHERE s.setting_key = 'delay.redDays');
UPDATE slippage_threshold SET spi_ahead = (SELECT s.setting_value FROM slippage_setting s WHERE s.setting_key = 'spi.ahead') WHERE EXISTS (SELECT 1 FROM slippage_setting s WHERE s.setting_key = 'spi.ahead');
UPDATE slippage_threshold SET spi_behind = (SELECT s.setting_value FROM slippage_setting s WHERE s.setting_key = 'spi.behind') WHERE EXISTS (SELECT 1 FROM slippage_setting s WHERE s.setting_key = 'spi.behind');
UPDATE slippage_threshold SET spi_red = (SELECT s.setting_value FROM slippage_setting s WHERE s.setting_key = 'spi.red') WHERE EXISTS (SELECT 1 FROM slippage_setting s WHERE s.setting_key = 'spi.red');
UPDATE slippage_threshold SET investment_lag_points = (SELECT s.setting_value FROM slippage_setting s WHERE s.setting_key = 'investment.lagPoints') WHERE EXISTS (SELECT 1 FROM slippage_setting s WHERE s.setting_key = 'investment.lagPoints');
UPDATE slippage_threshold SET report_due_day = (SELECT CAST(s.setting_value AS INTEGER) FROM slippage_setting s WHERE s.setting_key = 'report.dueDay') WHERE EXISTS (SELECT 1 FROM slippage_setting s WHERE s.setting_key = 'report.dueDay');
UPDATE slippage_threshold SET indicator_tolerance_pct = (SELECT s.setting_value FROM slippage_setting s WHERE s.setting_key = 'indicator.tolerancePct') WHERE EXISTS (SELECT 1 FROM slippage_setting s WHERE s.setting_key = 'indicator.tolerancePct');
--rollback DROP TABLE slippage_threshold;

--changeset plantracker:slippage-040-2
--comment: the key/value rows are gone (their values moved to slippage_threshold)
DROP TABLE slippage_setting;
--rollback CREATE TABLE slippage_setting (id BIGINT NOT NULL PRIMARY KEY, setting_key VARCHAR(64) NOT NULL, setting_value DECIMAL(19,4) NOT NULL, version BIGINT DEFAULT 0 NOT NULL, CONSTRAINT uq_slippage_setting_key UNIQUE (setting_key));
