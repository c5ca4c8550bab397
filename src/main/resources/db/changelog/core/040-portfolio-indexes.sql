--liquibase formatted sql

--changeset plantracker:040-portfolio-indexes-1
-- The portfolio (page and REST list) shows 20 rows sorted by a column of project. With an index on the
-- sort column the database reads the first 20 in order and joins only them (as it already does for the
-- code, unique); without one it joins all projects and sorts them: 60 ms instead of < 1 ms on 20,000
-- projects (benchmark, docs/production.md). Sorting by the joined codes (program, place, lead unit)
-- still sorts the join.
CREATE INDEX ix_project_name_zh ON project (name_zh);
CREATE INDEX ix_project_planned_start ON project (planned_start);
CREATE INDEX ix_project_planned_finish ON project (planned_finish);
CREATE INDEX ix_project_total_investment ON project (total_investment);
CREATE INDEX ix_project_category ON project (category);
