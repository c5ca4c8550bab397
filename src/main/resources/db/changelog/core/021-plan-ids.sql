--liquibase formatted sql

-- Every entity now takes its id from the one table generator 'ids' (META-INF/orm.xml, row seeded by
-- core/010), so the per-table ID_GEN rows that 020-plan-6 wrote are never read.

--changeset plantracker:021-plan-ids-1
--comment: drop the unused per-table ID_GEN rows of 020-plan-6
DELETE FROM id_gen WHERE gen_name IN ('jurisdiction', 'population', 'plan', 'chapter', 'column_box', 'program', 'staged_schedule', 'schedule_stage', 'plan_indicator', 'indicator_observation', 'plan_target');
--rollback INSERT INTO id_gen (gen_name, gen_value) VALUES ('jurisdiction', 0);
--rollback INSERT INTO id_gen (gen_name, gen_value) VALUES ('population', 0);
--rollback INSERT INTO id_gen (gen_name, gen_value) VALUES ('plan', 0);
--rollback INSERT INTO id_gen (gen_name, gen_value) VALUES ('chapter', 0);
--rollback INSERT INTO id_gen (gen_name, gen_value) VALUES ('column_box', 0);
--rollback INSERT INTO id_gen (gen_name, gen_value) VALUES ('program', 0);
--rollback INSERT INTO id_gen (gen_name, gen_value) VALUES ('staged_schedule', 0);
--rollback INSERT INTO id_gen (gen_name, gen_value) VALUES ('schedule_stage', 0);
--rollback INSERT INTO id_gen (gen_name, gen_value) VALUES ('plan_indicator', 0);
--rollback INSERT INTO id_gen (gen_name, gen_value) VALUES ('indicator_observation', 0);
--rollback INSERT INTO id_gen (gen_name, gen_value) VALUES ('plan_target', 0);
