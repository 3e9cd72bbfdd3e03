package dev.optionsdeep.migrate.it.badinput.shop;

import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.Revision;

import static dev.optionsdeep.migrate.migration.Definitions.column;
import static dev.optionsdeep.migrate.migration.Definitions.primaryKey;

@Revision(id = "abb000000003", parents = "aaa000000002", message = "Create prices")
public final class V3_CreatePrices implements Migration {

    @Override
    public void upgrade(Operations ops) {
        ops.createTable("prices", column("id", "bigint"), primaryKey("prices_pkey", "id"));
    }

    @Override
    public void downgrade(Operations ops) {
        ops.dropTable("prices", column("id", "bigint"), primaryKey("prices_pkey", "id"));
    }
}
