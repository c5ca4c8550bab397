package org.citygov.plantracker.application.evaluation;

import org.citygov.plantracker.benchmark.PortfolioGenerator;
import org.citygov.plantracker.benchmark.PortfolioGenerator.Size;
import org.citygov.plantracker.benchmark.SchemaDatabase;
import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluation;
import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluator;
import org.citygov.plantracker.domain.service.slippage.SlippageThresholds;
import org.citygov.plantracker.infrastructure.persistence.sql.JdbcPortfolioFactsSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Property: after any sequence of committed writes, the incremental evaluation ({@link LiveEvaluation}: the
 * change feed's triggers, {@code ChangeFeed}, the re-read of the changed projects, {@code LivePortfolio})
 * answers exactly what the full evaluation of the same database answers — every project's rating, every
 * target row with its contributions, every indicator, field by field (records' equals) and in the same order.
 * <p>
 * Random writes of every kind the fact tables get (milestone progress and dates, a project's stage, monthly
 * reports filed and deleted, outputs added, confirmed and removed, funding requested and approved, projects
 * created and deleted, a plan figure changed, a transaction rolled back) on a generated portfolio in embedded
 * Derby with the application's schema, several per step; after every step both evaluations for two asOf
 * days. Also checked: the writes did change the answers (else equality would prove nothing) and the
 * incremental path did not simply read everything again.
 */
class LiveEvaluationTest {

    private static final SlippageThresholds T = SlippageThresholds.DEFAULTS;
    private static final List<LocalDate> AS_OF = List.of(LocalDate.of(2023, 6, 30), LocalDate.of(2025, 3, 31));

    /** One schema for the class (migrating takes seconds); each seed adds its own portfolio (plan, places, projects). */
    private static final DataSource db = SchemaDatabase.derby("memory:live-" + UUID.randomUUID());

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void incrementalEqualsFullAfterRandomWrites(long seed) throws Exception {
        try (Connection c = db.getConnection()) {
            new PortfolioGenerator(c, seed, seed * 10_000_000).generate("L" + seed, new Size(120, 5, 150));
        }
        JdbcPortfolioFactsSource source = new JdbcPortfolioFactsSource(db);
        LiveEvaluation live = new LiveEvaluation(source, java.time.Clock.systemUTC());
        Writer writer = new Writer(db, new Random(seed), 900_000_000L + seed * 1_000_000);
        int projectChanges = 0;
        int targetChanges = 0;
        PortfolioEvaluation previous = null;
        java.util.Map<LocalDate, PortfolioEvaluation> previousIncremental = new java.util.HashMap<>();
        int versionKept = 0;
        for (int step = 0; step < 40; step++) {
            String did = writer.step();
            for (LocalDate asOf : AS_OF) {
                PortfolioEvaluation full = PortfolioEvaluator.evaluate(source.readAll(), asOf, T);
                PortfolioEvaluation incremental = live.get(asOf, T);
                same(full, incremental, "seed " + seed + ", step " + step + " (" + did + "), asOf " + asOf);
                // the rows version (the targets answer's ETag) may stay only while the rows stay
                PortfolioEvaluation before = previousIncremental.put(asOf, incremental);
                if (before != null && before.rowsVersion() == incremental.rowsVersion()) {
                    assertThat(incremental.targetRows()).as("seed " + seed + ", step " + step + " (" + did
                            + "): same rows version, so the same rows").isEqualTo(before.targetRows());
                    assertThat(List.copyOf(incremental.targets())).isEqualTo(List.copyOf(before.targets()));
                    versionKept++;
                } else if (before != null) {
                    assertThat(incremental.rowsVersion()).as("a new rows version is new").isGreaterThan(before.rowsVersion());
                }
                if (asOf.equals(AS_OF.get(1))) {
                    if (previous != null && !previous.projects().stream().toList().equals(full.projects().stream().toList())) {
                        projectChanges++;
                    }
                    if (previous != null && !previous.targetRows().equals(full.targetRows())) {
                        targetChanges++;
                    }
                    previous = full;
                }
            }
        }
        assertThat(projectChanges).as("steps that changed some project's rating").isGreaterThan(20);
        assertThat(targetChanges).as("steps that changed some target row").isGreaterThan(5);
        assertThat(versionKept).as("answers after a step that changed no target row kept their rows version (21–27 of 78)")
                .isGreaterThan(10);
        assertThat(live.reloads()).as("whole-portfolio reads: the first and one per plan change")
                .isEqualTo(1 + writer.planChanges);
    }

    private static void same(PortfolioEvaluation full, PortfolioEvaluation incremental, String when) {
        assertThat(incremental.asOf()).isEqualTo(full.asOf());
        firstDifference(List.copyOf(full.projects()), List.copyOf(incremental.projects()), "project", when);
        firstDifference(full.targetRows(), incremental.targetRows(), "target row", when);
        firstDifference(full.indicators(), incremental.indicators(), "indicator", when);
        firstDifference(List.copyOf(full.targets()), List.copyOf(incremental.targets()), "target", when);
    }

    private static <X> void firstDifference(List<X> full, List<X> incremental, String what, String when) {
        for (int i = 0; i < Math.min(full.size(), incremental.size()); i++) {
            if (!Objects.equals(full.get(i), incremental.get(i))) {
                fail("%s: %s #%d differs%n full:        %s%n incremental: %s", when, what, i, full.get(i),
                        incremental.get(i));
            }
        }
        assertThat(incremental).as(when + ": " + what + "s").hasSameSizeAs(full);
    }

    /** Random committed writes to the fact tables, as the application and scripts make them. */
    private static final class Writer {
        private final DataSource db;
        private final Random random;
        private long nextId;
        int planChanges;

        Writer(DataSource db, Random random, long firstId) {
            this.db = db;
            this.random = random;
            this.nextId = firstId;
        }

        String step() throws SQLException {
            List<String> did = new ArrayList<>();
            try (Connection c = db.getConnection()) {
                c.setAutoCommit(false);
                int writes = 1 + random.nextInt(4);
                try {
                    for (int i = 0; i < writes; i++) {
                        did.add(write(c));
                    }
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
                if (random.nextInt(12) == 0) {
                    c.rollback();
                    did.add("rolled back");
                } else {
                    c.commit();
                    if (did.contains("plan figure")) {
                        planChanges++;
                    }
                }
            }
            return String.join(", ", did);
        }

        private String write(Connection c) throws SQLException {
            int kind = random.nextInt(100);
            if (kind < 30) {
                long m = any(c, "SELECT id FROM milestone");
                if (random.nextBoolean()) {
                    update(c, "UPDATE milestone SET forecast = ?, percent_complete = ?, version = version + 1 WHERE id = ?",
                            Date.valueOf(LocalDate.of(2022, 1, 1).plusDays(random.nextInt(1400))),
                            BigDecimal.valueOf(random.nextInt(100)), m);
                    return "milestone forecast";
                }
                update(c, "UPDATE milestone SET actual = ?, forecast = ?, percent_complete = 100, version = version + 1 WHERE id = ?",
                        Date.valueOf(LocalDate.of(2022, 1, 1).plusDays(random.nextInt(1200))), null, m);
                return "milestone done";
            }
            if (kind < 40) {
                String[] stages = {"CONTINUING", "COMPLETED", "WITHDRAWN", "IN_USE", "NEW_START", "PREPARATION"};
                update(c, "UPDATE project SET stage = ?, version = version + 1 WHERE id = ?",
                        stages[random.nextInt(stages.length)], any(c, "SELECT id FROM project"));
                return "stage";
            }
            if (kind < 55) {
                long p = any(c, "SELECT id FROM project");
                LocalDate month = LocalDate.of(2021 + random.nextInt(5), 1 + random.nextInt(12), 1);
                if (count(c, "SELECT COUNT(*) FROM progress_report WHERE project_id = " + p + " AND report_month = DATE('"
                        + month + "')") > 0) {
                    update(c, "DELETE FROM progress_report WHERE project_id = ? AND report_month = ?", p, Date.valueOf(month));
                    return "report deleted";
                }
                update(c, "INSERT INTO progress_report (id, project_id, report_month, investment_month, investment_cumulative, "
                                + "physical_progress, submitted_by, submitted_at, due_date, filed_late, version) "
                                + "VALUES (?,?,?,?,?,?,'test',?,?,FALSE,0)", nextId++, p, Date.valueOf(month),
                        BigDecimal.valueOf(random.nextInt(500_000)), BigDecimal.valueOf(random.nextInt(5_000_000)),
                        BigDecimal.valueOf(random.nextInt(100)),
                        Timestamp.valueOf(month.plusMonths(1).plusDays(random.nextInt(20)).atTime(10, 0)),
                        Date.valueOf(month.plusMonths(1).withDayOfMonth(10)));
                return "report filed";
            }
            if (kind < 72) {
                int what = random.nextInt(3);
                if (what == 0 && count(c, "SELECT COUNT(*) FROM project_output") > 0) {
                    update(c, "DELETE FROM project_output WHERE id = ?", any(c, "SELECT id FROM project_output"));
                    return "output removed";
                }
                if (what == 1 && count(c, "SELECT COUNT(*) FROM project_output") > 0) {
                    long o = any(c, "SELECT id FROM project_output");
                    boolean confirm = random.nextBoolean();
                    update(c, "UPDATE project_output SET confirmed = ?, actual_quantity = ?, planned_quantity = ?, "
                                    + "version = version + 1 WHERE id = ?", confirm,
                            confirm ? BigDecimal.valueOf(1 + random.nextInt(80)) : null,
                            BigDecimal.valueOf(1 + random.nextInt(80)), o);
                    return "output changed";
                }
                long p = any(c, "SELECT id FROM project");
                long target = any(c, "SELECT id FROM plan_target WHERE plan_id IN (SELECT id FROM plan WHERE code LIKE 'BENCH-%')");
                long unit = any(c, "SELECT id FROM jurisdiction WHERE unit_level <> 'CITY'");
                update(c, "INSERT INTO project_output (id, project_id, target_id, jurisdiction_id, unit, planned_quantity, "
                                + "actual_quantity, confirmed, facility_capacity, inclusive, version) VALUES (?,?,?,?,'x',?,NULL,FALSE,?,?,0)",
                        nextId++, p, target, unit, BigDecimal.valueOf(1 + random.nextInt(60)), 20 + random.nextInt(80),
                        random.nextBoolean());
                return "output added";
            }
            if (kind < 82) {
                long f = any(c, "SELECT id FROM funding_line");
                String[] statuses = {"REQUESTED", "APPROVED", "REJECTED"};
                update(c, "UPDATE funding_line SET status = ?, requested = ?, approved = ?, version = version + 1 WHERE id = ?",
                        statuses[random.nextInt(3)], BigDecimal.valueOf(100_000 + random.nextInt(900_000)),
                        BigDecimal.valueOf(random.nextInt(900_000)), f);
                return "funding";
            }
            if (kind < 88) {
                long p = any(c, "SELECT id FROM project");
                for (String table : List.of("progress_report", "project_output", "funding_line", "milestone")) {
                    update(c, "DELETE FROM " + table + " WHERE project_id = ?", p);
                }
                update(c, "DELETE FROM project WHERE id = ?", p);
                return "project deleted";
            }
            if (kind < 96) {
                long from = any(c, "SELECT id FROM project");
                long p = nextId++;
                update(c, "INSERT INTO project (id, code, name_zh, name_en, program_id, jurisdiction_id, lead_unit_id, category, "
                        + "stage, planned_start, planned_finish, total_investment, sample, created_at, version) "
                        + "SELECT ?, ?, name_zh, name_en, program_id, jurisdiction_id, lead_unit_id, category, stage, "
                        + "planned_start, planned_finish, total_investment, sample, created_at, 0 FROM project WHERE id = ?",
                        p, "NEW-" + p, from);
                for (long m : all(c, "SELECT id FROM milestone WHERE project_id = " + from)) {
                    update(c, "INSERT INTO milestone (id, project_id, seq_no, name_zh, kind, original_baseline, baseline, "
                            + "forecast, actual, weight, percent_complete, version) SELECT ?, ?, seq_no, name_zh, kind, "
                            + "original_baseline, baseline, forecast, actual, weight, percent_complete, 0 FROM milestone "
                            + "WHERE id = ?", nextId++, p, m);
                }
                for (long o : all(c, "SELECT id FROM project_output WHERE project_id = " + from)) {
                    update(c, "INSERT INTO project_output (id, project_id, target_id, jurisdiction_id, unit, planned_quantity, "
                            + "actual_quantity, confirmed, facility_capacity, inclusive, version) SELECT ?, ?, target_id, "
                            + "jurisdiction_id, unit, planned_quantity, actual_quantity, confirmed, facility_capacity, "
                            + "inclusive, 0 FROM project_output WHERE id = ?", nextId++, p, o);
                }
                return "project created";
            }
            update(c, "UPDATE plan_target SET target_value = target_value + 1, version = version + 1 WHERE id = ?",
                    any(c, "SELECT id FROM plan_target WHERE target_value IS NOT NULL AND (code LIKE '%-Q1' OR code LIKE '%-Q3' OR code LIKE '%-T4')"));
            return "plan figure";
        }

        private long any(Connection c, String sql) throws SQLException {
            List<Long> ids = all(c, sql);
            return ids.get(random.nextInt(ids.size()));
        }

        private static List<Long> all(Connection c, String sql) throws SQLException {
            List<Long> ids = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            ids.sort(null);
            return ids;
        }

        private static long count(Connection c, String sql) throws SQLException {
            return all(c, sql).get(0);
        }

        private static void update(Connection c, String sql, Object... args) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    if (args[i] == null) {
                        ps.setNull(i + 1, ps.getParameterMetaData().getParameterType(i + 1));
                    } else {
                        ps.setObject(i + 1, args[i]);
                    }
                }
                ps.executeUpdate();
            }
        }
    }
}
