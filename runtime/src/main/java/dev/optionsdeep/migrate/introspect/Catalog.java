package dev.optionsdeep.migrate.introspect;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * Queries against {@code pg_catalog}, each about one schema: that schema's oid is every query's
 * only parameter, written {@code ?::oid} wherever the query needs it. Plain JDBC, one round trip a
 * query (no parameter metadata asked of the server first).
 */
final class Catalog {

    /** Reads the current row of a result set. */
    interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private final Connection connection;
    private final long namespace;
    private final int serverVersion;
    final String schemaName;
    /** The schema whose tables have plain names (the database's default schema). */
    private final String defaultSchema;
    /** The other schemas being read, whose tables are named {@code schema.table}. */
    private final java.util.Set<String> namedSchemas;

    private Catalog(Connection connection, long namespace, int serverVersion, String schemaName, String defaultSchema,
                    java.util.Set<String> namedSchemas) {
        this.connection = connection;
        this.namespace = namespace;
        this.serverVersion = serverVersion;
        this.schemaName = schemaName;
        this.defaultSchema = defaultSchema;
        this.namedSchemas = java.util.Set.copyOf(namedSchemas);
    }

    boolean isDefaultSchema() {
        return schemaName.equals(defaultSchema);
    }

    /** A table of {@code schema} as the model names it, or null when that schema is not being read. */
    String tableName(String schema, String table) {
        if (schema.equals(defaultSchema)) {
            return table;
        }
        return namedSchemas.contains(schema) ? schema + "." + table : null;
    }

    /** What opening needs to know, in one round trip. */
    private record Server(Long namespace, int version) {
    }

    static Catalog open(Connection connection, String schemaName, String defaultSchema,
                        java.util.Set<String> namedSchemas) throws SQLException {
        Catalog catalog = openIfExists(connection, schemaName, defaultSchema, namedSchemas);
        if (catalog == null) {
            throw new IllegalArgumentException("the database has no schema named " + schemaName
                    + "; name an existing schema (PostgreSQL's default is " + SchemaReader.DEFAULT_SCHEMA + ")");
        }
        return catalog;
    }

    /** The catalog of that schema, or null when the database has no schema of that name. */
    static Catalog openIfExists(Connection connection, String schemaName, String defaultSchema,
                                java.util.Set<String> namedSchemas) throws SQLException {
        String query = "SELECT (SELECT oid::bigint FROM pg_namespace WHERE nspname = ?) AS namespace,"
                + " current_setting('server_version_num')::int AS version";
        Server server;
        try (PreparedStatement s = connection.prepareStatement(query)) {
            s.setString(1, schemaName);
            try (ResultSet rs = s.executeQuery()) {
                server = rs.next() ? new Server(rs.getObject("namespace", Long.class), rs.getInt("version")) : null;
            }
        } catch (SQLException e) {
            throw named(e, query, new Object[] {schemaName});
        }
        if (server.namespace() == null) {
            return null;
        }
        return new Catalog(connection, server.namespace(), server.version(), schemaName, defaultSchema, namedSchemas);
    }

    /** {@code UNIQUE NULLS NOT DISTINCT} exists from PostgreSQL 15 on; before, nulls are always distinct. */
    String nullsNotDistinct(String pgIndex) {
        return serverVersion >= 150000 ? pgIndex + ".indnullsnotdistinct" : "false";
    }

    /** Runs {@code query} for this schema and hands each row to {@code row}, in the query's order. */
    void each(String query, Row row) throws SQLException {
        int parameters = query.split("\\?::oid", -1).length - 1;
        try (PreparedStatement s = connection.prepareStatement(query)) {
            for (int i = 1; i <= parameters; i++) {
                s.setLong(i, namespace);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        } catch (SQLException e) {
            Object[] values = new Object[parameters];
            Arrays.fill(values, namespace);
            throw named(e, query, values);
        }
    }

    /**
     * A failed query's exception, named by the query and its parameters after PostgreSQL's message (as
     * the executor's are), with PostgreSQL's SQL state and the original exception as the next one.
     */
    static SQLException named(SQLException e, String query, Object[] params) {
        SQLException named = new SQLException((e.getMessage() == null ? "" : e.getMessage()) + " Query: " + query
                + " Parameters: " + Arrays.deepToString(params), e.getSQLState(), e.getErrorCode());
        named.setNextException(e);
        return named;
    }

    /** A {@code text[]} column as a list; null elements stay null. */
    static List<String> texts(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** An {@code int[]} column as a list. */
    static List<Integer> ints(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((Integer[]) array.getArray());
    }

    /**
     * The SQL condition "this object stands on its own": it is not a member of an extension, nor an
     * internal part of another object (an identity column's sequence, a range type's constructor
     * functions, an array or row type), which is read or reported with its owner. (A partitioned
     * table depends internally on its own key columns; that does not make it part of another object.)
     */
    static String standalone(String catalogTable, String oidColumn) {
        return "NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '" + catalogTable + "'::regclass"
                + " AND e.objid = " + oidColumn + " AND (e.deptype = 'e' OR e.deptype = 'i'"
                + " AND NOT (e.refclassid = e.classid AND e.refobjid = e.objid)))";
    }
}
