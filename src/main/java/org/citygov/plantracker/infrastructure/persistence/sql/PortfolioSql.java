package org.citygov.plantracker.infrastructure.persistence.sql;

import org.citygov.plantracker.domain.model.place.JurisdictionKind;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.plan.Comparison;
import org.citygov.plantracker.domain.model.plan.MeasureKind;
import org.citygov.plantracker.domain.model.plan.TargetKind;
import org.citygov.plantracker.domain.model.plan.TargetScope;
import org.citygov.plantracker.domain.model.project.MilestoneKind;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.service.slippage.IndicatorFacts;
import org.citygov.plantracker.domain.service.slippage.MilestoneFacts;
import org.citygov.plantracker.domain.service.slippage.MonthlyReportFacts;
import org.citygov.plantracker.domain.service.slippage.OutputFacts;
import org.citygov.plantracker.domain.service.slippage.PopulationFacts;
import org.citygov.plantracker.domain.service.slippage.PortfolioFacts;
import org.citygov.plantracker.domain.service.slippage.ProjectFacts;
import org.citygov.plantracker.domain.service.slippage.StockFacts;
import org.citygov.plantracker.domain.service.slippage.TargetFacts;
import org.citygov.plantracker.domain.service.slippage.UnitFacts;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the whole portfolio for the slippage engine in one pass over the result of one query per
 * table — jurisdictions, projects, milestones, outputs, targets, populations, stock, indicators,
 * funding by year, monthly reports — into plain records. No entities, no per-project queries
 * (no N+1): 20,000 projects cost the same eleven statements as twenty. Plain JDBC on a given
 * connection, so the server (PlanTrackerDS) and the benchmark (embedded Derby) run the same code.
 */
public final class PortfolioSql {

    /** Where monthly reports come from, once the offices context records them; null = not tracked. */
    private final MonthlyReportSql reports;

    public PortfolioSql(MonthlyReportSql reports) {
        this.reports = reports;
    }

    public PortfolioSql() {
        this(null);
    }

    /**
     * The tables of a project's own facts ({@link #readProjects}): their changes are in the change feed
     * ({@link ChangeFeed}, filled by triggers), so an up-to-date evaluation re-reads only the projects named there.
     */
    public static final List<String> PROJECT_TABLES = List.of("project", "milestone", "project_output", "funding_line",
            "progress_report");

    /**
     * The other tables {@link #read} reads that carry an optimistic-lock version and a generated id: the
     * plan, the places and the statistics. Small; a change there makes the evaluation read everything again.
     */
    public static final List<String> PLAN_TABLES = List.of("jurisdiction", "plan_target", "population",
            "existing_stock", "indicator_observation", "plan_indicator", "lead_unit", "program");

    /** Every table {@link #read} reads that carries an optimistic-lock version and a generated id. */
    private static final List<String> VERSIONED = java.util.stream.Stream.concat(PLAN_TABLES.stream(),
            PROJECT_TABLES.stream()).toList();

    /**
     * Count, sum of versions and highest id of every table the read covers (and the count of
     * plan_target_unit): any committed insert, update or delete through the application changes it,
     * since versions only grow and ids are never reused. About one index or table scan per table.
     */
    public String fingerprint(Connection c) throws SQLException {
        return fingerprint(c, VERSIONED);
    }

    /**
     * The fingerprint of what is not a project's own facts ({@link #PLAN_TABLES} and plan_target_unit):
     * a few small tables, cheap to read on every request.
     */
    public String planFingerprint(Connection c) throws SQLException {
        return fingerprint(c, PLAN_TABLES);
    }

