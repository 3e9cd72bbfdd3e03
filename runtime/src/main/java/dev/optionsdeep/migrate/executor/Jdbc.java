package dev.optionsdeep.migrate.executor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * The executor's few statements outside the version tables, run with plain JDBC. A statement
 * with parameters is prepared and bound with explicit setters, so it costs one round trip: no
 * parameter metadata is asked of the server first (commons-dbutils, used before, asked for it
 * before every statement, and brought its parent POMs into the Maven plugin's class realm). A
 * failure names the statement and its parameters after PostgreSQL's message, as before, with
 * PostgreSQL's SQL state and the original exception as the next one.
 */
final class Jdbc {

    /** Reads a result. */
    interface Result<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private Jdbc() {
    }

    /** The first column of the first row, or null when there is no row. */
    static <T> T scalar(Connection c, String sql, Class<T> type, Object... params) throws SQLException {
        return query(c, sql, rs -> rs.next() ? type.cast(rs.getObject(1)) : null, params);
    }

    /** Runs a query and reads its result. */
    static <T> T query(Connection c, String sql, Result<T> result, Object... params) throws SQLException {
        try {
            if (params.length == 0) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                    return result.read(rs);
                }
            }
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, params);
                try (ResultSet rs = s.executeQuery()) {
                    return result.read(rs);
                }
            }
        } catch (SQLException e) {
            throw named(e, sql, params);
        }
    }

    /** Runs a statement that returns no rows; returns the rows it changed. */
    static int update(Connection c, String sql, Object... params) throws SQLException {
        try {
            if (params.length == 0) {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate(sql);
                }
            }
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, params);
                return s.executeUpdate();
            }
        } catch (SQLException e) {
            throw named(e, sql, params);
        }
    }

    private static void bind(PreparedStatement s, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof String v) {
                s.setString(i + 1, v);
            } else if (p instanceof Long v) {
                s.setLong(i + 1, v);
            } else if (p instanceof Integer v) {
                s.setInt(i + 1, v);
            } else if (p instanceof Boolean v) {
                s.setBoolean(i + 1, v);
            } else {
                throw new IllegalArgumentException("parameter " + (i + 1) + " is "
                        + (p == null ? "null" : "a " + p.getClass().getName()) + ": only strings, longs, ints and booleans are bound");
            }
        }
    }

    private static SQLException named(SQLException e, String sql, Object[] params) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        SQLException named = new SQLException(message + " Query: " + sql + " Parameters: " + Arrays.deepToString(params),
                e.getSQLState(), e.getErrorCode());
        named.setNextException(e);
        return named;
    }
}
