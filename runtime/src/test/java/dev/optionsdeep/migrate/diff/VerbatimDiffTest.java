package dev.optionsdeep.migrate.diff;

import dev.optionsdeep.migrate.change.AddColumn;
import dev.optionsdeep.migrate.change.AlterColumn;
import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.change.DropColumn;
import dev.optionsdeep.migrate.postgres.PostgresSql;
import dev.optionsdeep.migrate.postgres.Statement;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.SqlTypes;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.Verbatim;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Columns kept verbatim: compared by their text (not by the attribute that wrote it), written as the text,
 * dropped and added again when the text changes, which needs the user's word as the data goes.
 */
class VerbatimDiffTest {

    private static final Column ID = new Column("id", SqlTypes.BIGINT, false, false);
    private static final Column CODE = new Column("code", SqlTypes.TEXT, false, false)
            .withVerbatim(new Verbatim("text collate \"C\" not null", "com.acme.Order#code"));
    private static final Column CODE_POSIX = CODE.withVerbatim(new Verbatim("text collate \"POSIX\" not null",
            "com.acme.Order#code"));

    private static Schema orders(Column... columns) {
        List<Column> all = new java.util.ArrayList<>(List.of(ID));
        all.addAll(List.of(columns));
        return new Schema(List.of(new Table("orders", all, new PrimaryKey("orders_pkey", List.of("id")), List.of(),
                List.of())));
    }

    @Test
    void aVerbatimColumnIsWrittenAsItsTextAfterTheName() {
        List<Statement> create = PostgresSql.statements(SchemaDiff.between(Schema.EMPTY, orders(CODE)));
        assertEquals("CREATE TABLE orders (\n    id bigint NOT NULL,\n    code text collate \"C\" not null,\n"
                + "    CONSTRAINT orders_pkey PRIMARY KEY (id)\n)", create.get(0).sql());
        assertEquals("ALTER TABLE orders ADD COLUMN code text collate \"C\" not null",
                PostgresSql.statements(new AddColumn("orders", CODE)).get(0).sql());
        assertEquals("add column orders.code text collate \"C\" not null", new AddColumn("orders", CODE).describe());
    }

    @Test
    void theSameTextFromAnotherAttributeIsNoChange() {
        Column renamedAttribute = CODE.withVerbatim(new Verbatim(CODE.verbatim().sql(), "com.acme.Order#shortCode"));
        assertEquals(List.of(), SchemaDiff.between(orders(CODE), orders(renamedAttribute)));
    }

    @Test
    void aChangedTextIsDroppedAndAddedAgainOnceTheUserConfirms() {
        assertEquals(List.of(new DropColumn("orders", CODE), new AddColumn("orders", CODE_POSIX)),
                SchemaDiff.between(orders(CODE), orders(CODE_POSIX)));
        // So is a modelled column that becomes verbatim.
        Column plain = new Column("code", SqlTypes.TEXT, false, false);
        assertEquals(List.of(new DropColumn("orders", plain), new AddColumn("orders", CODE)),
                SchemaDiff.between(orders(plain), orders(CODE)));

        NeedsIntentException e = assertThrows(NeedsIntentException.class, () -> Autogenerate.changes(orders(CODE),
                orders(CODE_POSIX), RenameHints.NONE, Autogenerate.Confirmations.NONE));
        assertEquals(List.of("orders.code"), e.recreatedColumns());
        assertEquals(List.of(), e.likelyRenames(), "a column added again under its own name is no rename");

        Autogenerate.Result confirmed = Autogenerate.changes(orders(CODE), orders(CODE_POSIX), RenameHints.NONE,
                new Autogenerate.Confirmations(Set.of("orders.code"), Set.of()));
        assertEquals(List.of(new DropColumn("orders", CODE), new AddColumn("orders", CODE_POSIX)), confirmed.changes());
    }

    @Test
    void aNotNullVerbatimColumnAddedToATableIsLeftToPostgresql() {
        // Its text may hold a default or a generation Migrate cannot see: PostgreSQL says at upgrade.
        Autogenerate.Result result = Autogenerate.changes(orders(), orders(CODE), RenameHints.NONE,
                Autogenerate.Confirmations.NONE);
        assertEquals(List.of(new AddColumn("orders", CODE)), result.changes());
    }

    @Test
    void aCommentOnAVerbatimColumnIsAlteredInPlace() {
        Column commented = CODE.withComment("the short code");
        List<Change> changes = SchemaDiff.between(orders(CODE), orders(commented));
        assertEquals(List.of(new AlterColumn("orders", CODE, commented)), changes);
        assertEquals(List.of("COMMENT ON COLUMN orders.code IS 'the short code'"),
                PostgresSql.statements(changes).stream().map(Statement::sql).toList());
    }
}
