package dev.optionsdeep.migrate.it.badinput.throwing;

import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.Revision;

import static dev.optionsdeep.migrate.migration.Definitions.column;

/** Adds a column, then its own code fails: the column must not stay. */
@Revision(id = "7a0000000002", parents = "7a0000000001", message = "Convert prices to euros")
public final class V2_ConvertPrices implements Migration {

    @Override
    public void upgrade(Operations ops) {
        ops.addColumn("companies", column("price_eur", "numeric(18,4)"));
        throw new IllegalStateException("no exchange rate for GBP");
    }

    @Override
    public void downgrade(Operations ops) {
        ops.dropColumn("companies", column("price_eur", "numeric(18,4)"));
    }
}
