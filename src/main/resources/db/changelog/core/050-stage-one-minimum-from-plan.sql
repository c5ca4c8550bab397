--liquibase formatted sql

-- A unit's 五年三跨越 stage-1 minimum of childcare institutions (2 or 1) is no longer a column of the unit
-- (issue 19 item 6): it is the figure of the plan's first-stage group target that holds the unit
-- (Target.firstStageInstitutionMinimum, groups in plan_target_unit, loaded from the plan definition's
-- jurisdiction_groups). Nothing read the column any more. Runs on Derby 10.16 and PostgreSQL 15.

--changeset plantracker:core-050-1
--comment: drop the 14th-plan column leap_2022_min_institutions and its check
ALTER TABLE jurisdiction DROP CONSTRAINT ck_jurisdiction_leap;
ALTER TABLE jurisdiction DROP COLUMN leap_2022_min_institutions;
