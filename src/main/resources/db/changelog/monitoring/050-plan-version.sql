--liquibase formatted sql

-- A plan's version as its definition states it (version: in plan.yaml, 1 when left out). A package of
-- a higher version revises the loaded plan in place (issue 14); plans loaded before this are version 1.

--changeset plantracker:monitoring-050-1
--comment: the version of a loaded plan's definition
ALTER TABLE plan ADD COLUMN definition_version INTEGER NOT NULL DEFAULT 1;
