package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.change.AddColumn;
import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.change.CreateTable;
import dev.optionsdeep.migrate.postgres.Identifiers;
import dev.optionsdeep.migrate.schema.Column;

import java.sql.SQLException;
import java.util.List;

/**
 * Names the attribute behind a statement PostgreSQL refused, when the statement carries column
 * definitions Migrate kept verbatim: Migrate could not judge those, so they are the likely cause.
 * With several in one statement, the error's position picks the one it points into; without a
 * position, all are named.
 */
final class VerbatimFailures {

    private VerbatimFailures() {
    }

    /** The verbatim columns a change writes into its statements: the ones it creates. */
    static List<Column> of(Change change) {
        if (change instanceof CreateTable t) {
            return t.table().columns().stream().filter(c -> c.verbatim() != null).toList();
        }
        if (change instanceof AddColumn a && a.column().verbatim() != null) {
            return List.of(a.column());
        }
        return List.of();
    }

    /**
     * {@code com.acme.Order#total: columnDefinition "…" failed on PostgreSQL: <server message>}, one line per
     * definition named, or null when the change carries none.
     */
    static String describe(Change change, String sql, SQLException e) {
        List<Column> columns = of(change);
        if (columns.isEmpty()) {
            return null;
        }
        int position = position(e);
        List<Column> pointed = columns.stream().filter(c -> contains(sql, c, position)).toList();
        String server = serverMessage(e);
        return String.join("\n", (pointed.isEmpty() ? columns : pointed).stream()
                .map(c -> c.verbatim().failure(server)).toList());
    }

    /** Whether the 1-based {@code position} lies inside the column's text in the statement. */
    private static boolean contains(String sql, Column column, int position) {
        String text = Identifiers.quote(column.name()) + " " + column.verbatim().sql();
        int start = sql.indexOf(text);
        return position > 0 && start >= 0 && position > start && position <= start + text.length();
    }

    private static int position(SQLException e) {
        if (e instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null) {
            return p.getServerErrorMessage().getPosition();
        }
        return 0;
    }

    /** PostgreSQL's own words, without the driver's "ERROR:" and position lines. */
    static String serverMessage(SQLException e) {
        if (e instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null
                && p.getServerErrorMessage().getMessage() != null) {
            return p.getServerErrorMessage().getMessage();
        }
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("").replaceFirst("^ERROR: ", "");
    }
}
