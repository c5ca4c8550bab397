--liquibase formatted sql

-- Portfolio (issue 13, item 7): the day an output was confirmed (确认日期), so a portfolio workbook carries
-- it both ways. Empty for outputs confirmed before this column existed. Derby 10.16 and PostgreSQL 15.

--changeset plantracker:portfolio-020-1
ALTER TABLE project_output ADD COLUMN confirmed_on DATE;
