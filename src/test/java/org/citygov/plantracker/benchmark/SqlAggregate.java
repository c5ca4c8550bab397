package org.citygov.plantracker.benchmark;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The yardstick of the benchmark: one SQL aggregate pass over the same tables — per target and
 * jurisdiction, the quantity delivered by finished projects by min(asOf, deadline) and the quantity
 * of unfinished projects whose latest milestone date falls by the deadline. It knows nothing of
 * SPI(t), pooling, coverage, populations or roll-ups: it is what a single GROUP BY costs.
 */
public final class SqlAggregate {

    public static final String SQL = "SELECT o.target_id, o.jurisdiction_id, "
            + "SUM(CASE WHEN p.stage IN ('COMPLETED', 'IN_USE') AND o.confirmed = TRUE AND f.done_on <= ? AND f.done_on <= t.deadline "
            + "THEN o.actual_quantity ELSE 0 END), "
            + "SUM(CASE WHEN p.stage IN ('RESERVE', 'PREPARATION', 'NEW_START', 'CONTINUING') AND f.expected_on <= t.deadline "
            + "THEN o.planned_quantity ELSE 0 END), "
            + "COUNT(*) "
            + "FROM project_output o JOIN project p ON p.id = o.project_id JOIN plan_target t ON t.id = o.target_id "
            + "JOIN (SELECT project_id, MAX(actual) AS done_on, MAX(COALESCE(actual, forecast, baseline)) AS expected_on "
            + "FROM milestone GROUP BY project_id) f ON f.project_id = p.id "
            + "GROUP BY o.target_id, o.jurisdiction_id";

    /** target id → jurisdiction id → {delivered, forecast increment, outputs}. */
    public static Map<Long, Map<Long, BigDecimal[]>> run(Connection c, LocalDate asOf) throws SQLException {
        Map<Long, Map<Long, BigDecimal[]>> result = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setDate(1, Date.valueOf(asOf));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2),
                            new BigDecimal[]{rs.getBigDecimal(3), rs.getBigDecimal(4), BigDecimal.valueOf(rs.getLong(5))});
                }
            }
        }
        return result;
    }
}
