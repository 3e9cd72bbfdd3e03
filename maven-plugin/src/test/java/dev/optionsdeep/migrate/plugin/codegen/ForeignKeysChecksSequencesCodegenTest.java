package dev.optionsdeep.migrate.plugin.codegen;

import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.diff.SchemaDiff;
import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.plugin.codegen.support.InMemoryCompiler;
import dev.optionsdeep.migrate.schema.CheckConstraint;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Foreign keys, checks and sequences render as readable ops calls that replay as the same changes. */
class ForeignKeysChecksSequencesCodegenTest {

    private static final Schema SHOP = new Schema(List.of(
            new Table("customers", List.of(new Column("id", SqlTypes.BIGINT, false, false)),
                    new PrimaryKey("customers_pkey", List.of("id")), List.of(), List.of()),
            new Table("orders", List.of(new Column("id", SqlTypes.BIGINT, false, false),
                    new Column("customer_id", SqlTypes.BIGINT, false, false), Column.of("status", SqlTypes.varchar(10))),
                    new PrimaryKey("orders_pkey", List.of("id")), List.of(), List.of(),
                    List.of(new ForeignKey("orders_customer_id_fkey", List.of("customer_id"), "customers", List.of("id"), "CASCADE")),
                    List.of(new CheckConstraint("orders_status_check", "((status)::text <> ''::text)")))),
            List.of(new Sequence("orders_seq", 1, 50)));

    @Test
    void generatedCodeReadsWellAndReplaysExactly() {
        List<Change> upgrade = SchemaDiff.between(Schema.EMPTY, SHOP);
        List<Change> downgrade = SchemaDiff.inverse(upgrade);
        RevisionSpec spec = new RevisionSpec("db.migration.shop", "V20261124_040000_CreateShop", "abcdefabcdef", List.of(),
                "Create shop", Instant.parse("2026-11-24T04:00:00Z"), upgrade, downgrade);

        String rendered = MigrationSource.render(spec);
        String source = rendered.replaceAll("\\s+", " "); // wherever JavaPoet wraps a long line

        assertTrue(source.contains("ops.createSequence(\"orders_seq\", 1L, 50L);"), source);
        assertTrue(source.contains("check(\"orders_status_check\", \"((status)::text <> ''::text)\"));"), source);
        assertTrue(source.contains("ops.addForeignKey(\"orders\", foreignKey(\"orders_customer_id_fkey\", \"customer_id\")"
                + ".references(\"customers\", \"id\").onDelete(\"CASCADE\"));"), source);
        assertTrue(source.contains("ops.dropForeignKey(\"orders\", foreignKey("), source);
        assertTrue(source.contains("ops.dropSequence(\"orders_seq\", 1L, 50L);"), source);

        Migration migration = InMemoryCompiler.instantiate(spec.qualifiedClassName(), rendered, Migration.class);
        assertEquals(upgrade, Operations.stepsOf(migration, true));
        assertEquals(downgrade, Operations.stepsOf(migration, false));
    }

    @Test
    void aSequenceInANamedSchemaRendersQualifiedAndReplaysWithItsSchema() {
        Schema before = new Schema(List.of(), List.of(new Sequence("inventory.shelf_ids", 1, 10)));
        Schema after = new Schema(List.of(), List.of(new Sequence("inventory.shelf_ids", 1, 20)));
        List<Change> upgrade = SchemaDiff.between(Schema.EMPTY, before);
        upgrade = new java.util.ArrayList<>(upgrade);
        upgrade.addAll(SchemaDiff.between(before, after));
        List<Change> downgrade = SchemaDiff.inverse(upgrade);
        RevisionSpec spec = new RevisionSpec("db.migration.shop", "V20261206_010000_Shelves", "abcdefabcdef", List.of(),
                "Shelves", Instant.parse("2026-12-06T01:00:00Z"), upgrade, downgrade);

        String rendered = MigrationSource.render(spec);
        String source = rendered.replaceAll("\\s+", " ");

        assertTrue(source.contains("ops.createSequence(\"inventory.shelf_ids\", 1L, 10L);"), source);
        assertTrue(source.contains("ops.alterSequence(\"inventory.shelf_ids\", 1L, 10L, 1L, 20L);"), source);
        assertTrue(source.contains("ops.dropSequence(\"inventory.shelf_ids\", 1L, 10L);"), source);
        Migration migration = InMemoryCompiler.instantiate(spec.qualifiedClassName(), rendered, Migration.class);
        assertEquals(upgrade, Operations.stepsOf(migration, true));
        assertEquals(downgrade, Operations.stepsOf(migration, false));
    }
}
