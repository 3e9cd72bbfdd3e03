package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.NoConnectionException;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.postgres.PostgresSql;
import dev.optionsdeep.migrate.postgres.Statement;

import java.util.ArrayList;
import java.util.List;

/**
 * A revision's code run once, without a database, for one direction: the steps it asks for, each
 * with the SQL Migrate renders for it. One reading serves the checks before a move (its risks),
 * the checksum the history records and, when the reading is complete, the run itself, which then
 * executes exactly the steps the checksum covers without running the code again.
 *
 * @param migration  the instance that was read; a run of an incomplete reading calls it again, live
 * @param changes    the steps read, up to a stop
 * @param statements the SQL of each step, in the same order
 * @param stop       why the reading stopped before the end (the code asked for {@code ops.connection()}, or
 *                   threw); null when it is complete
 */
record ReadAhead(Migration migration, List<Change> changes, List<List<Statement>> statements, RuntimeException stop) {

    ReadAhead {
        changes = List.copyOf(changes);
        statements = List.copyOf(statements);
    }

    static ReadAhead of(Migration migration, boolean upgrade) {
        List<Change> changes = new ArrayList<>();
        Operations ops = new Operations(changes::add, null);
        RuntimeException stop = null;
        try {
            if (upgrade) {
                migration.upgrade(ops);
            } else {
                migration.downgrade(ops);
            }
        } catch (RuntimeException e) {
            stop = e;
        }
        List<List<Statement>> statements = new ArrayList<>();
        for (Change change : changes) {
            statements.add(PostgresSql.statements(change));
        }
        return new ReadAhead(migration, changes, statements, stop);
    }

    boolean complete() {
        return stop == null;
    }

    boolean usesConnection() {
        return stop instanceof NoConnectionException;
    }

    /** The steps in the canonical form the checksum covers, with a last step that says why a reading stopped. */
    RevisionSteps steps() {
        List<RevisionSteps.Step> steps = new ArrayList<>(changes.size() + 1);
        for (int i = 0; i < changes.size(); i++) {
            List<Statement> rendered = statements.get(i);
            String[] sql = new String[rendered.size()];
            for (int s = 0; s < sql.length; s++) {
                sql[s] = rendered.get(s).sql();
            }
            steps.add(new RevisionSteps.Step(changes.get(i).describe(), List.of(sql)));
        }
        if (stop != null) {
            String why = usesConnection() ? RevisionSteps.USES_CONNECTION : RevisionSteps.UNREADABLE;
            steps.add(new RevisionSteps.Step(why, List.of("-- " + why)));
        }
        return new RevisionSteps(steps, stop == null);
    }
}
