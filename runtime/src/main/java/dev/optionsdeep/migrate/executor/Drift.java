package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.Log;
import dev.optionsdeep.migrate.drift.DriftReport;
import dev.optionsdeep.migrate.drift.SchemaDrift;
import dev.optionsdeep.migrate.introspect.Introspection;
import dev.optionsdeep.migrate.introspect.SchemaReader;
import dev.optionsdeep.migrate.migration.Revisions;
import dev.optionsdeep.migrate.schema.Schema;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Compares a live database with the schema its revisions give it: introspects the schema the
 * database's tables live in (and the named schemas the expected one uses), under the same lock as
 * upgrade, so that a migration half-way is never taken for drift.
 */
public final class Drift {

    private final ConnectionFactory connections;
    private final Revisions revisions;
    private final Log log;
    private final Duration lockTimeout;

    public Drift(ConnectionFactory connections, Revisions revisions, Log log, Duration lockTimeout) {
        this.connections = connections;
        this.revisions = revisions;
        this.log = log;
        this.lockTimeout = lockTimeout;
    }

    public Drift(ConnectionSettings settings, Revisions revisions, Log log, Duration lockTimeout) {
        this(ConnectionFactory.of(settings), revisions, log, lockTimeout);
    }

    /**
     * @param expectedAt the schema a database at the given revisions should have (empty list: base),
     *                   usually from the revisions' snapshots
     */
    public DriftReport check(Function<List<String>, Schema> expectedAt) {
        return UnderLock.run(connections, lockTimeout, log, c -> {
            List<String> heads = new Migrator(connections, revisions, log, lockTimeout).knownHeads(c, revisions.graph());
            Schema expected = expectedAt.apply(heads);
            String schema = Jdbc.scalar(c, "SELECT current_schema()", String.class);
            Introspection found = new SchemaReader(schema == null ? SchemaReader.DEFAULT_SCHEMA : schema,
                    SchemaReader.MIGRATE_TABLES).withNamedSchemasOf(expected).read(c);
            return new DriftReport(heads, SchemaDrift.between(expected, found.schema()), found.unsupported());
        });
    }
}
