package db.migration.shop;

import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.Revision;

import static dev.optionsdeep.migrate.migration.Definitions.column;
import static dev.optionsdeep.migrate.migration.Definitions.primaryKey;

/** The schema Hibernate's validate expects of {@code Company}. */
@Revision(id = "5a1c0e7b2d34", message = "Create companies", created = "2026-12-05T12:00:00Z")
public final class V20261205_120000_CreateCompanies implements Migration {

    @Override
    public void upgrade(Operations ops) {
        ops.createTable("companies",
                column("id", "bigint").identity(),
                column("ticker", "character varying(20)").notNull(),
                primaryKey("companies_pkey", "id"));
    }

    @Override
    public void downgrade(Operations ops) {
        ops.dropTable("companies",
                column("id", "bigint").identity(),
                column("ticker", "character varying(20)").notNull(),
                primaryKey("companies_pkey", "id"));
    }
}
