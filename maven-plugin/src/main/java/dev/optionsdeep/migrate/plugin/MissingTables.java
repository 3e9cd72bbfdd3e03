package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.executor.ConnectionSettings;
import dev.optionsdeep.migrate.executor.Connections;
import dev.optionsdeep.migrate.schema.Table;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The tables of a schema that a database does not have: what {@code migrate:stamp} looks for after
 * recording a revision, since a stamp says "the schema is already there" without running anything.
 */
final class MissingTables {

    private MissingTables() {
    }

    /** The names, as the model gives them, of the tables the database lacks (looked up as its search path resolves them). */
    static List<String> of(ConnectionSettings settings, Collection<Table> tables) throws SQLException {
        List<String> missing = new ArrayList<>();
        try (Connection c = Connections.open(settings); PreparedStatement s = c.prepareStatement("SELECT to_regclass(?)")) {
            for (Table t : tables) {
                s.setString(1, DataAtRisk.table(t.name()));
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next() && rs.getString(1) == null) {
                        missing.add(t.name());
                    }
                }
            }
        }
        return missing;
    }
}
