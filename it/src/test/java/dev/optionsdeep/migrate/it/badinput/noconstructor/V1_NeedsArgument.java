package dev.optionsdeep.migrate.it.badinput.noconstructor;

import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.Revision;

import static dev.optionsdeep.migrate.migration.Definitions.column;
import static dev.optionsdeep.migrate.migration.Definitions.primaryKey;

@Revision(id = "0000000000c1", message = "Needs an argument")
public final class V1_NeedsArgument implements Migration {

    private final String table;

    public V1_NeedsArgument(String table) {
        this.table = table;
    }

    @Override
    public void upgrade(Operations ops) {
        ops.createTable("companies", column("id", "bigint").identity(), column("name", "character varying(100)"),
                primaryKey("companies_pkey", "id"));
    }

    @Override
    public void downgrade(Operations ops) {
    }
}
