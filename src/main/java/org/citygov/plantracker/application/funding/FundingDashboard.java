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
import org.citygov.plantracker.infrastructure.persistence.jpa.Columns;
import org.citygov.plantracker.infrastructure.persistence.jpa.Row;

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

    /** A group's sums over PER_PROJECT's rows. */
    private static final Columns GROUP_SUMS = Columns.of("projects", "COUNT(*)").and("totalInvestment", "SUM(d.ti)")
            .and("requested", "SUM(d.rq)").and("pending", "SUM(d.pd)").and("approved", "SUM(d.ap)")
            .and("disbursed", "SUM(d.db)").and("unsecured", "SUM(d.gap)");

    /** A group's key and names, per dimension (a program's and a chapter's key is unique within its plan only). */
    private static Columns keys(Dimension dimension) {
        return switch (dimension) {
            case DISTRICT -> Columns.of("key", "d.dk").and("nameZh", "d.dzh").and("nameEn", "d.den");
            case PROGRAM -> Columns.of("key", "d.prk").and("nameZh", "d.prz").and("nameEn", "d.pre").and("plan", "d.plk");
            case CHAPTER -> Columns.of("key", "d.chn").and("nameZh", "d.chz").and("nameEn", "d.che").and("plan", "d.plk");
        };
    }

    /** Line sums of the funding lines {@code f}. */
    private static final Columns LINE_SUMS = Columns.of("requested", "SUM(CASE WHEN f.status <> 'REJECTED' THEN f.requested ELSE 0 END)")
            .and("pending", "SUM(CASE WHEN f.status = 'REQUESTED' THEN f.requested ELSE 0 END)")
            .and("approved", "SUM(CASE WHEN f.status = 'APPROVED' THEN f.approved ELSE 0 END)")
            .and("disbursed", "SUM(f.disbursed)");

    private static final Columns SOURCE_YEAR = Columns.of("code", "s.code").and("nameZh", "s.name_zh")
            .and("nameEn", "s.name_en").and("government", "s.government").and("sortOrder", "s.sort_order")
            .and("fiscalYear", "f.fiscal_year").and("lines", "COUNT(*)").and(LINE_SUMS);

    private static final Columns PROJECT_ROW = Columns.of("id", "d.pid").and("code", "d.pcode").and("nameZh", "d.pzh")
            .and("nameEn", "d.pen").and("sample", "d.psample").and("stage", "d.pstage")
            .and("districtCode", "d.dk").and("districtNameZh", "d.dzh").and("districtNameEn", "d.den")
            .and("placeNameZh", "d.jzh").and("placeNameEn", "d.jen").and("programCode", "d.prk").and("chapter", "d.chn")
            .and("totalInvestment", "d.ti").and("requested", "d.rq").and("pending", "d.pd").and("approved", "d.ap")
            .and("disbursed", "d.db").and("unsecured", "d.gap");

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
        Row row = GROUP_SUMS.row(where.bind(em.createNativeQuery(
                "SELECT " + GROUP_SUMS.select() + " FROM (" + PER_PROJECT + where.sql + ") d")).getSingleResult());
        return group(null, null, null, row);
    }

    /** By 区县(市), program or chapter. */
    @Transactional
    public List<Group> by(Dimension dimension, DashboardFilter filter) {
        access.requireOverview();
        Where where = where(filter);
        Columns keys = keys(dimension);
        Columns columns = keys.and(GROUP_SUMS);
        List<Group> groups = new ArrayList<>();
        for (Row r : columns.rows(where.bind(em.createNativeQuery("SELECT " + columns.select()
                + " FROM (" + PER_PROJECT + where.sql + ") d GROUP BY " + keys.select())).getResultList())) {
            groups.add(group(r.string("key"), r.string("nameZh"), r.string("nameEn"), r));
        }
        groups.sort(Comparator.comparing(Group::key, Comparator.nullsFirst(FundingDashboard::naturalCompare)));
        return groups;
    }

    /** By source and fiscal year (line sums; the gap has no source). */
    @Transactional
    public List<SourceYear> bySourceAndYear(DashboardFilter filter) {
        access.requireOverview();
        Where where = where(filter);
        List<?> rows = where.bind(em.createNativeQuery("SELECT " + SOURCE_YEAR.select()
                + " FROM funding_line f JOIN funding_source s ON s.id = f.source_id JOIN project p ON p.id = f.project_id "
                + PROJECT_JOINS + where.sql
                + " GROUP BY s.code, s.name_zh, s.name_en, s.government, s.sort_order, f.fiscal_year "
                + "ORDER BY s.sort_order, s.code, f.fiscal_year")).getResultList();
        List<SourceYear> result = new ArrayList<>();
        for (Row r : SOURCE_YEAR.rows(rows)) {
            result.add(new SourceYear(r.string("code"), r.string("nameZh"), r.string("nameEn"), r.bool("government"),
                    (int) r.count("sortOrder"), (int) r.count("fiscalYear"), r.count("lines"), amounts(r)));
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
        List<?> rows = where.bind(em.createNativeQuery("SELECT " + PROJECT_ROW.select() + " FROM ("
                + PER_PROJECT + where.sql + ") d ORDER BY d.pcode")).getResultList();
        List<ProjectRow> result = new ArrayList<>();
        for (Row r : PROJECT_ROW.rows(rows)) {
            // a project placed outside any 区县(市) shows the name of its own place
            boolean inDistrict = r.value("districtNameZh") != null;
            result.add(new ProjectRow(r.count("id"), r.string("code"), r.string("nameZh"), r.string("nameEn"),
                    r.bool("sample"), r.string("stage"), r.string("districtCode"),
                    r.string(inDistrict ? "districtNameZh" : "placeNameZh"),
                    r.string(inDistrict ? "districtNameEn" : "placeNameEn"), r.string("programCode"),
                    r.integer("chapter"), r.amount("totalInvestment"), amounts(r), r.amount("unsecured")));
        }
        return result;
    }

    private static Group group(String key, String nameZh, String nameEn, Row sums) {
        return new Group(key, nameZh, nameEn, sums.count("projects"), sums.amount("totalInvestment"), amounts(sums),
                sums.amount("unsecured"));
    }

    private static Amounts amounts(Row r) {
        return new Amounts(r.amount("requested"), r.amount("pending"), r.amount("approved"), r.amount("disbursed"));
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
