--liquibase formatted sql

--changeset plantracker:finance-010-1
-- Which project categories a funding source may pay for; no row for a source means "any category".
CREATE TABLE funding_source_category (
    source_id BIGINT      NOT NULL REFERENCES funding_source (id),
    category  VARCHAR(32) NOT NULL,
    PRIMARY KEY (source_id, category)
);

--changeset plantracker:finance-010-2
-- Who asked for a funding line and who decided on it (the full story is in audit_entry).
ALTER TABLE funding_line ADD COLUMN request_note VARCHAR(2000);
ALTER TABLE funding_line ADD COLUMN requested_by VARCHAR(64);
ALTER TABLE funding_line ADD COLUMN requested_at TIMESTAMP;
ALTER TABLE funding_line ADD COLUMN reviewed_by VARCHAR(64);
ALTER TABLE funding_line ADD COLUMN reviewed_at TIMESTAMP;
CREATE INDEX ix_funding_line_status ON funding_line (status, fiscal_year);

--changeset plantracker:finance-010-3
-- 拨付 ledger: append-only. A correction is a new row with the opposite amount that names the row it
-- reverses (reverses_id); the unique constraint lets a row be reversed at most once.
-- funding_line.disbursed always equals the sum of a line's rows.
CREATE TABLE funding_disbursement (
    id              BIGINT        NOT NULL PRIMARY KEY,
    funding_line_id BIGINT        NOT NULL REFERENCES funding_line (id),
    paid_on         DATE          NOT NULL,
    amount          DECIMAL(19,2) NOT NULL,
    voucher_no      VARCHAR(64),
    note            VARCHAR(2000),
    reverses_id     BIGINT REFERENCES funding_disbursement (id),
    recorded_by     VARCHAR(64)   NOT NULL,
    recorded_at     TIMESTAMP     NOT NULL,
    CONSTRAINT uq_disbursement_reverses UNIQUE (reverses_id)
);
CREATE INDEX ix_disbursement_line ON funding_disbursement (funding_line_id, paid_on);

--changeset plantracker:finance-010-4
-- Money-vs-works thresholds, one row, set by the finance bureau (changes audited).
CREATE TABLE finance_threshold (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    ahead_points        DECIMAL(5,2) NOT NULL,
    idle_percent        DECIMAL(5,2) NOT NULL,
    stalled_months      INTEGER      NOT NULL,
    stalled_gain_points DECIMAL(5,2) NOT NULL,
    updated_by          VARCHAR(64),
    updated_at          TIMESTAMP,
    version             BIGINT       DEFAULT 0 NOT NULL
);
INSERT INTO finance_threshold (id, ahead_points, idle_percent, stalled_months, stalled_gain_points, version)
VALUES (1, 20.00, 50.00, 3, 5.00, 0);
