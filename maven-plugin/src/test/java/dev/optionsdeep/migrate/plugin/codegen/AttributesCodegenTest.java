package dev.optionsdeep.migrate.plugin.codegen;

import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.diff.SchemaDiff;
import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.plugin.codegen.support.InMemoryCompiler;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Sequence;
import dev.optionsdeep.migrate.schema.SqlTypes;
import dev.optionsdeep.migrate.schema.Table;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Defaults, comments, primary key and sequence changes and named schemas as golden migration source. */
class AttributesCodegenTest {

    private static final Column ID = new Column("id", SqlTypes.BIGINT, false, false);
    private static final Column STATUS = new Column("status", SqlTypes.varchar(20), false, false,
            "'new'::character varying", "where the order is");

    private static final Schema BEFORE = new Schema(List.of(
            new Table("customers", List.of(ID, Column.of("region", SqlTypes.TEXT)),
                    new PrimaryKey("customers_pkey", List.of("id")), List.of(), List.of())),
            List.of(new Sequence("orders_seq", 1, 50)));

    private static final Schema AFTER = new Schema(List.of(
            new Table("customers", List.of(ID, Column.of("region", SqlTypes.TEXT).withDefault("'EU'::text")),
                    new PrimaryKey("customers_key", List.of("id")), List.of(), List.of()).withComment("who buys"),
            new Table("sales.orders", List.of(ID, new Column("customer_id", SqlTypes.BIGINT, false, false), STATUS),
                    new PrimaryKey("orders_pkey", List.of("id")), List.of(), List.of(),
                    List.of(new ForeignKey("orders_customer_id_fkey", List.of("customer_id"), "customers", List.of("id"))),
                    List.of(), "orders placed")),
            List.of(new Sequence("orders_seq", 1, 10)));

    @Test
    void generatedCodeReadsWellAndReplaysExactly() {
        List<Change> upgrade = SchemaDiff.between(BEFORE, AFTER);
        List<Change> downgrade = SchemaDiff.inverse(upgrade);
        RevisionSpec spec = new RevisionSpec("db.migration.shop", "V20261124_050000_Attributes", "abcdefabcdef",
                List.of("0123456789ab"), "Attributes", Instant.parse("2026-11-24T05:00:00Z"), upgrade, downgrade);

        String rendered = MigrationSource.render(spec);
        assertEquals("""
                    @Override
                    public void upgrade(Operations ops) {
                        ops.dropPrimaryKey("customers_pkey", "customers", "id");
                        ops.createSchema("sales");
                        ops.alterSequence("orders_seq", 1L, 50L, 1L, 10L);
                        ops.createTable("sales.orders",
                                column("id", "bigint").notNull(),
                                column("customer_id", "bigint").notNull(),
                                column("status", "character varying(20)").notNull().defaultValue("'new'::character varying").comment("where the order is"),
                                primaryKey("orders_pkey", "id"),
                                tableComment("orders placed"));
                        ops.alterColumn("customers", column("region", "text"),
                                column("region", "text").defaultValue("'EU'::text"));
                        ops.addPrimaryKey("customers_key", "customers", "id");
                        ops.alterTableComment("customers", null, "who buys");
                        ops.addForeignKey("sales.orders",
                                foreignKey("orders_customer_id_fkey", "customer_id").references("customers", "id"));
                    }

                    @Override
                    public void downgrade(Operations ops) {
                        ops.dropForeignKey("sales.orders",
                                foreignKey("orders_customer_id_fkey", "customer_id").references("customers", "id"));
                        ops.alterTableComment("customers", "who buys", null);
                        ops.dropPrimaryKey("customers_key", "customers", "id");
                        ops.alterColumn("customers", column("region", "text").defaultValue("'EU'::text"),
                                column("region", "text"));
                        ops.dropTable("sales.orders",
                                column("id", "bigint").notNull(),
                                column("customer_id", "bigint").notNull(),
                                column("status", "character varying(20)").notNull().defaultValue("'new'::character varying").comment("where the order is"),
                                primaryKey("orders_pkey", "id"),
                                tableComment("orders placed"));
                        ops.alterSequence("orders_seq", 1L, 10L, 1L, 50L);
                        ops.dropSchema("sales");
                        ops.addPrimaryKey("customers_pkey", "customers", "id");
                    }
                """, rendered.substring(rendered.indexOf("    @Override"), rendered.lastIndexOf("}")));
        assertEquals(true, rendered.contains("import static dev.optionsdeep.migrate.migration.Definitions.tableComment;"));

        Migration migration = InMemoryCompiler.instantiate(spec.qualifiedClassName(), rendered, Migration.class);
        assertEquals(upgrade, Operations.stepsOf(migration, true));
        assertEquals(downgrade, Operations.stepsOf(migration, false));
    }
}
