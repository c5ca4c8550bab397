--liquibase formatted sql

--changeset plantracker:monitoring-040-1
--comment: 公开 — the city's decision to publish a project as open data; NULL = the default rule (from 新开工 on, never 储备)
ALTER TABLE project ADD COLUMN open_data BOOLEAN;
