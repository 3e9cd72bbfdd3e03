package dev.optionsdeep.migrate.it.badinput.throwing;

import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.Revision;

import static dev.optionsdeep.migrate.migration.Definitions.column;
import static dev.optionsdeep.migrate.migration.Definitions.primaryKey;

@Revision(id = "7a0000000001", message = "Create companies")
public final class V1_CreateCompanies implements Migration {

    @Override
    public void upgrade(Operations ops) {
        ops.createTable("companies", column("id", "bigint").identity(), column("name", "character varying(100)"),
                primaryKey("companies_pkey", "id"));
    }

    @Override
    public void downgrade(Operations ops) {
        ops.dropTable("companies", column("id", "bigint").identity(), column("name", "character varying(100)"),
                primaryKey("companies_pkey", "id"));
    }
}
