package dev.optionsdeep.migrate.plugin.codegen;

import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.diff.SchemaDiff;
import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.plugin.codegen.support.InMemoryCompiler;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.SqlTypes;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.Verbatim;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A column definition kept verbatim: its raw text and attribute readable in the revision, replayed exactly. */
class VerbatimCodegenTest {

    private static final Column ID = new Column("id", SqlTypes.BIGINT, false, false);

    private static Table orders(Column code) {
        return new Table("orders", List.of(ID, code), new PrimaryKey("orders_pkey", List.of("id")), List.of(), List.of());
    }

    @Test
    void aChangedDefinitionIsDroppedAndAddedAgainAndItsTextReadsInTheRevision() {
        Column before = new Column("code", SqlTypes.TEXT, false, false)
                .withVerbatim(new Verbatim("text collate \"C\" not null", "com.acme.Order#code"));
        Column after = new Column("code", "public.code_domain", true, false)
                .withVerbatim(new Verbatim("public.code_domain", "com.acme.Order#code"));
        List<Change> upgrade = SchemaDiff.between(new Schema(List.of(orders(before))), new Schema(List.of(orders(after))));
        List<Change> downgrade = SchemaDiff.inverse(upgrade);
        RevisionSpec spec = new RevisionSpec("db.migration.shop", "V20261205_190000_Code_domain", "abcdefabcdef",
                List.of("0123456789ab"), "Code domain", Instant.parse("2026-12-05T19:00:00Z"), upgrade, downgrade);

        String rendered = MigrationSource.render(spec);
        assertEquals("""
                    @Override
                    public void upgrade(Operations ops) {
                        ops.dropColumn("orders", column("code", "text").notNull()
                                .verbatim("text collate \\"C\\" not null", "com.acme.Order#code"));
                        ops.addColumn("orders", column("code", "public.code_domain")
                                .verbatim("public.code_domain", "com.acme.Order#code"));
                    }

                    @Override
                    public void downgrade(Operations ops) {
                        ops.dropColumn("orders", column("code", "public.code_domain")
                                .verbatim("public.code_domain", "com.acme.Order#code"));
                        ops.addColumn("orders", column("code", "text").notNull()
                                .verbatim("text collate \\"C\\" not null", "com.acme.Order#code"));
                    }
                """, rendered.substring(rendered.indexOf("    @Override"), rendered.lastIndexOf("}")));

        Migration migration = InMemoryCompiler.instantiate(spec.qualifiedClassName(), rendered, Migration.class);
        assertEquals(upgrade, Operations.stepsOf(migration, true));
        assertEquals(downgrade, Operations.stepsOf(migration, false));
        // Equality of a verbatim definition is its text: the attribute must survive the round trip too.
        assertEquals("com.acme.Order#code", ((dev.optionsdeep.migrate.change.AddColumn) Operations.stepsOf(migration, true)
                .get(1)).column().verbatim().attribute());
    }
}
