package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.postgres.Identifiers;
import dev.optionsdeep.migrate.schema.Table;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What the goals look up in a database before or after they act, without changing it: the tables a
 * stamped revision should have.
 */
public final class SchemaProbe {

    private SchemaProbe() {
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

    /** A table as PostgreSQL reads it: {@code table} or {@code schema.table}, each part quoted where needed. */
    private static String table(String name) {
        String schema = Table.schemaOf(name);
        return schema == null ? Identifiers.quote(name)
                : Identifiers.quote(schema) + "." + Identifiers.quote(name.substring(schema.length() + 1));
    }
}
