-- Benchmark dataset generator (PostgreSQL), run by bin/benchmark after the application has created the
-- schema and loaded the plan: psql -v projects=20000 -v milestones_per_project=10 -v units=3000 -f bin/benchmark-data.sql
-- Adds :units communities (社区, under the existing 区县(市)), :projects projects named "BENCH …" spread over
-- the plan's 工程, those units and the existing lead units, and :milestones_per_project milestones each
-- (20,000 × 10 = 200,000 by default), two funding lines each (2024, 2025; approved, half disbursed) and, for
-- the projects under construction (CONTINUING), 60 monthly reports (月度调度, progress_report: 2021-11 to
-- 2026-10, cumulative investment and physical progress rising to the project's share) — 7,500 × 60 =
-- 450,000 by default.
-- Two benchmark lead units with an office user each (password demo123, as the demo users), so the import
-- and export benchmarks have fixed sizes: BENCH-LU-A owns projects 1–5,000 (all under way: its milestone
-- workbook covers 5,000 projects), BENCH-LU-B projects 5,001–15,000; the rest go to the existing units.
-- Ids from 50,000,000 up; id_gen is moved past them so the application's own ids never collide.
-- Idempotent: removes an earlier BENCH dataset first (and what the benchmark's import wrote on it).
\set ON_ERROR_STOP on
BEGIN;
DELETE FROM audit_entry WHERE project_code LIKE 'BENCH-%';
DELETE FROM progress_report WHERE project_id IN (SELECT id FROM project WHERE code LIKE 'BENCH-%');
DELETE FROM funding_line WHERE project_id IN (SELECT id FROM project WHERE code LIKE 'BENCH-%');
DELETE FROM milestone WHERE project_id IN (SELECT id FROM project WHERE code LIKE 'BENCH-%');
DELETE FROM project WHERE code LIKE 'BENCH-%';
DELETE FROM jurisdiction WHERE code LIKE 'BENCH-%';
DELETE FROM app_user_role WHERE user_id IN (SELECT id FROM app_user WHERE username LIKE 'bench-%');
DELETE FROM app_user WHERE username LIKE 'bench-%';
DELETE FROM lead_unit WHERE code LIKE 'BENCH-%';

INSERT INTO lead_unit (id, code, name_zh, name_en, sample, version) VALUES
    (50900001, 'BENCH-LU-A', '基准项目单位甲', 'Bench lead unit A', TRUE, 0),
    (50900002, 'BENCH-LU-B', '基准项目单位乙', 'Bench lead unit B', TRUE, 0);
-- the demo users' password (demo123): copy city's hash
INSERT INTO app_user (id, username, display_name, password_hash, password_salt, password_iterations, lead_unit_id,
                      enabled, sample, version)
SELECT 50900000 + n, 'bench-office-' || lower(x), '基准项目单位' || x, password_hash, password_salt,
       password_iterations, 50900000 + n, TRUE, TRUE, 0
FROM app_user, (VALUES (1, 'A'), (2, 'B')) AS o(n, x) WHERE username = 'city';
INSERT INTO app_user_role (user_id, role_name) SELECT id, 'PROJECT_OFFICE' FROM app_user WHERE username LIKE 'bench-office-%';

INSERT INTO jurisdiction (id, version, code, name_zh, name_en, unit_level, parent_id, sample)
SELECT 50000000 + g, 0, 'BENCH-U' || lpad(g::text, 5, '0'), '基准社区' || g, 'Bench community ' || g, 'COMMUNITY',
       (SELECT id FROM jurisdiction WHERE unit_level = 'DISTRICT' ORDER BY id OFFSET (g % (SELECT count(*) FROM jurisdiction WHERE unit_level = 'DISTRICT')) LIMIT 1),
       TRUE
FROM generate_series(1, :units) g;

CREATE TEMP TABLE bench_ref AS
SELECT (SELECT array_agg(id ORDER BY id) FROM program) AS programs,
       (SELECT array_agg(id ORDER BY id) FROM lead_unit WHERE code NOT LIKE 'BENCH-%') AS units,
       ARRAY['CHILDCARE','EDUCATION','EMPLOYMENT','HEALTH','ELDERLY_CARE','SOCIAL_SECURITY','EMERGENCY','HOUSING','VETERANS','CULTURE','SPORTS'] AS categories,
       ARRAY['RESERVE','PREPARATION','NEW_START','CONTINUING','CONTINUING','CONTINUING','COMPLETED','IN_USE'] AS stages,
       ARRAY['RESERVE','PREPARATION','NEW_START','CONTINUING','CONTINUING','CONTINUING'] AS live_stages;

INSERT INTO project (id, code, name_zh, name_en, program_id, jurisdiction_id, lead_unit_id, category, stage,
                     planned_start, planned_finish, total_investment, description, sample, created_at, version)
SELECT 60000000 + g, 'BENCH-' || lpad(g::text, 6, '0'), '基准项目' || g, 'Bench project ' || g,
       r.programs[1 + g % array_length(r.programs, 1)],
       50000000 + 1 + g % :units,
       CASE WHEN g <= 5000 THEN 50900001 WHEN g <= 15000 THEN 50900002 ELSE r.units[1 + g % array_length(r.units, 1)] END,
       r.categories[1 + g % 11], CASE WHEN g <= 5000 THEN r.live_stages[1 + g % 6] ELSE r.stages[1 + g % 8] END,
       DATE '2021-01-01' + (g % 700), DATE '2024-01-01' + (g % 700),
       1000000 + (g % 997) * 10000, NULL, TRUE, now(), 0
FROM generate_series(1, :projects) g, bench_ref r;

INSERT INTO milestone (id, project_id, seq_no, name_zh, name_en, kind, original_baseline, baseline, forecast, actual,
                       weight, percent_complete, note, version)
SELECT 70000000 + (p - 1) * :milestones_per_project + s, 60000000 + p, s, '节点' || s, 'Milestone ' || s,
       (ARRAY['PREPARATION','CONSTRUCTION','CONSTRUCTION','COMPLETION','OPERATION'])[1 + (s - 1) % 5],
       DATE '2021-03-01' + (p % 700) + s * 60, DATE '2021-03-01' + (p % 700) + s * 60 + (p % 3) * 30,
       DATE '2021-03-01' + (p % 700) + s * 60 + (p % 5) * 40,
       CASE WHEN s <= (p % :milestones_per_project) THEN DATE '2021-03-01' + (p % 700) + s * 60 ELSE NULL END,
       round(1.0 / :milestones_per_project, 4),
       CASE WHEN s <= (p % :milestones_per_project) THEN 100 ELSE (p * s) % 100 END, NULL, 0
FROM generate_series(1, :projects) p, generate_series(1, :milestones_per_project) s;

INSERT INTO funding_line (id, project_id, source_id, fiscal_year, requested, approved, disbursed, status, version)
SELECT 90000000 + (p - 1) * 2 + y, 60000000 + p,
       (SELECT array_agg(id ORDER BY id) FROM funding_source)[1 + (p + y) % (SELECT count(*) FROM funding_source)],
       2023 + y, 500000 + (p % 997) * 5000, 500000 + (p % 997) * 5000, 250000 + (p % 997) * 2500, 'APPROVED', 0
FROM generate_series(1, :projects) p, generate_series(1, 2) y;

-- 60 months of 月度调度 for the projects under construction, due on the 5th of the next month, one in
-- seven filed late
INSERT INTO progress_report (id, project_id, report_month, investment_month, investment_cumulative, physical_progress,
                             problems, submitted_by, submitted_at, due_date, filed_late, version)
SELECT 100000000 + (p.id - 60000000) * 60 + m, p.id, (DATE '2021-11-01' + make_interval(months => m - 1))::date,
       round(p.total_investment / 80, 2), round(p.total_investment / 80 * m, 2), round(m * 100.0 / 80, 2),
       CASE WHEN m % 12 = 0 THEN '基准：征地拆迁进度滞后' END, 'bench',
       (DATE '2021-12-05' + make_interval(months => m - 1) + CASE WHEN (p.id + m) % 7 = 0 THEN INTERVAL '3 days' ELSE INTERVAL '-1 day' END)::timestamp,
       (DATE '2021-12-05' + make_interval(months => m - 1))::date, (p.id + m) % 7 = 0, 0
FROM project p, generate_series(1, 60) m
WHERE p.code LIKE 'BENCH-%' AND p.stage = 'CONTINUING';

UPDATE id_gen SET gen_value = GREATEST(gen_value, 100000000 + (:projects + 1) * 60 + 1000) WHERE gen_name = 'ids';
COMMIT;
ANALYZE jurisdiction; ANALYZE project; ANALYZE milestone; ANALYZE funding_line; ANALYZE progress_report;
SELECT (SELECT count(*) FROM project) AS projects, (SELECT count(*) FROM milestone) AS milestones,
       (SELECT count(*) FROM jurisdiction) AS units, (SELECT count(*) FROM funding_line) AS funding_lines,
       (SELECT count(*) FROM progress_report) AS monthly_reports;
