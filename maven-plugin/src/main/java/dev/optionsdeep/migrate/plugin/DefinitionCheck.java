package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.executor.ConnectionSettings;
import dev.optionsdeep.migrate.executor.Connections;
import dev.optionsdeep.migrate.executor.DatabaseConnectionException;
import dev.optionsdeep.migrate.executor.DefinitionProbe;
import org.apache.maven.plugin.logging.Log;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * {@code migrate:revision}'s check of the column definitions Migrate keeps verbatim: when the
 * environment's database is reachable and at the new revision's parent, PostgreSQL judges them there
 * (in a transaction rolled back) and a refusal stops the revision; otherwise one line says they are
 * checked at upgrade. Generating a revision still needs no database.
 */
final class DefinitionCheck {

    private DefinitionCheck() {
    }

    /** @param settings the environment's connection settings for the database, or null when there are none */
    static void run(String db, ConnectionSettings settings, List<String> parents, List<Change> changes, Log log) {
        List<String> attributes = DefinitionProbe.attributes(changes);
        if (attributes.isEmpty()) {
            return;
        }
        String which = attributes.size() == 1 ? "the columnDefinition of " + attributes.get(0)
                : attributes.size() + " columnDefinitions (" + String.join(", ", attributes) + ")";
        DefinitionProbe.Outcome outcome;
        try {
            outcome = settings == null ? DefinitionProbe.Outcome.skipped("no environment gives its connection settings")
                    : probe(settings, parents, changes);
        } catch (DatabaseConnectionException | SQLException e) {
            outcome = DefinitionProbe.Outcome.skipped("its database is not reachable");
        }
        if (!outcome.refused().isEmpty()) {
            throw new ConfigurationException(db + ": nothing written. PostgreSQL refuses what Migrate keeps as written:\n  "
                    + String.join("\n  ", outcome.refused()) + "\nCorrect the columnDefinition, then run migrate:revision again.");
        }
        log.info(db + ": " + which + (outcome.probed() ? " passed PostgreSQL's check"
                : " will be checked by PostgreSQL at upgrade (" + outcome.reason() + ")"));
    }

    private static DefinitionProbe.Outcome probe(ConnectionSettings settings, List<String> parents, List<Change> changes)
            throws SQLException {
        try (Connection c = Connections.open(settings)) {
            return DefinitionProbe.run(c, parents, changes);
        }
    }
}
