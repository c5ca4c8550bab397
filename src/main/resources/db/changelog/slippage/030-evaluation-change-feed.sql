--liquibase formatted sql

-- The evaluation's change feed: every committed insert, update or delete of a project's facts
-- (project, milestone, project_output, funding_line, progress_report) leaves a row naming the project,
-- written by a trigger in the same transaction, so it commits or rolls back with the change and covers
-- every writer (the application on any node of a cluster, SQL scripts, imports). Each node keeps the
-- whole-portfolio evaluation in memory and, before answering, re-reads only the projects named by rows it
-- has not seen yet (docs/slippage.md, "Incremental evaluation"). Ids come from an identity column: a row
-- may commit after a row with a higher id, so readers keep the missing ids ("holes") and look for them
-- again until they expire (well beyond the transaction timeout). Rows older than a day are deleted by the
-- readers. Runs on Derby 10.16 and PostgreSQL 15.

--changeset plantracker:slippage-030-1
--comment: the change feed table
CREATE TABLE evaluation_change (
    id         BIGINT GENERATED ALWAYS AS IDENTITY NOT NULL,
    project_id BIGINT NOT NULL,
    changed_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_evaluation_change PRIMARY KEY (id)
);
CREATE INDEX ix_evaluation_change_at ON evaluation_change (changed_at);
--rollback DROP TABLE evaluation_change;

--changeset plantracker:slippage-030-2 dbms:derby
--comment: Derby row triggers on the project fact tables
CREATE TRIGGER tr_ec_project_ins AFTER INSERT ON project REFERENCING NEW AS n FOR EACH ROW INSERT INTO evaluation_change (project_id) VALUES (n.id);
CREATE TRIGGER tr_ec_project_upd AFTER UPDATE ON project REFERENCING OLD AS o NEW AS n FOR EACH ROW INSERT INTO evaluation_change (project_id) VALUES (o.id), (n.id);
CREATE TRIGGER tr_ec_project_del AFTER DELETE ON project REFERENCING OLD AS o FOR EACH ROW INSERT INTO evaluation_change (project_id) VALUES (o.id);
CREATE TRIGGER tr_ec_milestone_ins AFTER INSERT ON milestone REFERENCING NEW AS n FOR EACH ROW INSERT INTO evaluation_change (project_id) VALUES (n.project_id);
CREATE TRIGGER tr_ec_milestone_upd AFTER UPDATE ON milestone REFERENCING OLD AS o NEW AS n FOR EACH ROW INSERT INTO evaluation_change (project_id) VALUES (o.project_id), (n.project_id);
CREATE TRIGGER tr_ec_milestone_del AFTER DELETE ON milestone REFERENCING OLD AS o FOR EACH ROW INSERT INTO evaluation_change (project_id) VALUES (o.project_id);
CREATE TRIGGER tr_ec_output_ins AFTER INSERT ON project_output REFERENCING NEW AS n FOR EACH ROW INSERT INTO evaluation_change (project_id) VALUES (n.project_id);
CREATE TRIGGER tr_ec_output_upd AFTER UPDATE ON project_output REFERENCING OLD AS o NEW AS n FOR EACH ROW INSERT INTO evaluation_change (project_id) VALUES (o.project_id), (n.project_id);
CREATE TRIGGER tr_ec_output_del AFTER DELETE ON project_output REFERENCING OLD AS o FOR EACH ROW INSERT INTO evaluation_change (project_id) VALUES (o.project_id);
CREATE TRIGGER tr_ec_funding_ins AFTER INSERT ON funding_line REFERENCING NEW AS n FOR EACH ROW INSERT INTO evaluation_change (project_id) VALUES (n.project_id);
CREATE TRIGGER tr_ec_funding_upd AFTER UPDATE ON funding_line REFERENCING OLD AS o NEW AS n FOR EACH ROW INSERT INTO evaluation_change (project_id) VALUES (o.project_id), (n.project_id);
CREATE TRIGGER tr_ec_funding_del AFTER DELETE ON funding_line REFERENCING OLD AS o FOR EACH ROW INSERT INTO evaluation_change (project_id) VALUES (o.project_id);
CREATE TRIGGER tr_ec_report_ins AFTER INSERT ON progress_report REFERENCING NEW AS n FOR EACH ROW INSERT INTO evaluation_change (project_id) VALUES (n.project_id);
CREATE TRIGGER tr_ec_report_upd AFTER UPDATE ON progress_report REFERENCING OLD AS o NEW AS n FOR EACH ROW INSERT INTO evaluation_change (project_id) VALUES (o.project_id), (n.project_id);
CREATE TRIGGER tr_ec_report_del AFTER DELETE ON progress_report REFERENCING OLD AS o FOR EACH ROW INSERT INTO evaluation_change (project_id) VALUES (o.project_id);
--rollback DROP TRIGGER tr_ec_project_ins;
--rollback DROP TRIGGER tr_ec_project_upd;
--rollback DROP TRIGGER tr_ec_project_del;
--rollback DROP TRIGGER tr_ec_milestone_ins;
--rollback DROP TRIGGER tr_ec_milestone_upd;
--rollback DROP TRIGGER tr_ec_milestone_del;
--rollback DROP TRIGGER tr_ec_output_ins;
--rollback DROP TRIGGER tr_ec_output_upd;
--rollback DROP TRIGGER tr_ec_output_del;
--rollback DROP TRIGGER tr_ec_funding_ins;
--rollback DROP TRIGGER tr_ec_funding_upd;
--rollback DROP TRIGGER tr_ec_funding_del;
--rollback DROP TRIGGER tr_ec_report_ins;
--rollback DROP TRIGGER tr_ec_report_upd;
--rollback DROP TRIGGER tr_ec_report_del;

