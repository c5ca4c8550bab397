--liquibase formatted sql

-- One month-end snapshot per day, however many nodes run the month-end timer: the day is copied into
-- a column of its own for MONTH_END rows only and made unique there. On-demand snapshots leave it
-- empty (NULL is never a duplicate on Derby nor PostgreSQL), so CITY_GOV may still take several of
-- one day — a unique key on (as_of, snapshot_kind) would refuse those. Runs on Derby 10.16 and PostgreSQL 15.

--changeset plantracker:slippage-020-1
--comment: month_end_of = as_of for month-end snapshots, unique; an older duplicate (if any) keeps NULL
ALTER TABLE evaluation_snapshot ADD COLUMN month_end_of DATE;
UPDATE evaluation_snapshot SET month_end_of = as_of
    WHERE snapshot_kind = 'MONTH_END'
      AND id = (SELECT MIN(s.id) FROM evaluation_snapshot s
                WHERE s.snapshot_kind = 'MONTH_END' AND s.as_of = evaluation_snapshot.as_of);
ALTER TABLE evaluation_snapshot ADD CONSTRAINT uq_evaluation_snapshot_month_end UNIQUE (month_end_of);
--rollback ALTER TABLE evaluation_snapshot DROP CONSTRAINT uq_evaluation_snapshot_month_end;
--rollback ALTER TABLE evaluation_snapshot DROP COLUMN month_end_of;
