package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.change.DropColumn;
import dev.optionsdeep.migrate.change.DropTable;
import dev.optionsdeep.migrate.change.ExecuteSql;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import dev.optionsdeep.migrate.postgres.Identifiers;
import dev.optionsdeep.migrate.postgres.PostgresSql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What in a planned move needs a confirmation in a protected environment, read under the migration
 * lock so that it describes the move that will really run: each step that may lose data, with the
 * values it would drop from the database as it is now; each step Migrate cannot check ahead (SQL it
 * cannot classify, JDBC code); and for a downgrade, each reverted revision.
 *
 * @param risks one line per finding, in the user's words
 * @param drops the steps that may lose data, with what they hold today: every run warns of them once
 */
record PlanRisks(List<String> risks, List<String> drops) {

    /** Counting stops here: enough to say how much is at stake without reading a whole large table. */
    private static final int COUNT_LIMIT = 1_000_000;

    /** @param read each planned revision's code, read once for the whole run (see {@link ReadAhead}) */
    static PlanRisks of(Connection c, List<RevisionInfo> plan, Map<String, ReadAhead> read, boolean upgrade) throws SQLException {
        List<String> risks = new ArrayList<>();
        List<String> drops = new ArrayList<>();
        for (RevisionInfo r : plan) {
            String name = "revision " + r.id() + " (" + r.message() + ")";
            if (!upgrade) {
                risks.add("downgrade reverts " + name);
            }
            ReadAhead steps = read.get(r.id());
            if (steps.usesConnection()) {
                risks.add(name + " runs code through ops.connection(), which Migrate cannot check before it runs");
                continue;
            } else if (!steps.complete()) {
                risks.add(name + " could not be read ahead (" + steps.stop() + "), so Migrate cannot check it before it runs");
                continue;
            }
            for (Change step : steps.changes()) {
                if (step.losesData()) {
                    String held = held(c, step);
                    drops.add(name + ": " + step.describe() + held);
                    risks.add(name + " may lose data: " + step.describe() + held);
                } else if (step instanceof ExecuteSql e && !e.knownAdditive()) {
                    risks.add(name + " runs SQL whose effect Migrate cannot classify: " + step.describe());
                }
            }
        }
        return new PlanRisks(List.copyOf(risks), List.copyOf(drops));
    }

    /** ", which holds N values" for a dropped column or table that holds data now; empty otherwise. */
    private static String held(Connection c, Change step) throws SQLException {
        String table;
        String where;
        if (step instanceof DropColumn d) {
            table = d.table();
            if (!columnExists(c, table, d.column().name())) {
                return "";
            }
            where = " WHERE " + Identifiers.quote(d.column().name()) + " IS NOT NULL";
        } else if (step instanceof DropTable d) {
            table = d.table().name();
            where = "";
        } else {
            return "";
        }
        if (!Jdbc.scalar(c, "SELECT to_regclass(?) IS NOT NULL", Boolean.class, PostgresSql.table(table))) {
            return "";
        }
        long n = Jdbc.scalar(c, "SELECT count(*) FROM (SELECT 1 FROM " + PostgresSql.table(table) + where + " LIMIT "
                + COUNT_LIMIT + ") s", Long.class);
        if (n == 0) {
            return "";
        }
        String what = step instanceof DropColumn ? " value" : " row";
        return ", which holds " + (n == COUNT_LIMIT ? "at least " : "") + n + what + (n == 1 ? "" : "s");
    }

    private static boolean columnExists(Connection c, String table, String column) throws SQLException {
        return Jdbc.scalar(c, "SELECT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass(?)"
                + " AND attname = ? AND NOT attisdropped)", Boolean.class, PostgresSql.table(table), column);
    }
}
