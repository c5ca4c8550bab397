--liquibase formatted sql

-- Indicator observations as the city records them (统计公报, 部门年报 …): a number, or for a word
-- target (应保尽保, 动态清零) met / not met with the evidence; an optional note; who recorded it and when.

--changeset plantracker:monitoring-020-1-derby dbms:derby
--comment: a word target's observation has no number (Derby spelling)
ALTER TABLE indicator_observation ALTER COLUMN observed_value NULL;

--changeset plantracker:monitoring-020-1-postgresql dbms:postgresql
--comment: a word target's observation has no number (PostgreSQL spelling)
ALTER TABLE indicator_observation ALTER COLUMN observed_value DROP NOT NULL;

--changeset plantracker:monitoring-020-2
--comment: met / not met with evidence, note, who and when
ALTER TABLE indicator_observation ADD COLUMN target_met BOOLEAN;
ALTER TABLE indicator_observation ADD COLUMN evidence VARCHAR(2000);
ALTER TABLE indicator_observation ADD COLUMN note VARCHAR(1000);
ALTER TABLE indicator_observation ADD COLUMN recorded_by VARCHAR(100);
ALTER TABLE indicator_observation ADD COLUMN recorded_at TIMESTAMP;
ALTER TABLE indicator_observation ADD CONSTRAINT ck_indicator_observation_value
    CHECK (observed_value IS NOT NULL OR target_met IS NOT NULL);
