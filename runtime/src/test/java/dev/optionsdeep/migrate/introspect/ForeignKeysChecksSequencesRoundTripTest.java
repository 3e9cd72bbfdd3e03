package dev.optionsdeep.migrate.introspect;

import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.diff.SchemaDiff;
import dev.optionsdeep.migrate.postgres.PostgresSql;
import dev.optionsdeep.migrate.postgres.Statement;
import dev.optionsdeep.migrate.schema.Schema;
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
