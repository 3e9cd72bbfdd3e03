package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.migration.Plans.Move;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import dev.optionsdeep.migrate.postgres.Literals;
import dev.optionsdeep.migrate.postgres.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes the text of an SQL script: what a live run would do, statement for statement, for a DBA to
 * review and run with {@code psql -v ON_ERROR_STOP=1 -f …}. Each revision's statements commit
 * together with its version and history rows, as in a live run; a statement that cannot run in a
 * transaction goes between transactions. The whole script holds the same advisory lock as a live
 * run, so it never interleaves with one.
 */
final class ScriptWriter {

    private ScriptWriter() {
    }

    /** What a script runs for one revision, and the checksum its history row records. */
    record RevisionSql(List<Statement> statements, Checksum checksum) {

        RevisionSql {
            statements = List.copyOf(statements);
        }
    }

    static String render(String database, boolean upgrade, List<String> from, List<String> to, List<Move> moves,
                         Function<Move, RevisionSql> statements) {
        List<String> out = new ArrayList<>();
        String direction = upgrade ? "upgrade" : "downgrade";
        out.add("-- Migrate: " + direction + " of database " + database + " from " + Migrator.describe(from) + " to "
                + Migrator.describe(to) + " (" + moves.size() + " revision" + (moves.size() == 1 ? "" : "s") + ").");
        out.add("-- Run it with: psql -v ON_ERROR_STOP=1 -f <this file> <database>");
        out.add("-- Each revision commits together with its rows in " + VersionTables.VERSION + " and "
                + VersionTables.HISTORY + ".");
        out.add("");
        out.add("SELECT pg_advisory_lock(" + AdvisoryLock.KEY + ");");
        out.add("");
        VersionTables.CREATE.forEach(sql -> out.add(sql + ";\n"));
        for (Move move : moves) {
            revision(out, move, statements.apply(move));
        }
        out.add("SELECT pg_advisory_unlock(" + AdvisoryLock.KEY + ");");
        return String.join("\n", out) + "\n";
    }

    private static void revision(List<String> out, Move move, RevisionSql sql) {
        RevisionInfo r = move.revision();
        String direction = move.upgrade() ? "upgrade" : "downgrade";
        out.add("-- " + (move.upgrade() ? "Upgrading " : "Downgrading ") + Migrator.describe(move.from()) + " -> "
                + Migrator.describe(move.to()) + ", " + r.message().replace("\n", " "));
        boolean inTransaction = false;
        for (Statement s : sql.statements()) {
            if (s.transactional() && !inTransaction) {
                out.add("BEGIN;\n");
                inTransaction = true;
            } else if (!s.transactional() && inTransaction) {
                out.add("COMMIT;\n");
                inTransaction = false;
            }
            if (!s.transactional()) {
                out.add("-- cannot run inside a transaction:");
            }
            out.add(terminated(s.sql()) + "\n");
        }
        if (!inTransaction) {
            out.add("BEGIN;\n");
        }
        List<String> removed = move.from().stream().filter(id -> !move.to().contains(id)).toList();
        List<String> added = move.to().stream().filter(id -> !move.from().contains(id)).toList();
        if (!removed.isEmpty()) {
            out.add("DELETE FROM " + VersionTables.VERSION + " WHERE revision IN ("
                    + String.join(", ", removed.stream().map(Literals::string).toList()) + ");");
        }
        for (String id : added) {
            out.add("INSERT INTO " + VersionTables.VERSION + " (revision) VALUES (" + Literals.string(id) + ");");
        }
        out.add("INSERT INTO " + VersionTables.HISTORY
                + " (revision, direction, from_revisions, to_revisions, message, checksum, checksum_steps, duration_ms)\n"
                + "VALUES (" + String.join(", ", Literals.string(r.id()), Literals.string(direction),
                Literals.string(VersionTables.joined(move.from())), Literals.string(VersionTables.joined(move.to())),
                Literals.string(r.message()), Literals.string(sql.checksum().value()),
                Literals.string(sql.checksum().stepsText()), "0") + ");");
        out.add("");
        out.add("COMMIT;\n");
    }

    /** A statement with exactly one semicolon at its end, as psql needs to run it. */
    private static String terminated(String sql) {
        String text = sql.strip();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        return text + ";";
    }
}
