package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.executor.ConnectionSettings;
import dev.optionsdeep.migrate.executor.Connections;
import dev.optionsdeep.migrate.executor.SchemaProbe;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import dev.optionsdeep.migrate.migration.Revisions;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of a planned move that may lose data, each with the rows it touches today: what an
 * upgrade or downgrade outside a protected environment says before it runs them. A step whose
 * table is not there yet (created earlier in the same move) is listed without a count; a revision
 * Migrate cannot read ahead (code through {@code ops.connection()}) is left out, as it runs unread.
 */
final class DataAtRisk {

    private DataAtRisk() {
    }

    /** One line per data-losing step: {@code revision ae1027 (Drop sector): drop column companies.sector … (3 rows hold a value)}. */
    static List<String> of(ConnectionSettings settings, Revisions revisions, List<RevisionInfo> plan, boolean upgrade) {
        List<String> lines = new ArrayList<>();
        try (Connection c = Connections.open(settings)) {
            c.setAutoCommit(true);
            for (RevisionInfo r : plan) {
                for (Change step : steps(revisions, r, upgrade)) {
                    if (step.losesData()) {
                        lines.add("revision " + r.id() + " (" + r.message() + "): " + step.describe()
                                + SchemaProbe.rowsTouched(c, step).map(n -> " (" + n + ")").orElse(""));
                    }
                }
            }
        } catch (SQLException e) {
            return lines;
        }
        return lines;
    }

    private static List<Change> steps(Revisions revisions, RevisionInfo r, boolean upgrade) {
        try {
            return Operations.stepsOf(revisions.migration(r.id()), upgrade);
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
