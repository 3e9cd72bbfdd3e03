package dev.optionsdeep.migrate.introspect;

import dev.optionsdeep.migrate.postgres.Identifiers;
import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Puts every check expression of a schema into PostgreSQL's canonical spelling, so that a model
 * (whose checks are spelled as written) and a schema read from a database (spelled as PostgreSQL
 * printed them) can be compared.
 *
 * <p>Why PostgreSQL itself, and not a normaliser in Java: how an expression prints depends on type
 * resolution ({@code status IN ('A')} on a varchar column becomes {@code (status)::text = ANY
 * (ARRAY[...]::text[])}, on an integer column {@code status = ANY (ARRAY[...])}), on rewrites
 * ({@code BETWEEN} becomes {@code >= AND <=}, {@code <>} stays, {@code !=} becomes {@code <>}),
 * and on the server's version. Only the server knows all of it. So each check is created on a
 * scratch temporary table with the same column names and types, printed with
 * {@code pg_get_constraintdef}, created again from what was printed, and so on until the text
 * stops changing: PostgreSQL's printed form is not always a fixed point (the varchar {@code IN}
 * list above prints differently the second time), its second or third printing is. Both sides of a
 * comparison reach the same fixed point when they mean the same condition.
 *
 * <p>Everything happens in a transaction (or under a savepoint of the caller's) that is rolled
 * back, so the database is left as it was; it needs a connection that may create temporary tables
 * (not a hot standby).
 */
public final class CheckCanonicalizer {

    /** Enough for every form seen; a text still changing after this many printings is reported. */
    private static final int MAX_PRINTINGS = 6;
    private static final String SCRATCH_TABLE = "migrate_check_scratch";
    private static final String SCRATCH_CHECK = "migrate_check";

    private CheckCanonicalizer() {
    }

    /** {@code schema} with every check expression replaced by PostgreSQL's fixed-point spelling of it. */
    public static Schema canonical(Connection connection, Schema schema) throws SQLException {
        if (schema.tables().stream().allMatch(t -> t.checks().isEmpty())) {
            return schema;
        }
        boolean autoCommit = connection.getAutoCommit();
        Savepoint savepoint = null;
        if (autoCommit) {
            connection.setAutoCommit(false);
        } else {
            savepoint = connection.setSavepoint();
        }
        try {
            Schema out = schema;
            for (Table t : schema.tables()) {
                if (!t.checks().isEmpty()) {
                    out = out.with(t.withChecks(canonical(connection, t)));
                }
            }
            return out;
        } finally {
            if (autoCommit) {
                connection.rollback();
                connection.setAutoCommit(true);
            } else {
                connection.rollback(savepoint);
                connection.releaseSavepoint(savepoint);
            }
        }
    }

    private static List<CheckConstraint> canonical(Connection connection, Table table) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TABLE IF EXISTS pg_temp." + SCRATCH_TABLE);
            s.execute("CREATE TEMPORARY TABLE " + SCRATCH_TABLE + " (" + table.columns().stream()
                    .map(c -> Identifiers.quote(c.name()) + " " + c.type())
                    .collect(Collectors.joining(", ")) + ")");
        }
        List<CheckConstraint> out = new ArrayList<>();
        for (CheckConstraint check : table.checks()) {
            out.add(check.withExpression(fixedPoint(connection, table, check)));
        }
        return out;
    }

    private static String fixedPoint(Connection connection, Table table, CheckConstraint check) throws SQLException {
        String expression = check.expression();
        for (int i = 0; i < MAX_PRINTINGS; i++) {
            String printed = printed(connection, table, check, expression);
            if (printed.equals(expression)) {
                return printed;
            }
            expression = printed;
        }
        throw new IllegalStateException("the check constraint " + check.name() + " on " + table.name()
                + " still prints differently after " + MAX_PRINTINGS + " printings by PostgreSQL; last: " + expression);
    }

    private static String printed(Connection connection, Table table, CheckConstraint check, String expression)
            throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("ALTER TABLE " + SCRATCH_TABLE + " ADD CONSTRAINT " + SCRATCH_CHECK + " CHECK (" + expression + ")");
        } catch (SQLException e) {
            throw new SQLException("PostgreSQL refuses the check constraint " + check.name() + " on " + table.name()
                    + " (" + expression + ") on a table with its columns (" + table.columns().stream()
                    .map(Column::describe).collect(Collectors.joining(", ")) + "): " + e.getMessage(),
                    e.getSQLState(), e);
        }
        String definition;
        try (PreparedStatement p = connection.prepareStatement("SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c"
                + " WHERE c.conrelid = 'pg_temp." + SCRATCH_TABLE + "'::regclass AND c.conname = ?")) {
            p.setString(1, SCRATCH_CHECK);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                definition = rs.getString(1);
            }
        }
        try (Statement s = connection.createStatement()) {
            s.execute("ALTER TABLE " + SCRATCH_TABLE + " DROP CONSTRAINT " + SCRATCH_CHECK);
        }
        return ConstraintReader.checkExpression(definition);
    }
}
