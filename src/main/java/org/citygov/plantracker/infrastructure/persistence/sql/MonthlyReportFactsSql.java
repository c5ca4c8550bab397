package org.citygov.plantracker.infrastructure.persistence.sql;

import org.citygov.plantracker.domain.service.slippage.MonthlyReportFacts;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly progress reports (月度调度) of the offices context, as the slippage rules read them:
 * month, the day filed and the investment completed in the month, in one pass over progress_report.
 */
public final class MonthlyReportFactsSql {

    private static final Comparator<MonthlyReportFacts> IN_ORDER = Comparator.comparing(MonthlyReportFacts::month)
            .thenComparing(MonthlyReportFacts::submittedOn, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(MonthlyReportFacts::investmentThisMonth, Comparator.nullsFirst(Comparator.naturalOrder()));

    private MonthlyReportFactsSql() {
    }

    public static PortfolioSql.MonthlyReportSql fromOfficesContext() {
        return MonthlyReportFactsSql::read;
    }

    static Map<Long, List<MonthlyReportFacts>> read(Connection c, ProjectScope scope) throws SQLException {
        Map<Long, List<MonthlyReportFacts>> byProject = new HashMap<>();
        String sql = "SELECT project_id, report_month, submitted_at, investment_month FROM progress_report"
                + scope.where("project_id");
        PortfolioSql.rows(c, sql, scope, rs -> {
            Timestamp filed = rs.getTimestamp(3);
            byProject.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new MonthlyReportFacts(
                    YearMonth.from(rs.getDate(2).toLocalDate()),
                    filed == null ? null : filed.toLocalDateTime().toLocalDate(), rs.getBigDecimal(4)));
        });
        // in one order, however the database returns them: the same project reads the same alone or with all
        byProject.values().forEach(list -> list.sort(IN_ORDER));
        return byProject;
    }
}
