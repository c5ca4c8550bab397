--liquibase formatted sql

-- Administration (issue 12): one-time passwords, lead units' district and retirement, personal API
-- tokens, sign-in throttling and the sign-in log.

--changeset plantracker:admin-010-1
ALTER TABLE app_user ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;
--rollback ALTER TABLE app_user DROP COLUMN password_change_required;

--changeset plantracker:admin-010-2
ALTER TABLE lead_unit ADD COLUMN retired BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE lead_unit ADD COLUMN jurisdiction_id BIGINT REFERENCES jurisdiction (id);
--rollback ALTER TABLE lead_unit DROP COLUMN jurisdiction_id;
--rollback ALTER TABLE lead_unit DROP COLUMN retired;

--changeset plantracker:admin-010-3
CREATE TABLE api_token (
    id           BIGINT       NOT NULL PRIMARY KEY,
    user_id      BIGINT       NOT NULL REFERENCES app_user (id),
    token_name   VARCHAR(100) NOT NULL,
    secret_hash  VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    expires_on   DATE         NOT NULL,
    last_used_at TIMESTAMP,
    revoked_at   TIMESTAMP,
    version      BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT uq_api_token_secret_hash UNIQUE (secret_hash)
);
CREATE INDEX ix_api_token_user ON api_token (user_id);
--rollback DROP TABLE api_token;

--changeset plantracker:admin-010-4
CREATE TABLE sign_in_throttle (
    username       VARCHAR(64)  NOT NULL,
    client_address VARCHAR(64)  NOT NULL,
    failures       INTEGER      NOT NULL,
    last_failure_at TIMESTAMP   NOT NULL,
    locked_until   TIMESTAMP,
    PRIMARY KEY (username, client_address)
);
CREATE TABLE sign_in_event (
    id             BIGINT       NOT NULL PRIMARY KEY,
    occurred_at    TIMESTAMP    NOT NULL,
    username       VARCHAR(64)  NOT NULL,
    client_address VARCHAR(64)  NOT NULL,
    method         VARCHAR(16)  NOT NULL,
    outcome        VARCHAR(32)  NOT NULL,
    detail         VARCHAR(200)
);
CREATE INDEX ix_sign_in_event_time ON sign_in_event (occurred_at);
CREATE INDEX ix_sign_in_event_user ON sign_in_event (username, occurred_at);
--rollback DROP TABLE sign_in_event;
--rollback DROP TABLE sign_in_throttle;
