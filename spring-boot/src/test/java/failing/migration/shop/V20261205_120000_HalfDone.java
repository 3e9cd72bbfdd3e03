package failing.migration.shop;

import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.Revision;

import static dev.optionsdeep.migrate.migration.Definitions.column;

/** Creates a table, then fails: the whole revision rolls back. */
@Revision(id = "9e8d7c6b5a41", message = "Half done", created = "2026-12-05T12:00:00Z")
public final class V20261205_120000_HalfDone implements Migration {

    @Override
    public void upgrade(Operations ops) {
        ops.createTable("companies", column("id", "bigint").identity());
        ops.execute("INSERT INTO no_such_table VALUES (1)");
    }

    @Override
    public void downgrade(Operations ops) {
        ops.dropTable("companies", column("id", "bigint").identity());
    }
}