    /**
     * One statement, one round trip (a refresh reads the plan's fingerprint before every answer: nine
     * statements took 40–80 ms each under load): {@code (i, count, sum of versions, highest id)} per table.
     */
    private static String fingerprint(Connection c, List<String> tables) throws SQLException {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < tables.size(); i++) {
            query.append("SELECT ").append(i).append(" AS t, COUNT(*) AS n, COALESCE(SUM(version), 0) AS v, ")
                    .append("COALESCE(MAX(id), 0) AS m FROM ").append(tables.get(i)).append(" UNION ALL ");
        }
        query.append("SELECT ").append(tables.size()).append(" AS t, COUNT(*) AS n, 0 AS v, 0 AS m FROM plan_target_unit")
                .append(" ORDER BY t");
        long[][] figures = new long[tables.size() + 1][];
        try (PreparedStatement ps = c.prepareStatement(query.toString()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                figures[rs.getInt(1)] = new long[]{rs.getLong(2), rs.getLong(3), rs.getLong(4)};
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tables.size(); i++) {
            out.append(tables.get(i)).append('=').append(figures[i][0]).append('/').append(figures[i][1]).append('/')
                    .append(figures[i][2]).append(';');
        }
        return out.append("plan_target_unit=").append(figures[tables.size()][0]).toString();
    }

    /** The whole portfolio. */
    public PortfolioFacts read(Connection c) throws SQLException {
        return read(c, null);
    }

