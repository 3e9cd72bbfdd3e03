package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.postgres.PostgresSql;
import dev.optionsdeep.migrate.postgres.Statement;

import java.util.ArrayList;
import java.util.List;

/**
 * A revision's steps in one direction, read from its code without a database: the canonical form
 * its checksum covers. A revision that asks for {@code ops.connection()} has steps that depend on
 * the data; its reading stops there, with a last step that says so. So does one whose code throws
 * while being read.
 *
 * @param steps    each step in words with the SQL Migrate renders for it
 * @param complete whether every step was read (no stop at {@code ops.connection()} or an exception)
 */
record RevisionSteps(List<Step> steps, boolean complete) {

    static final String USES_CONNECTION = "runs its own JDBC code through ops.connection(); what follows is not checked";
    static final String UNREADABLE = "its code failed while being read ahead; what follows is not checked";

    /** One step: what it does in words, and its SQL (for a stop, a fixed marker). */
    record Step(String description, List<String> sql) {

        Step {
            sql = List.copyOf(sql);
        }
    }

    RevisionSteps {
        steps = List.copyOf(steps);
    }

    static RevisionSteps read(Migration migration, boolean upgrade) {
        return ReadAhead.of(migration, upgrade).steps();
    }

    /** The steps of changes read in full. */
    static RevisionSteps of(List<Change> changes) {
        List<Step> steps = new ArrayList<>();
        for (Change change : changes) {
            steps.add(new Step(change.describe(), PostgresSql.statements(change).stream().map(Statement::sql).toList()));
        }
        return new RevisionSteps(steps, true);
    }

    /** The SQL of every step, in order, as a live run executes it. */
    List<String> sql() {
        return steps.stream().flatMap(s -> s.sql().stream()).toList();
    }
}
