package dev.optionsdeep.migrate.introspect;

import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.diff.SchemaDiff;
import dev.optionsdeep.migrate.drift.SchemaDrift;
import dev.optionsdeep.migrate.postgres.PostgresSql;
import dev.optionsdeep.migrate.postgres.Statement;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Sequence;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sequences in named schemas ({@code @SequenceGenerator(schema = …)}), named {@code schema.sequence} as tables
 * are: created with their schema, altered and dropped in it, read back from it, and gone with it.
 */
class NamedSchemaSequencesTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    private static final Table SHELF = new Table("shelf", List.of(new Column("id", SqlTypes.BIGINT, false, false)),
            new PrimaryKey("shelf_pkey", List.of("id")), List.of(), List.of());

    private static final Schema BEFORE = new Schema(List.of(SHELF),
            List.of(new Sequence("inv.shelf_ids", 1, 10), new Sequence("shelf_seq", 1, 50)));

    private static final Schema AFTER = new Schema(List.of(SHELF), List.of(new Sequence("inv.shelf_ids", 1, 20),
            new Sequence("Sales Dept.order_numbers", 1000, 1), new Sequence("shelf_seq", 1, 50)));

    @Test
    void theSqlNamesTheSchema() {
        List<String> sql = PostgresSql.statements(SchemaDiff.between(Schema.EMPTY, BEFORE)).stream()
                .map(Statement::sql).toList();
        assertEquals(List.of("CREATE SCHEMA IF NOT EXISTS inv", "CREATE SEQUENCE inv.shelf_ids START WITH 1 INCREMENT BY 10",
                "CREATE SEQUENCE shelf_seq START WITH 1 INCREMENT BY 50"), sql.subList(0, 3));
        List<String> changed = PostgresSql.statements(SchemaDiff.between(BEFORE, AFTER)).stream()
                .map(Statement::sql).toList();
        assertTrue(changed.contains("CREATE SCHEMA IF NOT EXISTS \"Sales Dept\""), changed.toString());
        assertTrue(changed.contains("CREATE SEQUENCE \"Sales Dept\".order_numbers START WITH 1000 INCREMENT BY 1"),
                changed.toString());
        assertTrue(changed.contains("ALTER SEQUENCE inv.shelf_ids INCREMENT BY 20"), changed.toString());
        List<String> dropped = PostgresSql.statements(SchemaDiff.between(AFTER, BEFORE)).stream()
                .map(Statement::sql).toList();
        int sequence = dropped.indexOf("DROP SEQUENCE \"Sales Dept\".order_numbers");
        int schema = dropped.stream().filter(d -> d.startsWith("DROP SCHEMA")).findFirst().map(dropped::indexOf).orElse(-1);
        assertTrue(sequence >= 0 && sequence < schema && dropped.get(schema).contains("\"Sales Dept\""), dropped.toString());
    }

    @Test
    void upgradeAndDowngradeRoundTripThroughTheCatalog() throws SQLException {
        List<Change> create = SchemaDiff.between(Schema.EMPTY, BEFORE);
        run(create);
        assertEquals(new Introspection(BEFORE, List.of()), read(BEFORE));

        List<Change> change = SchemaDiff.between(BEFORE, AFTER);
        run(change);
        assertEquals(new Introspection(AFTER, List.of()), read(AFTER));
        // Drift: the database at AFTER, compared with BEFORE, names the sequences of the named schemas.
        List<String> drift = SchemaDrift.between(BEFORE, read(BEFORE).schema()).stream()
                .map(d -> d.object() + " " + d.name()).toList();
        assertEquals(List.of("sequence inv.shelf_ids"), drift);

        run(SchemaDiff.inverse(change));
        assertEquals(new Introspection(BEFORE, List.of()), read(AFTER));
        run(SchemaDiff.inverse(create));
        assertEquals(new Introspection(Schema.EMPTY, List.of()), read(BEFORE));
        assertEquals(List.of(), db.rows("SELECT nspname FROM pg_namespace WHERE nspname IN ('inv', 'Sales Dept')"));
    }

    @Test
    void theSnapshotKeepsTheSchemaInFormatThree() {
        String text = SnapshotCodec.write(new Snapshot("shop", AFTER));
        assertTrue(text.startsWith("{\n  \"format\": 3,"), text);
        assertEquals(new Snapshot("shop", AFTER), SnapshotCodec.read(text, "shop.schema.json"));
    }

    private void run(List<Change> changes) throws SQLException {
        try (Connection c = db.connect(); java.sql.Statement s = c.createStatement()) {
            for (Statement statement : PostgresSql.statements(changes)) {
                s.execute(statement.sql());
            }
        }
    }

    private Introspection read(Schema model) throws SQLException {
        try (Connection c = db.connect()) {
            return new SchemaReader().withNamedSchemasOf(model).read(c);
        }
    }
}