    /**
     * One project (with the units, targets and nothing else of the portfolio), for the project page.
     * {@code projectCode} null reads every project.
     */
    public PortfolioFacts read(Connection c, String projectCode) throws SQLException {
        boolean one = projectCode != null;
        Long projectId = null;
        if (one) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM project WHERE code = ?")) {
                ps.setString(1, projectCode);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return new PortfolioFacts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false);
                    }
                    projectId = rs.getLong(1);
                }
            }
        }
        List<UnitFacts> units = one ? List.of() : units(c);
        List<ProjectFacts> projects = projects(c, one ? ProjectScope.of(List.of(projectId)) : ProjectScope.ALL);
        List<TargetFacts> targets = targets(c);
        List<PopulationFacts> populations = one ? List.of() : populations(c);
        List<StockFacts> stock = one ? List.of() : stock(c);
        List<IndicatorFacts> indicators = one ? List.of() : indicators(c);
        return new PortfolioFacts(units, projects, targets, populations, stock, indicators, reports != null);
    }

    List<UnitFacts> units(Connection c) throws SQLException {
        List<UnitFacts> units = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, code, name_zh, name_en, unit_level, unit_kind, parent_id FROM jurisdiction");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String kind = rs.getString(6);
                units.add(new UnitFacts(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        JurisdictionLevel.valueOf(rs.getString(5)), kind == null ? null : JurisdictionKind.valueOf(kind),
                        nullableLong(rs, 7)));
            }
        }
        return units;
    }

    /**
     * Some projects with all their facts, by id (those that exist; a deleted project is simply absent):
     * what the incremental evaluation re-reads for the projects the change feed names. A few statements per
     * {@link ProjectScope#MAX_IDS} projects.
     */
    public List<ProjectFacts> readProjects(Connection c, java.util.Collection<Long> ids) throws SQLException {
        List<Long> sorted = ids.stream().distinct().sorted().toList();
        List<ProjectFacts> projects = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += ProjectScope.MAX_IDS) {
            projects.addAll(projects(c, ProjectScope.of(sorted.subList(from, Math.min(sorted.size(),
                    from + ProjectScope.MAX_IDS)))));
        }
        return projects;
    }

    /** The projects of a scope, by id, each with its milestones, outputs, planned investment and reports. */
    private List<ProjectFacts> projects(Connection c, ProjectScope scope) throws SQLException {
        Map<Long, List<MilestoneFacts>> milestones = milestones(c, scope);
        Map<Long, List<OutputFacts>> outputs = outputs(c, scope);
        Map<Long, Map<Integer, BigDecimal>> investment = plannedInvestment(c, scope);
        Map<Long, List<MonthlyReportFacts>> monthly = reports == null ? Map.of() : reports.read(c, scope);
        List<ProjectFacts> projects = new ArrayList<>();
        String sql = "SELECT p.id, p.code, p.name_zh, p.name_en, p.stage, p.jurisdiction_id, u.code, pr.code, "
                + "p.planned_start, p.planned_finish, p.total_investment, p.sample "
                + "FROM project p JOIN lead_unit u ON u.id = p.lead_unit_id JOIN program pr ON pr.id = p.program_id"
                + scope.where("p.id") + " ORDER BY p.id";
        rows(c, sql, scope, rs -> {
            long id = rs.getLong(1);
            projects.add(new ProjectFacts(id, rs.getString(2), rs.getString(3), rs.getString(4),
                    Stage.valueOf(rs.getString(5)), rs.getLong(6), rs.getString(7), rs.getString(8),
                    date(rs, 9), date(rs, 10), rs.getBigDecimal(11), rs.getBoolean(12),
                    milestones.getOrDefault(id, List.of()), outputs.getOrDefault(id, List.of()),
                    investment.getOrDefault(id, Map.of()), monthly.getOrDefault(id, List.of())));
        });
        return projects;
    }

    /** What to do with one row of a result. */
    @FunctionalInterface
    interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    /**
     * Runs {@code sql} — with the scope's project ids as its parameters, none for the whole portfolio —
     * and hands each row to {@code row}, fetching a thousand rows at a time.
     */
    static void rows(Connection c, String sql, ProjectScope scope, Row row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            scope.bind(ps);
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        }
    }

    private Map<Long, List<MilestoneFacts>> milestones(Connection c, ProjectScope scope) throws SQLException {
        Map<Long, List<MilestoneFacts>> byProject = new HashMap<>();
        String sql = "SELECT project_id, id, seq_no, name_zh, name_en, kind, original_baseline, baseline, forecast, "
                + "actual, weight, percent_complete FROM milestone" + scope.where("project_id");
        rows(c, sql, scope, rs -> byProject.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new MilestoneFacts(
                rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                MilestoneKind.valueOf(rs.getString(6)), date(rs, 7), date(rs, 8), date(rs, 9), date(rs, 10),
                rs.getBigDecimal(11), rs.getBigDecimal(12))));
        Comparator<MilestoneFacts> bySeq = Comparator.comparingInt(MilestoneFacts::seq).thenComparingLong(MilestoneFacts::id);
        byProject.values().forEach(list -> list.sort(bySeq));
        return byProject;
    }

    private Map<Long, List<OutputFacts>> outputs(Connection c, ProjectScope scope) throws SQLException {
        Map<Long, List<OutputFacts>> byProject = new HashMap<>();
        String sql = "SELECT id, project_id, target_id, jurisdiction_id, planned_quantity, actual_quantity, confirmed, "
                + "facility_capacity, inclusive FROM project_output" + scope.where("project_id");
        rows(c, sql, scope, rs -> {
            Integer capacity = rs.getInt(8);
            if (rs.wasNull()) {
                capacity = null;
            }
            Boolean inclusive = rs.getBoolean(9);
            if (rs.wasNull()) {
                inclusive = null;
            }
            byProject.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new OutputFacts(
                    rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getBigDecimal(5),
                    rs.getBigDecimal(6), rs.getBoolean(7), capacity, inclusive));
        });
        // in id order, however the database returns them: the same project reads the same alone or with all
        byProject.values().forEach(list -> list.sort(Comparator.comparingLong(OutputFacts::id)));
        return byProject;
    }

    /** The year's planned investment: Σ of the funding lines of the year, approved amount once approved. */
    private Map<Long, Map<Integer, BigDecimal>> plannedInvestment(Connection c, ProjectScope scope) throws SQLException {
        Map<Long, Map<Integer, BigDecimal>> byProject = new HashMap<>();
        String sql = "SELECT project_id, fiscal_year, SUM(CASE WHEN status = 'APPROVED' AND approved IS NOT NULL "
                + "THEN approved ELSE requested END) FROM funding_line WHERE status <> 'REJECTED'"
                + scope.and("project_id") + " GROUP BY project_id, fiscal_year";
        rows(c, sql, scope,
                rs -> byProject.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getInt(2), rs.getBigDecimal(3)));
        return byProject;
    }

    List<TargetFacts> targets(Connection c) throws SQLException {
        Map<Long, Set<Long>> groups = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT target_id, jurisdiction_id FROM plan_target_unit");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                groups.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
            }
        }
        List<TargetFacts> targets = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT t.id, pl.code, pl.period_start_year, t.code, t.seq, t.description_zh, t.description_en, "
                        + "t.section, pr.code, t.kind, t.metric, t.unit, t.comparison, t.target_value, t.target_min, "
                        + "t.target_max, t.deadline, t.scope, ss.schedule_id, ss.stage_no, t.min_places_per_institution, "
                        + "t.measure_kind, t.inclusive_only, t.counts_institutions "
                        + "FROM plan_target t JOIN plan pl ON pl.id = t.plan_id "
                        + "LEFT JOIN program pr ON pr.id = t.program_id "
                        + "LEFT JOIN schedule_stage ss ON ss.id = t.stage_id ORDER BY t.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                Integer stageNo = rs.getInt(20);
                if (rs.wasNull()) {
                    stageNo = null;
                }
                Integer minPlaces = rs.getInt(21);
                if (rs.wasNull()) {
                    minPlaces = null;
                }
                targets.add(new TargetFacts(id, rs.getString(2), rs.getInt(3), rs.getString(4), rs.getInt(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        TargetKind.valueOf(rs.getString(10)), rs.getString(11), rs.getString(12),
                        Comparison.valueOf(rs.getString(13)), rs.getBigDecimal(14), rs.getBigDecimal(15),
                        rs.getBigDecimal(16), date(rs, 17), TargetScope.valueOf(rs.getString(18)), nullableLong(rs, 19),
                        stageNo, minPlaces, groups.getOrDefault(id, Set.of()),
                        new TargetFacts.Measurement(MeasureKind.valueOf(rs.getString(22)), rs.getBoolean(23),
                                rs.getBoolean(24))));
            }
        }
        return targets;
    }

    List<PopulationFacts> populations(Connection c) throws SQLException {
        List<PopulationFacts> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT jurisdiction_id, fiscal_year, persons FROM population");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new PopulationFacts(rs.getLong(1), rs.getInt(2), rs.getLong(3)));
            }
        }
        return list;
    }

    List<StockFacts> stock(Connection c) throws SQLException {
        List<StockFacts> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT jurisdiction_id, metric, fiscal_year, quantity, total_quantity FROM existing_stock");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new StockFacts(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4), rs.getBigDecimal(5)));
            }
        }
        return list;
    }

    List<IndicatorFacts> indicators(Connection c) throws SQLException {
        Map<Long, List<IndicatorFacts.Observation>> observations = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT indicator_id, fiscal_year, observed_value, target_met FROM indicator_observation");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                observations.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new IndicatorFacts.Observation(rs.getInt(2), rs.getBigDecimal(3),
                                (Boolean) rs.getObject(4)));
            }
        }
        List<IndicatorFacts> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT i.id, pl.code, i.code, i.name_zh, i.name_en, i.unit, i.nature, i.cumulative, i.comparison, "
                        + "i.baseline_year, i.baseline_value, i.baseline_text, i.target_year, i.target_value, i.target_text "
                        + "FROM plan_indicator i JOIN plan pl ON pl.id = i.plan_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                Integer baselineYear = rs.getInt(10);
                if (rs.wasNull()) {
                    baselineYear = null;
                }
                Integer targetYear = rs.getInt(13);
                if (rs.wasNull()) {
                    targetYear = null;
                }
                list.add(new IndicatorFacts(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), "BINDING".equals(rs.getString(7)), rs.getBoolean(8),
                        Comparison.valueOf(rs.getString(9)), baselineYear, rs.getBigDecimal(11), rs.getString(12),
                        targetYear, rs.getBigDecimal(14), rs.getString(15), observations.getOrDefault(id, List.of())));
            }
        }
        return list;
    }

    static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** Monthly reports (月度调度) by project; the offices context owns the table. */
    public interface MonthlyReportSql {
        Map<Long, List<MonthlyReportFacts>> read(Connection c, ProjectScope scope) throws SQLException;
    }

    /** Helper for MonthlyReportSql implementations. */
    public static MonthlyReportFacts report(int year, int month, LocalDate submittedOn, BigDecimal amount) {
        return new MonthlyReportFacts(YearMonth.of(year, month), submittedOn, amount);
    }
}
