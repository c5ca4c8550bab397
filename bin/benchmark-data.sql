-- Benchmark dataset generator (PostgreSQL), run by bin/benchmark after the application has created the
-- schema and loaded the plan: psql -v projects=20000 -v milestones_per_project=10 -v units=3000 -f bin/benchmark-data.sql
-- Adds :units communities (社区, under the existing 区县(市)), :projects projects named "BENCH …" spread over
-- the plan's 工程, those units and the existing lead units, and :milestones_per_project milestones each
-- (20,000 × 10 = 200,000 by default). Ids from 50,000,000 up; id_gen is moved past them so the
-- application's own ids never collide. Idempotent: removes an earlier BENCH dataset first.
-- Not generated yet: 60 months of monthly reports (the monthly report table comes with the offices issue).
\set ON_ERROR_STOP on
BEGIN;
DELETE FROM milestone WHERE project_id IN (SELECT id FROM project WHERE code LIKE 'BENCH-%');
DELETE FROM project WHERE code LIKE 'BENCH-%';
DELETE FROM jurisdiction WHERE code LIKE 'BENCH-%';

INSERT INTO jurisdiction (id, version, code, name_zh, name_en, unit_level, parent_id, sample)
SELECT 50000000 + g, 0, 'BENCH-U' || lpad(g::text, 5, '0'), '基准社区' || g, 'Bench community ' || g, 'COMMUNITY',
       (SELECT id FROM jurisdiction WHERE unit_level = 'DISTRICT' ORDER BY id OFFSET (g % (SELECT count(*) FROM jurisdiction WHERE unit_level = 'DISTRICT')) LIMIT 1),
       TRUE
FROM generate_series(1, :units) g;

CREATE TEMP TABLE bench_ref AS
SELECT (SELECT array_agg(id ORDER BY id) FROM program) AS programs,
       (SELECT array_agg(id ORDER BY id) FROM lead_unit) AS units,
       ARRAY['CHILDCARE','EDUCATION','EMPLOYMENT','HEALTH','ELDERLY_CARE','SOCIAL_SECURITY','EMERGENCY','HOUSING','VETERANS','CULTURE','SPORTS'] AS categories,
       ARRAY['RESERVE','PREPARATION','NEW_START','CONTINUING','CONTINUING','CONTINUING','COMPLETED','IN_USE'] AS stages;

INSERT INTO project (id, code, name_zh, name_en, program_id, jurisdiction_id, lead_unit_id, category, stage,
                     planned_start, planned_finish, total_investment, description, sample, created_at, version)
SELECT 60000000 + g, 'BENCH-' || lpad(g::text, 6, '0'), '基准项目' || g, 'Bench project ' || g,
       r.programs[1 + g % array_length(r.programs, 1)],
       50000000 + 1 + g % :units,
       r.units[1 + g % array_length(r.units, 1)],
       r.categories[1 + g % 11], r.stages[1 + g % 8],
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

UPDATE id_gen SET gen_value = GREATEST(gen_value, 80000000 + :projects * :milestones_per_project) WHERE gen_name = 'ids';
COMMIT;
ANALYZE jurisdiction; ANALYZE project; ANALYZE milestone;
SELECT (SELECT count(*) FROM project) AS projects, (SELECT count(*) FROM milestone) AS milestones,
       (SELECT count(*) FROM jurisdiction) AS units;
