package dev.optionsdeep.migrate.introspect;

import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.diff.SchemaDiff;
import dev.optionsdeep.migrate.postgres.PostgresSql;
import dev.optionsdeep.migrate.postgres.Statement;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Sequence;
import dev.optionsdeep.migrate.schema.SqlTypes;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * On a database with rows: a primary key that a foreign key in another schema references moves to
 * other columns, defaults and comments change, a used sequence changes its increment. Read back
 * exactly, data kept, the downgrade exact.
 */
class AttributesRoundTripTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    private static final Column ID = new Column("id", SqlTypes.BIGINT, false, false);
    private static final Column CODE = Column.of("code", SqlTypes.varchar(10));
    private static final ForeignKey ORDER_CUSTOMER = new ForeignKey("orders_customer_id_fkey", List.of("customer_id"),
            "customers", List.of("id"));

    private static Schema before() {
        Table customers = new Table("customers", List.of(ID, CODE), new PrimaryKey("customers_pkey", List.of("id")),
                List.of(), List.of());
        Table orders = new Table("sales.orders", List.of(ID, new Column("customer_id", SqlTypes.BIGINT, false, false),
                new Column("status", SqlTypes.TEXT, false, false, "'new'::text", null)),
                new PrimaryKey("orders_pkey", List.of("id")), List.of(), List.of(), List.of(ORDER_CUSTOMER), List.of());
        return new Schema(List.of(customers, orders), List.of(new Sequence("orders_seq", 1, 50)));
    }

    private static Schema after() {
        // The key of customers becomes (id, code): the foreign key over id alone needs another unique key.
        Table customers = new Table("customers", List.of(ID, CODE.withNullable(false).withComment("short name")),
                new PrimaryKey("customers_key", List.of("id", "code")),
                List.of(new dev.optionsdeep.migrate.schema.UniqueConstraint("customers_id_key", List.of("id"))), List.of())
                .withComment("who buys");
        Table orders = new Table("sales.orders", List.of(ID, new Column("customer_id", SqlTypes.BIGINT, false, false),
                new Column("status", SqlTypes.TEXT, false, false, "'paid'::text", "where it is")),
                new PrimaryKey("orders_pkey", List.of("id")), List.of(), List.of(), List.of(ORDER_CUSTOMER), List.of());
        return new Schema(List.of(customers, orders), List.of(new Sequence("orders_seq", 1, 10)));
    }

    @Test
    void upgradeAndDowngradeKeepRowsAndReadBackExactly() throws SQLException {
        run(SchemaDiff.between(Schema.EMPTY, before()));
        db.execute("INSERT INTO customers VALUES (1, 'ACME'); INSERT INTO sales.orders (id, customer_id) VALUES (7, 1);"
                + " SELECT nextval('orders_seq'), nextval('orders_seq')");
        assertEquals(before(), read());

        List<Change> upgrade = SchemaDiff.between(before(), after());
        run(upgrade);
        assertEquals(after(), read());
        assertEquals(List.of("7|1|new"), db.rows("SELECT id, customer_id, status FROM sales.orders"));
        // The sequence kept its position (51) and steps by the new increment.
        assertEquals(List.of("61"), db.rows("SELECT nextval('orders_seq')"));

        run(SchemaDiff.inverse(upgrade));
        assertEquals(before(), read());
        assertEquals(List.of("1|ACME"), db.rows("SELECT id, code FROM customers"));
    }

    private Schema read() throws SQLException {
        try (Connection c = db.connect()) {
            Introspection read = new SchemaReader(SchemaReader.DEFAULT_SCHEMA, SchemaReader.MIGRATE_TABLES, Set.of("sales"))
                    .read(c);
            assertEquals(List.of(), read.unsupported());
            return read.schema();
        }
    }

    private void run(List<Change> changes) throws SQLException {
        try (Connection c = db.connect(); java.sql.Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (Statement statement : PostgresSql.statements(changes)) {
                s.execute(statement.sql());
            }
            c.commit();
        }
    }
}
