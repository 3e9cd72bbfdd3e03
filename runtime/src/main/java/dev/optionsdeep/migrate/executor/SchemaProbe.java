package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.change.AlterColumn;
import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.change.DropColumn;
import dev.optionsdeep.migrate.change.DropTable;
import dev.optionsdeep.migrate.postgres.Identifiers;
import dev.optionsdeep.migrate.schema.Table;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the goals look up in a database before or after they act, without changing it: the rows a
 * data-losing step touches, and the tables a stamped revision should have.
 */
public final class SchemaProbe {

    private SchemaProbe() {
    }

    /**
     * The rows a step that may lose data touches today, in words ({@code 3 rows}, {@code 1 row holds a
     * value}); empty when the step names no table or column, or its table is not there (yet).
     */
    public static Optional<String> rowsTouched(Connection c, Change step) {
        if (step instanceof DropTable d) {
            return count(c, "SELECT count(*) FROM " + table(d.table().name())).map(n -> n + " row" + (n == 1 ? "" : "s"));
        }
        String table = step instanceof DropColumn d ? d.table() : step instanceof AlterColumn a ? a.table() : null;
        String column = step instanceof DropColumn d ? d.column().name() : step instanceof AlterColumn a ? a.from().name() : null;
        if (table == null) {
            return Optional.empty();
        }
        return count(c, "SELECT count(" + Identifiers.quote(column) + ") FROM " + table(table))
                .map(n -> n + " row" + (n == 1 ? " holds" : "s hold") + " a value");
    }

    /** The names, as the model gives them, of the tables the database lacks (resolved through its search path). */
    public static List<String> missingTables(ConnectionSettings settings, Collection<Table> tables) {
        List<String> missing = new ArrayList<>();
        try (Connection c = Connections.open(settings); PreparedStatement s = c.prepareStatement("SELECT to_regclass(?)")) {
            for (Table t : tables) {
                s.setString(1, table(t.name()));
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next() && rs.getString(1) == null) {
                        missing.add(t.name());
                    }
                }
            }
        } catch (SQLException e) {
            throw Connections.translate(settings, e);
        }
        return missing;
    }

    private static Optional<Long> count(Connection c, String sql) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return Optional.of(rs.getLong(1));
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /** A table as PostgreSQL reads it: {@code table} or {@code schema.table}, each part quoted where needed. */
    private static String table(String name) {
        String schema = Table.schemaOf(name);
        return schema == null ? Identifiers.quote(name)
                : Identifiers.quote(schema) + "." + Identifiers.quote(name.substring(schema.length() + 1));
    }
}
