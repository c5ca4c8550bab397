package org.citygov.plantracker.infrastructure.persistence.sql;

import org.citygov.plantracker.application.evaluation.ChangePosition;
import org.citygov.plantracker.application.evaluation.PortfolioChanges;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the evaluation change feed (evaluation_change, filled by triggers on the project fact tables:
 * changeset slippage/030) with plain JDBC, the same on Derby and PostgreSQL.
 */
public final class ChangeFeed {

    private ChangeFeed() {
    }

    /**
     * Where the feed stands now: its highest id, with the ids missing among the rows of the last
     * {@link ChangePosition#HOLE_EXPIRY} as holes (their transactions may still be open).
     */
    public static ChangePosition position(Connection c, Instant now) throws SQLException {
        long settled = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(id) FROM evaluation_change WHERE changed_at < ?")) {
            ps.setTimestamp(1, Timestamp.from(now.minus(ChangePosition.HOLE_EXPIRY)));
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    settled = rs.getLong(1);
                }
            }
        }
        List<Long> recent = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM evaluation_change WHERE id > ?")) {
            ps.setLong(1, settled);
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    recent.add(rs.getLong(1));
                }
            }
        }
        return new ChangePosition(settled, Map.of()).after(recent, now);
    }

    /**
     * The projects named since {@code position} (rows above its highest id and found holes); too many when
     * more than {@code limit} rows are new or more than {@code limit} ids are missing (a huge transaction, such
     * as a workbook import, still writing while others commit: reading everything again is then cheaper).
     */
    public static PortfolioChanges since(Connection c, ChangePosition position, int limit, Instant now)
            throws SQLException {
        if (position.holes().size() > limit) {
            return PortfolioChanges.tooMany(position);
        }
        Set<Long> projects = new HashSet<>();
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, project_id FROM evaluation_change WHERE id > ?")) {
            ps.setLong(1, position.highest());
            ps.setMaxRows(limit + 1);
            ps.setFetchSize(Math.min(limit + 1, 1000));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    projects.add(rs.getLong(2));
                }
            }
        }
        if (ids.size() > limit) {
            return PortfolioChanges.tooMany(position);
        }
        List<Long> holes = new ArrayList<>(position.holes().keySet());
        for (int from = 0; from < holes.size(); from += ProjectScope.MAX_IDS) {
            List<Long> chunk = holes.subList(from, Math.min(holes.size(), from + ProjectScope.MAX_IDS));
            try (PreparedStatement ps = c.prepareStatement("SELECT id, project_id FROM evaluation_change WHERE id IN ("
                    + "?,".repeat(chunk.size() - 1) + "?)")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                        projects.add(rs.getLong(2));
                    }
                }
            }
        }
        return new PortfolioChanges(projects, position.after(ids, now), false);
    }

    /** Deletes the rows written before {@code before}; returns how many. */
    public static int forget(Connection c, Instant before) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM evaluation_change WHERE changed_at < ?")) {
            ps.setTimestamp(1, Timestamp.from(before));
            return ps.executeUpdate();
        }
    }
}
