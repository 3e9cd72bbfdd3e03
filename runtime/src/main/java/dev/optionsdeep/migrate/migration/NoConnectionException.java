package dev.optionsdeep.migrate.migration;

/**
 * A migration asked for {@link Operations#connection()} while its steps were only being read (for
 * an SQL script, or to check them ahead of a run): its hand-written JDBC code cannot be shown or
 * written out, only run.
 */
public final class NoConnectionException extends IllegalStateException {

    NoConnectionException(String message) {
        super(message);
    }
}
