package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.change.AlterColumn;
import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.change.DropColumn;
import dev.optionsdeep.migrate.change.DropTable;
import dev.optionsdeep.migrate.executor.ConnectionSettings;
import dev.optionsdeep.migrate.executor.Connections;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import dev.optionsdeep.migrate.migration.Revisions;
import dev.optionsdeep.migrate.postgres.Identifiers;
import dev.optionsdeep.migrate.schema.Table;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The steps of a planned move that may lose data, each with the rows it touches today: what an
 * upgrade or downgrade outside a protected environment says before it runs them. Steps whose
 * table is not there yet (created earlier in the same move) or that Migrate cannot read ahead
 * (code through {@code ops.connection()}) are left out: the protected-environment check names those.
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
                                + rows(c, step).map(n -> " (" + n + ")").orElse(""));
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

    /** How many rows the step touches, in words; empty when the table is not there yet or the step has no table. */
    private static Optional<String> rows(Connection c, Change step) {
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

    private static Optional<Long> count(Connection c, String sql) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return Optional.of(rs.getLong(1));
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /** A table as PostgreSQL reads it: {@code table} or {@code schema.table}, each part quoted where needed. */
    static String table(String name) {
        String schema = Table.schemaOf(name);
        return schema == null ? Identifiers.quote(name)
                : Identifiers.quote(schema) + "." + Identifiers.quote(name.substring(schema.length() + 1));
    }
}
