package dev.optionsdeep.migrate.it.badinput.shop;

import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.Revision;

import static dev.optionsdeep.migrate.migration.Definitions.column;

@Revision(id = "aaa000000002", parents = "aaa000000001", message = "Add ticker")
public final class V2_AddTicker implements Migration {

    @Override
    public void upgrade(Operations ops) {
        ops.addColumn("companies", column("ticker", "character varying(20)"));
    }

    @Override
    public void downgrade(Operations ops) {
        ops.dropColumn("companies", column("ticker", "character varying(20)"));
    }
}
