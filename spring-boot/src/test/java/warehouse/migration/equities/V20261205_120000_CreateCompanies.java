package warehouse.migration.equities;

import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.Revision;

import static dev.optionsdeep.migrate.migration.Definitions.column;

@Revision(id = "1b2c3d4e5f60", message = "Create companies", created = "2026-12-05T12:00:00Z")
public final class V20261205_120000_CreateCompanies implements Migration {

    @Override
    public void upgrade(Operations ops) {
        ops.createTable("companies", column("id", "bigint").identity());
    }

    @Override
    public void downgrade(Operations ops) {
        ops.dropTable("companies", column("id", "bigint").identity());
    }
}
