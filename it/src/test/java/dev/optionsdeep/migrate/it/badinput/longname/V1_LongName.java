package dev.optionsdeep.migrate.it.badinput.longname;

import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.Revision;

import static dev.optionsdeep.migrate.migration.Definitions.column;

@Revision(id = "10000000000a", message = "A table with a long name")
public final class V1_LongName implements Migration {

    @Override
    public void upgrade(Operations ops) {
        ops.createTable("companies_with_a_name_far_longer_than_postgresql_keeps_for_any_identifier", column("id", "bigint"));
    }

    @Override
    public void downgrade(Operations ops) {
    }
}
