package org.citygov.plantracker.application.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.funding.Totals.Amounts;
import org.citygov.plantracker.application.funding.Totals.Group;
import org.citygov.plantracker.application.funding.Totals.ProjectRow;
import org.citygov.plantracker.application.funding.Totals.SourceRow;
import org.citygov.plantracker.application.funding.Totals.SourceYear;
import org.citygov.plantracker.application.funding.Totals.SourceYearGrid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The finance dashboard's figures, read with SQL aggregates (portable between Derby and PostgreSQL):
 * money by source × year, and by 区县(市), program and chapter with the unsecured gap. The gap is
 * summed project by project — one project's surplus never hides another's gap. Withdrawn (调出)
 * projects keep what was requested, approved and paid, but add nothing to total investment or gap.
 */
@ApplicationScoped
public class FundingDashboard {

    /** What the groups of the dashboard are. */
    public enum Dimension { DISTRICT, PROGRAM, CHAPTER }

    private static final String LINE_SUMS =
            "SUM(CASE WHEN f.status <> 'REJECTED' THEN f.requested ELSE 0 END), "
            + "SUM(CASE WHEN f.status = 'REQUESTED' THEN f.requested ELSE 0 END), "
            + "SUM(CASE WHEN f.status = 'APPROVED' THEN f.approved ELSE 0 END), "
            + "SUM(f.disbursed)";

    private static final String PROJECT_JOINS = "JOIN program pr ON pr.id = p.program_id "
            + "JOIN plan pl ON pl.id = pr.plan_id "
            + "JOIN chapter ch ON ch.id = pr.chapter_id "
            + "JOIN jurisdiction j ON j.id = p.jurisdiction_id "
            + "LEFT JOIN jurisdiction jp ON jp.id = j.parent_id "
            + "LEFT JOIN jurisdiction jg ON jg.id = jp.parent_id ";

    /** One row per project: keys of every dimension, total investment, line sums, gap. */
    private static final String PER_PROJECT = "SELECT p.id AS pid, p.code AS pcode, p.name_zh AS pzh, p.name_en AS pen, "
            + "p.sample AS psample, p.stage AS pstage, "
            + district("code") + " AS dk, " + district("name_zh") + " AS dzh, " + district("name_en") + " AS den, "
            + "j.name_zh AS jzh, j.name_en AS jen, "
            + "pl.code AS plk, pr.code AS prk, pr.title_zh AS prz, pr.title_en AS pre, "
            + "ch.chapter_no AS chn, ch.title_zh AS chz, ch.title_en AS che, "
            + "CASE WHEN p.stage = 'WITHDRAWN' THEN 0 ELSE p.total_investment END AS ti, "
            + "COALESCE(x.rq, 0) AS rq, COALESCE(x.pd, 0) AS pd, COALESCE(x.ap, 0) AS ap, COALESCE(x.db, 0) AS db, "
            + "CASE WHEN p.stage <> 'WITHDRAWN' AND p.total_investment > COALESCE(x.ap, 0) "
            + "THEN p.total_investment - COALESCE(x.ap, 0) ELSE 0 END AS gap "
            + "FROM project p " + PROJECT_JOINS
            + "LEFT JOIN (SELECT f.project_id AS xpid, "
            + "SUM(CASE WHEN f.status <> 'REJECTED' THEN f.requested ELSE 0 END) AS rq, "
            + "SUM(CASE WHEN f.status = 'REQUESTED' THEN f.requested ELSE 0 END) AS pd, "
            + "SUM(CASE WHEN f.status = 'APPROVED' THEN f.approved ELSE 0 END) AS ap, "
            + "SUM(f.disbursed) AS db FROM funding_line f GROUP BY f.project_id) x ON x.xpid = p.id ";

    private static final String GROUP_SUMS = "COUNT(*), SUM(d.ti), SUM(d.rq), SUM(d.pd), SUM(d.ap), SUM(d.db), SUM(d.gap)";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FundingAccess access;

