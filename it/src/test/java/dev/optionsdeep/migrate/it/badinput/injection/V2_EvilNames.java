package dev.optionsdeep.migrate.it.badinput.injection;

import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.Revision;

import static dev.optionsdeep.migrate.migration.Definitions.column;

/** Every name and comment carries a quote, a semicolon and a DROP; the last step fails on purpose. */
@Revision(id = "1e0000000002", parents = "1e0000000001", message = "Names with '); DELETE FROM migrate_history; --")
public final class V2_EvilNames implements Migration {

    @Override
    public void upgrade(Operations ops) {
        ops.createTable("a\"b; DROP TABLE companies; --", column("名前'); DROP TABLE companies; --", "text"));
        ops.alterTableComment("companies", null, "it's; DROP TABLE companies; --");
        ops.addColumn("companies", column("x\" text); DROP TABLE companies; --", "text"));
        ops.execute("INSERT INTO companies (name) VALUES ('O''Brien; DROP TABLE companies; --')");
        ops.createTable("a\"b; DROP TABLE companies; --", column("id", "bigint"));
    }

    @Override
    public void downgrade(Operations ops) {
    }
}
