package org.citygov.plantracker.benchmark;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic portfolio into a database with the application's schema, straight through
 * JDBC batches: one plan with a 五年三跨越-like schedule (count, coverage, per-1,000, share targets)
 * and citywide quantity, completion and per-district targets; a city with 16 区县(市), streets,
 * townships and communities; projects with milestones (on time, late, finished, withdrawn),
 * outputs, funding lines and monthly reports; populations and existing stock. Deterministic
 * for a seed. Ids start at {@code idBase} so several portfolios can share a database.
 */
public final class PortfolioGenerator {

    /** How much to generate. */
    public record Size(int projects, int milestonesPerProject, int units) {
        public static final Size BENCHMARK = new Size(20_000, 10, 3_000);
    }

    /** What was written. */
    public record Written(String planCode, int units, int projects, int milestones, int outputs, int fundingLines,
                          int reports, int targets) {
    }

    private final Connection c;
    private final Random random;
    private long nextId;

    public PortfolioGenerator(Connection c, long seed, long idBase) {
        this.c = c;
        this.random = new Random(seed);
        this.nextId = idBase;
    }

    private long id() {
        return nextId++;
    }

    public Written generate(String tag, Size size) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            Written w = write(tag, size);
            c.commit();
            return w;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private Written write(String tag, Size size) throws SQLException {
        // ---- places: city, 16 districts, then streets/townships with communities up to size.units()
        List<long[]> districts = new ArrayList<>();       // {id}
        List<long[]> subUnits = new ArrayList<>();        // {id, districtId, depth}
        long city = id();
        int units = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO jurisdiction (id, version, code, name_zh, name_en, "
                + "unit_level, unit_kind, parent_id, sample) VALUES (?,0,?,?,?,?,?,?,FALSE)")) {
            unit(ps, city, tag + "C", "基准市", "Bench city", "CITY", "CITY", null);
            units++;
            for (int d = 1; d <= 16; d++) {
                long id = id();
                districts.add(new long[]{id});
                unit(ps, id, tag + "C-D" + d, "区" + d, "District " + d, "DISTRICT",
                        d <= 10 ? "URBAN_DISTRICT" : "COUNTY", city);
                units++;
            }
            int perDistrict = Math.max(1, (size.units() - units) / 16);
            for (int d = 0; d < 16 && units < size.units(); d++) {
                long district = districts.get(d)[0];
                int streets = Math.max(1, (perDistrict + 7) / 8); // rounded up: the guards stop at exactly size.units()
                for (int s = 1; s <= streets && units < size.units(); s++) {
                    long street = id();
                    boolean township = s % 3 == 0;
                    unit(ps, street, tag + "C-D" + (d + 1) + "-S" + s, (township ? "镇" : "街道") + s, "Street " + s,
                            township ? "TOWNSHIP" : "STREET", null, district);
                    subUnits.add(new long[]{street, district, 2});
                    units++;
                    for (int m = 1; m <= 7 && units < size.units(); m++) {
                        long community = id();
                        unit(ps, community, tag + "C-D" + (d + 1) + "-S" + s + "-C" + m, "社区" + m, "Community " + m,
                                township ? "VILLAGE" : "COMMUNITY", null, street);
                        subUnits.add(new long[]{community, district, 3});
                        units++;
                    }
                }
            }
            ps.executeBatch();
        }
        // ---- plan, chapter, box, program, schedule, targets
        long plan = id();
        String planCode = "BENCH-" + tag;
        exec("INSERT INTO plan (id, version, code, title_zh, title_en, period_start_year, period_end_year, content_digest, loaded_at) "
                + "VALUES (" + plan + ",0,'" + planCode + "','基准规划','Benchmark plan',2022,2025,'"
                + "0".repeat(64) + "', CURRENT_TIMESTAMP)");
        long chapter = id();
        exec("INSERT INTO chapter (id, version, plan_id, chapter_no, title_zh) VALUES (" + chapter + ",0," + plan + ",3,'托育')");
        long box = id();
        exec("INSERT INTO column_box (id, version, plan_id, box_no, title_zh, chapter_id) VALUES (" + box + ",0," + plan + ",1,'专栏1'," + chapter + ")");
        long program = id();
        exec("INSERT INTO program (id, version, plan_id, column_box_id, chapter_id, code, title_zh) VALUES ("
                + program + ",0," + plan + "," + box + "," + chapter + ",'" + tag + "-P1','工程')");
        long schedule = id();
        exec("INSERT INTO staged_schedule (id, version, program_id, name_zh) VALUES (" + schedule + ",0," + program + ",'五年三跨越')");
        long[] stages = new long[4];
        String[] stageDeadlines = {null, "2022-12-31", "2023-12-31", "2025-12-31"};
        for (int s = 1; s <= 3; s++) {
            stages[s] = id();
            exec("INSERT INTO schedule_stage (id, version, schedule_id, stage_no, deadline, text_zh) VALUES ("
                    + stages[s] + ",0," + schedule + "," + s + ",DATE('" + stageDeadlines[s] + "'),'第" + s + "阶段')");
        }
        List<long[]> targets = new ArrayList<>(); // {id, kindIndex}
        String[][] defs = {
                // code, metric, unit, comparison, value, deadline, scope, stage, minPlaces, section,
                // measure_kind, inclusive_only, counts_institutions (as a plan definition declares them)
                {"T1", "inclusive_childcare_institutions_per_jurisdiction", "institutions", "AT_LEAST", "2", "2022-12-31", "PER_DISTRICT_COUNTY", "1", "50", null, "COUNT", "TRUE", "TRUE"},
                {"T3", "childcare_places_per_1000_population", "places per 1,000 population", "EQUAL", "2", "2022-12-31", "PER_DISTRICT_COUNTY", "1", null, null, "PER_POPULATION", "FALSE", "FALSE"},
                {"T4", "inclusive_childcare_institutions_per_street", "institutions", "AT_LEAST", "1", "2023-12-31", "PER_STREET", "2", "50", null, "COVERAGE", "TRUE", "TRUE"},
                {"T5", "inclusive_childcare_institutions_per_township", "institutions", "AT_LEAST", "1", "2023-12-31", "PER_TOWNSHIP", "2", "30", null, "COVERAGE", "TRUE", "TRUE"},
                {"T6", "childcare_places_per_1000_population", "places per 1,000 population", "EQUAL", "4", "2023-12-31", "PER_DISTRICT_COUNTY", "2", null, null, "PER_POPULATION", "FALSE", "FALSE"},
                {"T8", "childcare_institution_min_places_per_community", "places", "AT_LEAST", "20", "2025-12-31", "PER_COMMUNITY", "3", null, null, "COVERAGE", "FALSE", "FALSE"},
                {"T9", "childcare_places_per_1000_population", "places per 1,000 population", "EQUAL", "6", "2025-12-31", "PER_DISTRICT_COUNTY", "3", null, null, "PER_POPULATION", "FALSE", "FALSE"},
                {"T10", "inclusive_share_of_childcare_places", "%", "AT_LEAST", "90", "2025-12-31", "CITYWIDE", "3", null, null, "SHARE", "FALSE", "FALSE"},
                {"Q1", "resettlement_housing_completed_area", "m²", "AT_LEAST", "55000000", "2023-12-31", "CITYWIDE", null, null, "S1", "QUANTITY", "FALSE", "FALSE"},
                {"Q2", "resettlement_completion", "%", "EQUAL", "100", "2024-12-31", "CITYWIDE", null, null, "S1", "COMPLETION", "FALSE", "FALSE"},
                {"Q3", "emergency_supply_depots", "depots", "AT_LEAST", "1", "2025-12-31", "PER_DISTRICT_COUNTY", null, null, null, "QUANTITY", "FALSE", "FALSE"},
                {"Q4", "primary_secondary_schools_new_or_expanded", "schools", "AT_LEAST", "150", "2025-12-31", "CITYWIDE", null, null, null, "QUANTITY", "FALSE", "FALSE"},
        };
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan_target (id, version, plan_id, program_id, chapter_id, code, seq, kind, "
                + "section, description_zh, metric, unit, comparison, target_value, cumulative, deadline, deadline_basis, scope, "
                + "stage_id, min_places_per_institution, measure_kind, inclusive_only, counts_institutions) "
                + "VALUES (?,0,?,?,?,?,?,'TARGET',?,?,?,?,?,?,FALSE,?,'EXPLICIT',?,?,?,?,?,?)")) {
            int seq = 1;
            for (String[] d : defs) {
                long id = id();
                targets.add(new long[]{id});
                ps.setLong(1, id);
                ps.setLong(2, plan);
                ps.setLong(3, program);
                ps.setLong(4, chapter);
                ps.setString(5, tag + "-" + d[0]);
                ps.setInt(6, seq++);
                ps.setString(7, d[9]);
                ps.setString(8, "基准目标 " + d[0]);
                ps.setString(9, d[1]);
                ps.setString(10, d[2]);
                ps.setString(11, d[3]);
                ps.setBigDecimal(12, new BigDecimal(d[4]));
                ps.setDate(13, Date.valueOf(d[5]));
                ps.setString(14, d[6]);
                if (d[7] == null) {
                    ps.setNull(15, java.sql.Types.BIGINT);
                } else {
                    ps.setLong(15, stages[Integer.parseInt(d[7])]);
                }
                if (d[8] == null) {
                    ps.setNull(16, java.sql.Types.INTEGER);
                } else {
                    ps.setInt(16, Integer.parseInt(d[8]));
                }
                ps.setString(17, d[10]);
                ps.setBoolean(18, Boolean.parseBoolean(d[11]));
                ps.setBoolean(19, Boolean.parseBoolean(d[12]));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        // ---- populations (districts, every year 2021–2025) and stock (end-2021)
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO population (id, version, jurisdiction_id, fiscal_year, persons, source, sample) VALUES (?,0,?,?,?,'bench',FALSE)")) {
            for (long[] d : districts) {
                long persons = 300_000 + random.nextInt(1_300_000);
                for (int y = 2021; y <= 2025; y++) {
                    ps.setLong(1, id());
                    ps.setLong(2, d[0]);
                    ps.setInt(3, y);
                    ps.setLong(4, persons + (y - 2021) * 5_000L);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO existing_stock (id, jurisdiction_id, metric, fiscal_year, quantity, total_quantity, source, sample, version) VALUES (?,?,?,2021,?,?,'bench',FALSE,0)")) {
            for (long[] d : districts) {
                stock(ps, d[0], "childcare_places_per_1000_population", 500 + random.nextInt(2000), null);
                stock(ps, d[0], "inclusive_childcare_institutions_per_jurisdiction", random.nextInt(2), null);
            }
            stock(ps, city, "inclusive_share_of_childcare_places", 9000, 16000L);
            ps.executeBatch();
        }
        // ---- lead units and projects with milestones, outputs, funding and reports
        List<Long> leadUnits = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO lead_unit (id, code, name_zh, sample, version) VALUES (?,?,?,FALSE,0)")) {
            for (int u = 1; u <= 40; u++) {
                long id = id();
                leadUnits.add(id);
                ps.setLong(1, id);
                ps.setString(2, tag + "-LU" + u);
                ps.setString(3, "单位" + u);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        int milestones = 0;
        int outputs = 0;
        int lines = 0;
        int reports = 0;
        LocalDate asOf = LocalDate.of(2024, 6, 30);
        String[] stagesCycle = {"CONTINUING", "CONTINUING", "NEW_START", "COMPLETED", "COMPLETED", "IN_USE",
                "PREPARATION", "RESERVE", "CONTINUING", "WITHDRAWN"};
        try (PreparedStatement pp = c.prepareStatement("INSERT INTO project (id, code, name_zh, name_en, program_id, jurisdiction_id, "
                + "lead_unit_id, category, stage, withdrawal_reason, planned_start, planned_finish, total_investment, sample, created_at, version) "
                + "VALUES (?,?,?,?,?,?,?,'CHILDCARE',?,?,?,?,?,FALSE,?,0)");
             PreparedStatement pm = c.prepareStatement("INSERT INTO milestone (id, project_id, seq_no, name_zh, kind, original_baseline, "
                     + "baseline, forecast, actual, weight, percent_complete, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,0)");
             PreparedStatement po = c.prepareStatement("INSERT INTO project_output (id, project_id, target_id, jurisdiction_id, unit, "
                     + "planned_quantity, actual_quantity, confirmed, facility_capacity, inclusive, version) VALUES (?,?,?,?,?,?,?,?,?,?,0)");
             PreparedStatement pf = c.prepareStatement("INSERT INTO funding_line (id, project_id, source_id, fiscal_year, requested, "
                     + "approved, disbursed, status, version) VALUES (?,?,?,?,?,?,?,?,0)");
             PreparedStatement pr = c.prepareStatement("INSERT INTO progress_report (id, project_id, report_month, investment_month, "
                     + "investment_cumulative, physical_progress, submitted_by, submitted_at, due_date, filed_late, version) "
                     + "VALUES (?,?,?,?,?,?,'bench',?,?,FALSE,0)")) {
            for (int i = 0; i < size.projects(); i++) {
                long project = id();
                String stage = stagesCycle[i % stagesCycle.length];
                boolean finished = stage.equals("COMPLETED") || stage.equals("IN_USE");
                LocalDate start = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(1100));
                LocalDate finish = start.plusDays(240 + random.nextInt(700));
                long[] where = subUnits.isEmpty() ? districts.get(i % 16) : subUnits.get(random.nextInt(subUnits.size()));
                long unitId = where[0];
                long district = subUnits.isEmpty() ? where[0] : where[1];
                pp.setLong(1, project);
                pp.setString(2, tag + "-" + i);
                pp.setString(3, "基准项目" + i);
                pp.setString(4, "Bench project " + i);
                pp.setLong(5, program);
                pp.setLong(6, unitId);
                pp.setLong(7, leadUnits.get(i % leadUnits.size()));
                pp.setString(8, stage);
                pp.setString(9, stage.equals("WITHDRAWN") ? "基准调出" : null);
                pp.setDate(10, Date.valueOf(start));
                pp.setDate(11, Date.valueOf(finish));
                pp.setBigDecimal(12, BigDecimal.valueOf(1_000_000L + random.nextInt(50_000_000)));
                pp.setTimestamp(13, Timestamp.valueOf(LocalDateTime.of(2021, 1, 1, 0, 0)));
                pp.addBatch();
                // milestones: evenly spread baselines; late ones slip 0–200 days
                int slip = random.nextInt(10) < 3 ? random.nextInt(200) : random.nextInt(10);
                long span = java.time.temporal.ChronoUnit.DAYS.between(start, finish);
                int n = size.milestonesPerProject();
                for (int m = 1; m <= n; m++) {
                    LocalDate baseline = start.plusDays(span * m / n);
                    LocalDate expected = baseline.plusDays(slip);
                    boolean done = finished || !expected.isAfter(asOf.minusDays(1));
                    pm.setLong(1, id());
                    pm.setLong(2, project);
                    pm.setInt(3, m);
                    pm.setString(4, "节点" + m);
                    pm.setString(5, m == n ? "COMPLETION" : m <= 2 ? "PREPARATION" : "CONSTRUCTION");
                    pm.setDate(6, Date.valueOf(baseline));
                    pm.setDate(7, Date.valueOf(baseline));
                    pm.setDate(8, Date.valueOf(expected));
                    pm.setDate(9, done ? Date.valueOf(expected) : null);
                    pm.setBigDecimal(10, BigDecimal.valueOf(m == n ? 20 : 10));
                    pm.setBigDecimal(11, BigDecimal.valueOf(done ? 100 : random.nextInt(60)));
                    pm.addBatch();
                    milestones++;
                }
                // outputs: childcare institutions (places toward a per-1,000 target) or housing lots or depots
                int kind = i % 5;
                if (kind <= 2) {
                    int places = 20 + random.nextInt(140);
                    long target = targets.get(kind == 0 ? 1 : kind == 1 ? 4 : 6)[0];
                    output(po, project, target, district, "托位", places, finished, places, random.nextInt(10) < 8);
                    outputs++;
                    if (places >= 50) {
                        output(po, project, targets.get(0)[0], district, "家", 1, finished, places, true);
                        outputs++;
                    }
                } else if (kind == 3) {
                    output(po, project, targets.get(8)[0], district, "m²", 20_000 + random.nextInt(200_000), finished, null, null);
                    outputs++;
                } else if (i % 25 == 4) {
                    output(po, project, targets.get(10)[0], district, "处", 1, finished, null, null);
                    outputs++;
                }
                // funding: two lines in the project's years
                for (int y = 0; y < 2; y++) {
                    pf.setLong(1, id());
                    pf.setLong(2, project);
                    pf.setLong(3, 1 + random.nextInt(8));
                    pf.setInt(4, start.getYear() + y);
                    BigDecimal amount = BigDecimal.valueOf(500_000L + random.nextInt(5_000_000));
                    pf.setBigDecimal(5, amount);
                    pf.setBigDecimal(6, amount);
                    pf.setBigDecimal(7, BigDecimal.ZERO);
                    pf.setString(8, "APPROVED");
                    pf.addBatch();
                    lines++;
                }
                // 月度调度: a report for every month the project was under way, from its start to its finish
                // (or to 2025-12, the plan's end) — 60 months of reports over the portfolio (2021-01 … 2025-12)
                if (!stage.equals("RESERVE") && !stage.equals("PREPARATION") && !stage.equals("WITHDRAWN")) {
                    java.time.YearMonth last = java.time.YearMonth.from(finish).isAfter(java.time.YearMonth.of(2025, 12))
                            ? java.time.YearMonth.of(2025, 12) : java.time.YearMonth.from(finish);
                    long cumulative = 0;
                    for (java.time.YearMonth m = java.time.YearMonth.from(start); !m.isAfter(last); m = m.plusMonths(1)) {
                        long investment = random.nextInt(2_000_000);
                        cumulative += investment;
                        LocalDate month = m.atDay(1);
                        pr.setLong(1, id());
                        pr.setLong(2, project);
                        pr.setDate(3, Date.valueOf(month));
                        pr.setBigDecimal(4, BigDecimal.valueOf(investment));
                        pr.setBigDecimal(5, BigDecimal.valueOf(cumulative));
                        pr.setBigDecimal(6, BigDecimal.valueOf(Math.min(100, 5L * (reports % 20 + 1))));
                        pr.setTimestamp(7, Timestamp.valueOf(month.plusMonths(1).atTime(9, 0)));
                        pr.setDate(8, Date.valueOf(month.plusMonths(1).withDayOfMonth(10)));
                        pr.addBatch();
                        reports++;
                    }
                }
                if (i % 500 == 499) {
                    pp.executeBatch();
                    pm.executeBatch();
                    po.executeBatch();
                    pf.executeBatch();
                    pr.executeBatch();
                }
            }
            pp.executeBatch();
            pm.executeBatch();
            po.executeBatch();
            pf.executeBatch();
            pr.executeBatch();
        }
        return new Written(planCode, units, size.projects(), milestones, outputs, lines, reports, defs.length);
    }

    private static void unit(PreparedStatement ps, long id, String code, String zh, String en, String level, String kind,
                             Long parent) throws SQLException {
        ps.setLong(1, id);
        ps.setString(2, code);
        ps.setString(3, zh);
        ps.setString(4, en);
        ps.setString(5, level);
        ps.setString(6, kind);
        if (parent == null) {
            ps.setNull(7, java.sql.Types.BIGINT);
        } else {
            ps.setLong(7, parent);
        }
        ps.addBatch();
    }

    private void stock(PreparedStatement ps, long unit, String metric, long quantity, Long total) throws SQLException {
        ps.setLong(1, id());
        ps.setLong(2, unit);
        ps.setString(3, metric);
        ps.setBigDecimal(4, BigDecimal.valueOf(quantity));
        ps.setBigDecimal(5, total == null ? null : BigDecimal.valueOf(total));
        ps.addBatch();
    }

    private void output(PreparedStatement po, long project, long target, long where, String unit, long quantity,
                        boolean confirmed, Integer capacity, Boolean inclusive) throws SQLException {
        po.setLong(1, id());
        po.setLong(2, project);
        po.setLong(3, target);
        po.setLong(4, where);
        po.setString(5, unit);
        po.setBigDecimal(6, BigDecimal.valueOf(quantity));
        po.setBigDecimal(7, confirmed ? BigDecimal.valueOf(quantity) : null);
        po.setBoolean(8, confirmed);
        if (capacity == null) {
            po.setNull(9, java.sql.Types.INTEGER);
        } else {
            po.setInt(9, capacity);
        }
        if (inclusive == null) {
            po.setNull(10, java.sql.Types.BOOLEAN);
        } else {
            po.setBoolean(10, inclusive);
        }
        po.addBatch();
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
