package org.citygov.plantracker.infrastructure.persistence.sql;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Which projects a portfolio read covers: all of them, or a few by id (one project page, the projects the
 * change feed names). Renders the WHERE clause and binds its parameters, the same on Derby and PostgreSQL.
 */
public final class ProjectScope {

    /** The most ids in one statement (an IN list of parameters). */
    static final int MAX_IDS = 500;

    static final ProjectScope ALL = new ProjectScope(null);

    private final List<Long> ids;

    private ProjectScope(List<Long> ids) {
        this.ids = ids;
    }

    static ProjectScope of(List<Long> ids) {
        if (ids.isEmpty() || ids.size() > MAX_IDS) {
            throw new IllegalArgumentException("1 to " + MAX_IDS + " project ids, not " + ids.size());
        }
        return new ProjectScope(List.copyOf(ids));
    }

    /** {@code ""} for all projects, else {@code " WHERE column IN (?, …)"}. */
    String where(String column) {
        return ids == null ? "" : " WHERE " + condition(column);
    }

    /** {@code ""} for all projects, else {@code " AND column IN (?, …)"}. */
    String and(String column) {
        return ids == null ? "" : " AND " + condition(column);
    }

    private String condition(String column) {
        return ids.size() == 1 ? column + " = ?" : column + " IN (" + "?,".repeat(ids.size() - 1) + "?)";
    }

    /** Binds the ids as the statement's first parameters. */
    void bind(PreparedStatement ps) throws SQLException {
        if (ids != null) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(i + 1, ids.get(i));
            }
        }
    }
}
