--liquibase formatted sql

-- How a target is measured is declared in the plan definition (programs.yaml: measure,
-- inclusive_only, counts_institutions) instead of being inferred from the metric's spelling.
-- A fresh database gets the values from the plan loader; a database that loaded ZZ-PS-14 before
-- the declaration existed gets the same values here (what the inference gave for each target).

--changeset plantracker:monitoring-010-1
--comment: declared measurement of targets
ALTER TABLE plan_target ADD COLUMN measure_kind VARCHAR(24) NOT NULL DEFAULT 'NONE';
ALTER TABLE plan_target ADD COLUMN inclusive_only BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE plan_target ADD COLUMN counts_institutions BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE plan_target ADD CONSTRAINT ck_plan_target_measure_kind
    CHECK (measure_kind IN ('QUANTITY', 'PER_POPULATION', 'COUNT', 'COVERAGE', 'SHARE', 'COMPLETION', 'NONE'));

--changeset plantracker:monitoring-010-2
--comment: ZZ-PS-14 loaded before the declaration: the declared values of its targets
UPDATE plan_target SET measure_kind = 'QUANTITY'
WHERE plan_id IN (SELECT id FROM plan WHERE code = 'ZZ-PS-14') AND code IN (
    'C1.1-T1', 'C1.3-T1', 'C1.3-T3', 'C2.1-T1', 'C2.1-T3', 'C2.1-T4', 'C2.1-T5', 'C2.1-T7', 'C2.2-T1',
    'C2.2-T2', 'C2.2-T3', 'C2.2-T5', 'C2.2-T6', 'C2.2-T7', 'C2.3-T2', 'C2.3-T3', 'C2.3-T4', 'C2.3-T5',
    'C2.3-T8', 'C2.4-T2', 'C3.1-T1', 'C3.1-T2', 'C3.1-T3', 'C3.1-T4', 'C3.1-T5', 'C3.1-T6', 'C3.1-T7',
    'C3.1-T8', 'C3.1-T10', 'C3.2-T1', 'C3.2-T2', 'C3.2-T3', 'C3.4-T2', 'C4.1-T2', 'C4.1-T3', 'C4.4-T3',
    'C4.4-T4', 'C4.4-T6', 'C4.5-T2', 'C4.6-T1', 'C4.6-T2', 'C4.7-T1', 'C4.7-T2', 'C4.7-T3', 'C5.1-T2',
    'C5.1-T3', 'C5.2-T4', 'C5.2-T5', 'C5.2-T6', 'C5.3-T1', 'C6.1-T1', 'C6.2-T1', 'C6.3-T1', 'C6.3-T2',
    'C6.4-T2', 'C6.4-T3', 'C6.5-T1', 'C6.5-T2', 'C6.5-T4', 'C6.5-T6', 'C7.1-T1', 'C8.1-T2', 'C8.2-T1',
    'C8.2-T2', 'C9.2-T4', 'C9.3-T1', 'C9.3-T2', 'C9.3-T6', 'C9.3-T8', 'C9.4-T1', 'C9.5-T1', 'C9.6-T1',
    'CH2-T02', 'CH2-T08', 'CH2-T09', 'CH2-T10', 'CH2-T11', 'CH3-T04', 'CH3-T05', 'CH4-T02', 'CH4-T03',
    'CH4-T04', 'CH6-T02', 'CH6-T04', 'CH6-T13', 'CH6-T14', 'CH6-T18', 'CH6-T19', 'CH6-T20', 'CH7-T01',
    'CH7-T06', 'CH8-T05', 'CH8-T06', 'CH8-T07', 'CH8-T08', 'CH8-T09', 'CH8-T11', 'CH9-T01', 'CH9-T02',
    'CH9-T07', 'CH10-T01', 'CH11-T01', 'CH11-T02', 'CH11-T03', 'CH11-T06', 'CH11-T07', 'CH12-T01', 'CH13-T03');
UPDATE plan_target SET measure_kind = 'COUNT'
WHERE plan_id IN (SELECT id FROM plan WHERE code = 'ZZ-PS-14') AND code IN (
    'C1.4-T1', 'C1.4-T2');
UPDATE plan_target SET measure_kind = 'PER_POPULATION'
WHERE plan_id IN (SELECT id FROM plan WHERE code = 'ZZ-PS-14') AND code IN (
    'C1.4-T3', 'C1.4-T6', 'C1.4-T9');
UPDATE plan_target SET measure_kind = 'COVERAGE'
WHERE plan_id IN (SELECT id FROM plan WHERE code = 'ZZ-PS-14') AND code IN (
    'C1.4-T4', 'C1.4-T5', 'C1.4-T8');
UPDATE plan_target SET measure_kind = 'SHARE'
WHERE plan_id IN (SELECT id FROM plan WHERE code = 'ZZ-PS-14') AND code IN (
    'C1.4-T10');
UPDATE plan_target SET measure_kind = 'COMPLETION'
WHERE plan_id IN (SELECT id FROM plan WHERE code = 'ZZ-PS-14') AND code IN (
    'CH9-T03');
UPDATE plan_target SET inclusive_only = TRUE
WHERE plan_id IN (SELECT id FROM plan WHERE code = 'ZZ-PS-14') AND code IN (
    'C1.4-T1', 'C1.4-T2', 'C1.4-T4', 'C1.4-T5');
UPDATE plan_target SET counts_institutions = TRUE
WHERE plan_id IN (SELECT id FROM plan WHERE code = 'ZZ-PS-14') AND code IN (
    'C1.3-T1', 'C1.3-T3', 'C1.4-T1', 'C1.4-T2', 'C1.4-T4', 'C1.4-T5', 'C6.2-T1', 'CH3-T05', 'CH7-T06',
    'CH10-T01');
