package org.citygov.plantracker.infrastructure.persistence.sql;

import org.citygov.plantracker.domain.service.slippage.MonthlyReportFacts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly progress reports (月度调度) of the offices context, as the slippage rules read them:
 * month, the day filed and the investment completed in the month, in one pass over progress_report.
 */
public final class MonthlyReports {

    private MonthlyReports() {
    }

    public static PortfolioSql.MonthlyReportSql fromOfficesContext() {
        return MonthlyReports::read;
    }

    static Map<Long, List<MonthlyReportFacts>> read(Connection c, Long projectId) throws SQLException {
        Map<Long, List<MonthlyReportFacts>> byProject = new HashMap<>();
        String sql = "SELECT project_id, report_month, submitted_at, investment_month FROM progress_report"
                + (projectId == null ? "" : " WHERE project_id = ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (projectId != null) {
                ps.setLong(1, projectId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp filed = rs.getTimestamp(3);
                    byProject.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new MonthlyReportFacts(
                            YearMonth.from(rs.getDate(2).toLocalDate()),
                            filed == null ? null : filed.toLocalDateTime().toLocalDate(), rs.getBigDecimal(4)));
                }
            }
        }
        return byProject;
    }
}
