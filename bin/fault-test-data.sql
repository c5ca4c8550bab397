-- Dataset for bin/fault-test (PostgreSQL), loaded into its own database (plantracker_fault) after the
-- server has created the schema and loaded the plan and the demo sample portfolio:
--   psql -v projects=500 -v proposals=1000 -v adjustments=200 -f bin/fault-test-data.sql
-- * :projects projects FAULT-00001… of office-housing's lead unit (续建, under the program of its sample
--   projects), 10 open milestones each (:projects × 10 rows in that office's milestone workbook);
-- * an open library round FAULT-R with :proposals approved ADD proposals (a new project FAULT-NEW-… each,
--   one output toward the target of office-housing's first sample output, two foreseen funding lines) and
--   :adjustments approved ADJUST proposals (new name, span +1 year, investment +10 %, one output) of
--   FAULT-00001…, ready to close.
-- Ids from 90,000,000 up; id_gen is moved past them. One transaction; run once on a fresh database.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE fault_ref AS
SELECT u.lead_unit_id AS unit, p.program_id, p.jurisdiction_id, p.category, o.target_id, o.jurisdiction_id AS out_jur,
       o.unit AS out_unit, pr.plan_id
FROM app_user u
JOIN project p ON p.lead_unit_id = u.lead_unit_id
JOIN project_output o ON o.project_id = p.id
JOIN program pr ON pr.id = p.program_id
WHERE u.username = 'office-housing'
ORDER BY p.id, o.id LIMIT 1;
DO $$ BEGIN
  IF (SELECT count(*) FROM fault_ref) <> 1 THEN RAISE EXCEPTION 'no demo data (office-housing and its sample projects)'; END IF;
END $$;

INSERT INTO project (id, code, name_zh, name_en, program_id, jurisdiction_id, lead_unit_id, category, stage,
                     planned_start, planned_finish, total_investment, description, sample, created_at, version)
SELECT 90000000 + g, 'FAULT-' || lpad(g::text, 5, '0'), '故障测试项目' || g, 'Fault test project ' || g,
       r.program_id, r.jurisdiction_id, r.unit, r.category, 'CONTINUING',
       DATE '2024-01-01' + (g % 300), DATE '2028-06-30' + (g % 300), 10000000 + (g % 97) * 100000, NULL, FALSE, now(), 0
FROM generate_series(1, :projects) g, fault_ref r;

INSERT INTO milestone (id, project_id, seq_no, name_zh, name_en, kind, original_baseline, baseline, forecast, actual,
                       weight, percent_complete, note, version)
SELECT 91000000 + (p - 1) * 10 + s, 90000000 + p, s, '节点' || s, 'Milestone ' || s,
       (ARRAY['PREPARATION','CONSTRUCTION','CONSTRUCTION','COMPLETION','OPERATION'])[1 + (s - 1) % 5],
       DATE '2027-01-01' + s * 45, DATE '2027-01-01' + s * 45, DATE '2027-01-01' + s * 45 + (p % 4) * 10, NULL,
       0.1, (p * s) % 90, NULL, 0
FROM generate_series(1, :projects) p, generate_series(1, 10) s;

INSERT INTO library_round (id, code, name_zh, name_en, fiscal_year, plan_id, submission_deadline, status, opened_by,
                           opened_at, version)
SELECT 92000000, 'FAULT-R', '故障测试轮次', 'Fault test round', 2026, r.plan_id, DATE '2026-12-31', 'OPEN', 'city', now(), 0
FROM fault_ref r;

INSERT INTO library_proposal (id, round_id, kind, status, lead_unit_id, project_id, project_code, reason, name_zh, name_en,
                              description, planned_start, planned_finish, total_investment, program_id, jurisdiction_id,
                              category, submitted_by, submitted_at, reviewed_by, reviewed_at, decision, review_comment, version)
SELECT 92000000 + g, 92000000, 'ADD', 'APPROVED', r.unit, NULL, 'FAULT-NEW-' || lpad(g::text, 5, '0'), '故障测试新增',
       '故障测试新增项目' || g, 'Fault test new project ' || g, NULL, DATE '2027-03-01', DATE '2029-12-31',
       5000000 + g * 1000, r.program_id, r.jurisdiction_id, r.category, 'office-housing', now(), 'city', now(), 'APPROVE',
       NULL, 1
FROM generate_series(1, :proposals) g, fault_ref r;
INSERT INTO library_proposal_output (id, proposal_id, side, target_id, jurisdiction_id, quantity, unit)
SELECT 93000000 + g, 92000000 + g, 'AFTER', r.target_id, r.out_jur, 1000 + g, r.out_unit
FROM generate_series(1, :proposals) g, fault_ref r;
INSERT INTO library_proposal_funding (id, proposal_id, source_id, fiscal_year, amount)
SELECT 94000000 + 2 * g + y, 92000000 + g, CASE y WHEN 0 THEN 3 ELSE 5 END, 2027 + y, 1000000 + g
FROM generate_series(1, :proposals) g, generate_series(0, 1) y;

INSERT INTO library_proposal (id, round_id, kind, status, lead_unit_id, project_id, project_code, reason, name_zh, name_en,
                              description, planned_start, planned_finish, total_investment,
                              before_name_zh, before_name_en, before_description, before_planned_start,
                              before_planned_finish, before_total_investment, before_stage,
                              submitted_by, submitted_at, reviewed_by, reviewed_at, decision, version)
SELECT 95000000 + g, 92000000, 'ADJUST', 'APPROVED', p.lead_unit_id, p.id, p.code, '故障测试调整',
       p.name_zh || '（调整）', p.name_en || ' (adjusted)', '调整后', p.planned_start, p.planned_finish + 365,
       round(p.total_investment * 1.1, 2), p.name_zh, p.name_en, p.description, p.planned_start, p.planned_finish,
       p.total_investment, p.stage, 'office-housing', now(), 'city', now(), 'APPROVE', 1
FROM generate_series(1, :adjustments) g JOIN project p ON p.id = 90000000 + g;
INSERT INTO library_proposal_output (id, proposal_id, side, target_id, jurisdiction_id, quantity, unit)
SELECT 96000000 + g, 95000000 + g, 'AFTER', r.target_id, r.out_jur, 500 + g, r.out_unit
FROM generate_series(1, :adjustments) g, fault_ref r;

UPDATE id_gen SET gen_value = GREATEST(gen_value, 97000000) WHERE gen_name = 'ids';
COMMIT;
ANALYZE project; ANALYZE milestone; ANALYZE library_proposal;
SELECT (SELECT count(*) FROM project WHERE code LIKE 'FAULT-%') AS fault_projects,
       (SELECT count(*) FROM milestone WHERE id >= 91000000 AND id < 92000000) AS fault_milestones,
       (SELECT count(*) FROM library_proposal WHERE round_id = 92000000) AS round_proposals;