    private static String district(String column) {
        return "CASE WHEN j.unit_level = 'DISTRICT' THEN j." + column + " WHEN jp.unit_level = 'DISTRICT' THEN jp."
                + column + " WHEN jg.unit_level = 'DISTRICT' THEN jg." + column + " END";
    }

    /** The whole (filtered) portfolio in one line. */
    @Transactional
    public Group portfolio(DashboardFilter filter) {
        access.requireOverview();
        Where where = where(filter);
        Object[] row = (Object[]) where.bind(em.createNativeQuery(
                "SELECT " + GROUP_SUMS + " FROM (" + PER_PROJECT + where.sql + ") d")).getSingleResult();
        return new Group(null, null, null, count(row[0]), amount(row[1]),
                new Amounts(amount(row[2]), amount(row[3]), amount(row[4]), amount(row[5])), amount(row[6]));
    }

    /** By 区县(市), program or chapter. */
    @Transactional
    public List<Group> by(Dimension dimension, DashboardFilter filter) {
        access.requireOverview();
        Where where = where(filter);
        String keys = switch (dimension) {
            case DISTRICT -> "d.dk, d.dzh, d.den";
            case PROGRAM -> "d.prk, d.prz, d.pre, d.plk";
            case CHAPTER -> "d.chn, d.chz, d.che, d.plk";
        };
        @SuppressWarnings("unchecked")
        List<Object[]> rows = where.bind(em.createNativeQuery("SELECT " + keys + ", " + GROUP_SUMS
                + " FROM (" + PER_PROJECT + where.sql + ") d GROUP BY " + keys)).getResultList();
        int k = dimension == Dimension.DISTRICT ? 3 : 4;
        List<Group> groups = new ArrayList<>();
        for (Object[] r : rows) {
            groups.add(new Group(r[0] == null ? null : r[0].toString(), (String) r[1], (String) r[2], count(r[k]),
                    amount(r[k + 1]), new Amounts(amount(r[k + 2]), amount(r[k + 3]), amount(r[k + 4]),
                    amount(r[k + 5])), amount(r[k + 6])));
        }
        groups.sort(Comparator.comparing(Group::key, Comparator.nullsFirst(FundingDashboard::naturalCompare)));
        return groups;
    }

