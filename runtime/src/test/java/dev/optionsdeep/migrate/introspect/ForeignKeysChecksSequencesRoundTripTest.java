package dev.optionsdeep.migrate.introspect;

import dev.optionsdeep.migrate.change.AddForeignKey;
import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.change.DropForeignKey;
import dev.optionsdeep.migrate.diff.SchemaDiff;
import dev.optionsdeep.migrate.postgres.PostgresSql;
import dev.optionsdeep.migrate.postgres.Statement;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.SqlTypes;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.snapshot.Snapshot;
import dev.optionsdeep.migrate.snapshot.SnapshotCodec;
import dev.optionsdeep.migrate.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static dev.optionsdeep.migrate.support.ShopFixture.shop;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Foreign keys (a cycle), check constraints and sequences: built, read back exactly, and taken down again. */
class ForeignKeysChecksSequencesRoundTripTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @Test
    void theShopSchemaIsBuiltReadBackAndRemoved() throws SQLException {
        List<Change> up = SchemaDiff.between(Schema.EMPTY, shop());
        run(up);
        assertEquals(new Introspection(shop(), List.of()), read());

        run(SchemaDiff.inverse(up));
        assertEquals(new Introspection(Schema.EMPTY, List.of()), read());
    }

    @Test
    void aKeyAndTheForeignKeyOverItChangeTypeTogether() throws SQLException {
        Schema before = keyed(SqlTypes.UUID);
        Schema after = keyed(SqlTypes.TEXT);
        run(SchemaDiff.between(Schema.EMPTY, before));
        try (Connection c = db.connect(); java.sql.Statement s = c.createStatement()) {
            s.execute("INSERT INTO accounts VALUES ('6f1c3a52-0d6b-4c7e-9a1e-2b8f7a9d0c11')");
            s.execute("INSERT INTO payments VALUES (1, '6f1c3a52-0d6b-4c7e-9a1e-2b8f7a9d0c11')");
        }

        // uuid to text on both sides: PostgreSQL refuses the foreign key between the two steps, so it goes
        // first and comes back last.
        List<Change> up = SchemaDiff.between(before, after);
        assertEquals(DropForeignKey.class, up.get(0).getClass(), up.toString());
        assertEquals(AddForeignKey.class, up.get(up.size() - 1).getClass(), up.toString());
        run(up);
        assertEquals(new Introspection(after, List.of()), read());
        run(SchemaDiff.inverse(up));
        assertEquals(new Introspection(before, List.of()), read());
        assertEquals(List.of("1|6f1c3a52-0d6b-4c7e-9a1e-2b8f7a9d0c11"), db.rows("SELECT id, account FROM payments"));
    }

    private static Schema keyed(String type) {
        Table accounts = new Table("accounts", List.of(new Column("id", type, false, false)),
                new PrimaryKey("accounts_pkey", List.of("id")), List.of(), List.of());
        Table payments = new Table("payments", List.of(new Column("id", SqlTypes.BIGINT, false, false),
                new Column("account", type, false, false)), new PrimaryKey("payments_pkey", List.of("id")), List.of(),
                List.of(), List.of(new ForeignKey("payments_account_fkey", List.of("account"), "accounts", List.of("id"))),
                List.of());
        return new Schema(List.of(accounts, payments), List.of());
    }

    @Test
    void theSnapshotOfSuchASchemaUsesFormatTwoAndReadsBack() {
        String text = SnapshotCodec.write(new Snapshot("shop", shop()));
        assertEquals(true, text.startsWith("{\n  \"format\": 2,"), text);
        assertEquals(new Snapshot("shop", shop()), SnapshotCodec.read(text, "shop.schema.json"));
        assertEquals(true, SnapshotCodec.write(new Snapshot("plain", Schema.EMPTY)).startsWith("{\n  \"format\": 1,"));
    }

    private void run(List<Change> changes) throws SQLException {
        try (Connection c = db.connect(); java.sql.Statement s = c.createStatement()) {
            for (Statement statement : PostgresSql.statements(changes)) {
                s.execute(statement.sql());
            }
        }
    }

    private Introspection read() throws SQLException {
        try (Connection c = db.connect()) {
            return new SchemaReader().read(c);
        }
    }
}
