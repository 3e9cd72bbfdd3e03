package warehouse.migration.algorithms;

import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.Revision;

import static dev.optionsdeep.migrate.migration.Definitions.column;

@Revision(id = "2c3d4e5f6071", message = "Create strategies", created = "2026-12-05T12:00:00Z")
public final class V20261205_120000_CreateStrategies implements Migration {

    @Override
    public void upgrade(Operations ops) {
        ops.createTable("strategies", column("id", "bigint").identity());
    }

    @Override
    public void downgrade(Operations ops) {
        ops.dropTable("strategies", column("id", "bigint").identity());
    }
}