    /** By source and fiscal year (line sums; the gap has no source). */
    @Transactional
    public List<SourceYear> bySourceAndYear(DashboardFilter filter) {
        access.requireOverview();
        Where where = where(filter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = where.bind(em.createNativeQuery("SELECT s.code, s.name_zh, s.name_en, s.government, "
                + "s.sort_order, f.fiscal_year, COUNT(*), " + LINE_SUMS
                + " FROM funding_line f JOIN funding_source s ON s.id = f.source_id JOIN project p ON p.id = f.project_id "
                + PROJECT_JOINS + where.sql
                + " GROUP BY s.code, s.name_zh, s.name_en, s.government, s.sort_order, f.fiscal_year "
                + "ORDER BY s.sort_order, s.code, f.fiscal_year")).getResultList();
        List<SourceYear> result = new ArrayList<>();
        for (Object[] r : rows) {
            result.add(new SourceYear((String) r[0], (String) r[1], (String) r[2], bool(r[3]), count(r[4]).intValue(),
                    count(r[5]).intValue(), count(r[6]), new Amounts(amount(r[7]), amount(r[8]), amount(r[9]),
                    amount(r[10]))));
        }
        return result;
    }

    /** The source × year table with totals per source, per year and overall. */
    @Transactional
    public SourceYearGrid sourceYearGrid(DashboardFilter filter) {
        List<SourceYear> cells = bySourceAndYear(filter);
        TreeSet<Integer> years = new TreeSet<>();
        Map<String, SourceRowBuilder> rows = new LinkedHashMap<>();
        Map<Integer, Amounts> yearTotals = new TreeMap<>();
        Amounts total = Amounts.ZERO;
        for (SourceYear c : cells) {
            years.add(c.fiscalYear());
            rows.computeIfAbsent(c.sourceCode(), k -> new SourceRowBuilder(c)).add(c);
            yearTotals.merge(c.fiscalYear(), c.amounts(), Amounts::plus);
            total = total.plus(c.amounts());
        }
        return new SourceYearGrid(List.copyOf(years), rows.values().stream().map(SourceRowBuilder::build).toList(),
                yearTotals, total);
    }

    /** The projects behind a group, with their money (drill-down). */
    @Transactional
    public List<ProjectRow> projects(DashboardFilter filter) {
        access.requireOverview();
        return projectRows(filter);
    }

    /** Every project's money for the money-vs-works list (callers check access). */
    List<ProjectRow> projectRows(DashboardFilter filter) {
        Where where = where(filter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = where.bind(em.createNativeQuery("SELECT d.pid, d.pcode, d.pzh, d.pen, d.psample, d.pstage, "
                + "d.dk, d.dzh, d.den, d.jzh, d.jen, d.prk, d.chn, d.ti, d.rq, d.pd, d.ap, d.db, d.gap FROM ("
                + PER_PROJECT + where.sql + ") d ORDER BY d.pcode")).getResultList();
        List<ProjectRow> result = new ArrayList<>();
        for (Object[] r : rows) {
            result.add(new ProjectRow(count(r[0]), (String) r[1], (String) r[2], (String) r[3], bool(r[4]),
                    (String) r[5], (String) r[6], r[7] == null ? (String) r[9] : (String) r[7],
                    r[7] == null ? (String) r[10] : (String) r[8], (String) r[11],
                    r[12] == null ? null : count(r[12]).intValue(), amount(r[13]),
                    new Amounts(amount(r[14]), amount(r[15]), amount(r[16]), amount(r[17])), amount(r[18])));
        }
        return result;
    }

    private static final class SourceRowBuilder {
        private final SourceYear first;
        private final Map<Integer, Amounts> byYear = new TreeMap<>();
        private Amounts total = Amounts.ZERO;

        SourceRowBuilder(SourceYear first) {
            this.first = first;
        }

        void add(SourceYear c) {
            byYear.merge(c.fiscalYear(), c.amounts(), Amounts::plus);
            total = total.plus(c.amounts());
        }

        SourceRow build() {
            return new SourceRow(first.sourceCode(), first.nameZh(), first.nameEn(), first.government(), byYear, total);
        }
    }

    /** A WHERE clause over the project joins, with its positional parameters. */
    private record Where(String sql, List<Object> parameters) {
        Query bind(Query query) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            return query;
        }
    }

    private static Where where(DashboardFilter filter) {
        DashboardFilter f = filter == null ? DashboardFilter.none() : filter;
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (f.district() != null && !f.district().isBlank()) {
            int n = parameters.size();
            sql.append(" AND (j.code = ?").append(n + 1).append(" OR jp.code = ?").append(n + 2)
                    .append(" OR jg.code = ?").append(n + 3).append(')');
            String code = f.district().trim();
            parameters.add(code);
            parameters.add(code);
            parameters.add(code);
        }
        if (f.programCode() != null && !f.programCode().isBlank()) {
            parameters.add(f.programCode().trim());
            sql.append(" AND pr.code = ?").append(parameters.size());
        }
        if (f.chapter() != null) {
            parameters.add(f.chapter());
            sql.append(" AND ch.chapter_no = ?").append(parameters.size());
        }
        if (f.category() != null) {
            parameters.add(f.category().name());
            sql.append(" AND p.category = ?").append(parameters.size());
        }
        return new Where(sql.toString(), parameters);
    }

    static BigDecimal amount(Object value) {
        return value == null ? BigDecimal.ZERO : value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }

    private static Long count(Object value) {
        return value == null ? 0L : ((Number) value).longValue();
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value != null && (value.toString().equals("1")
                || Boolean.parseBoolean(value.toString()));
    }

    /** C1.10 after C1.9; 2 before 10. */
    static int naturalCompare(String a, String b) {
        String[] x = a.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        String[] y = b.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Character.isDigit(x[i].charAt(0)) && Character.isDigit(y[i].charAt(0))
                    ? new BigDecimal(x[i]).compareTo(new BigDecimal(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