--changeset plantracker:slippage-030-3 dbms:postgresql splitStatements:false
--comment: PostgreSQL trigger function: the project's id, before and after the change
CREATE FUNCTION evaluation_change_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    before_id BIGINT;
    after_id BIGINT;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        IF TG_TABLE_NAME = 'project' THEN before_id := OLD.id; ELSE before_id := OLD.project_id; END IF;
        INSERT INTO evaluation_change (project_id) VALUES (before_id);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        IF TG_TABLE_NAME = 'project' THEN after_id := NEW.id; ELSE after_id := NEW.project_id; END IF;
        IF before_id IS DISTINCT FROM after_id THEN
            INSERT INTO evaluation_change (project_id) VALUES (after_id);
        END IF;
    END IF;
    RETURN NULL;
END;
$$;
--rollback DROP FUNCTION evaluation_change_row();

--changeset plantracker:slippage-030-4 dbms:postgresql
--comment: PostgreSQL row triggers on the project fact tables
CREATE TRIGGER tr_ec_project AFTER INSERT OR UPDATE OR DELETE ON project FOR EACH ROW EXECUTE FUNCTION evaluation_change_row();
CREATE TRIGGER tr_ec_milestone AFTER INSERT OR UPDATE OR DELETE ON milestone FOR EACH ROW EXECUTE FUNCTION evaluation_change_row();
CREATE TRIGGER tr_ec_output AFTER INSERT OR UPDATE OR DELETE ON project_output FOR EACH ROW EXECUTE FUNCTION evaluation_change_row();
CREATE TRIGGER tr_ec_funding AFTER INSERT OR UPDATE OR DELETE ON funding_line FOR EACH ROW EXECUTE FUNCTION evaluation_change_row();
CREATE TRIGGER tr_ec_report AFTER INSERT OR UPDATE OR DELETE ON progress_report FOR EACH ROW EXECUTE FUNCTION evaluation_change_row();
--rollback DROP TRIGGER tr_ec_project ON project;
--rollback DROP TRIGGER tr_ec_milestone ON milestone;
--rollback DROP TRIGGER tr_ec_output ON project_output;
--rollback DROP TRIGGER tr_ec_funding ON funding_line;
--rollback DROP TRIGGER tr_ec_report ON progress_report;
