package dev.optionsdeep.migrate.diff;

import dev.optionsdeep.migrate.change.AddForeignKey;
import dev.optionsdeep.migrate.change.AddPrimaryKey;
import dev.optionsdeep.migrate.change.AlterColumn;
import dev.optionsdeep.migrate.change.AlterSequence;
import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.change.CommentOnTable;
import dev.optionsdeep.migrate.change.CreateSchema;
import dev.optionsdeep.migrate.change.CreateTable;
import dev.optionsdeep.migrate.change.DropForeignKey;
import dev.optionsdeep.migrate.change.DropPrimaryKey;
import dev.optionsdeep.migrate.change.DropSchema;
import dev.optionsdeep.migrate.change.DropTable;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Sequence;
import dev.optionsdeep.migrate.schema.SqlTypes;
import dev.optionsdeep.migrate.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Defaults, comments, primary key changes, sequence changes and named schemas in the diff. */
class AttributesDiffTest {

    private static final Column ID = new Column("id", SqlTypes.BIGINT, false, false);
    private static final Column STATUS = Column.of("status", SqlTypes.varchar(20));
    private static final PrimaryKey ORDERS_PKEY = new PrimaryKey("orders_pkey", List.of("id"));

    private static Table orders(Column status) {
        return new Table("orders", List.of(ID, status), ORDERS_PKEY, List.of(), List.of());
    }

    @Test
    void aDefaultIsSetChangedAndDroppedInPlace() {
        Column withDefault = STATUS.withDefault("'new'::character varying");
        Column otherDefault = STATUS.withDefault("'paid'::character varying");
        for (Column[] pair : new Column[][] {{STATUS, withDefault}, {withDefault, otherDefault}, {withDefault, STATUS}}) {
            Schema before = new Schema(List.of(orders(pair[0])));
            Schema after = new Schema(List.of(orders(pair[1])));
            List<Change> changes = SchemaDiff.between(before, after);
            assertEquals(List.of(new AlterColumn("orders", pair[0], pair[1])), changes);
            assertFalse(changes.get(0).losesData());
            assertEquals(after, apply(before, changes));
            assertEquals(before, apply(after, SchemaDiff.inverse(changes)));
        }
        assertEquals("alter column orders.status from character varying(20) null to character varying(20) null"
                + " default 'new'::character varying", new AlterColumn("orders", STATUS, withDefault).describe());
    }

    @Test
    void commentsOfColumnsAndTablesAreChangedInPlace() {
        Column commented = STATUS.withComment("where the order is");
        Schema before = new Schema(List.of(orders(STATUS)));
        Schema after = new Schema(List.of(orders(commented).withComment("orders placed")));

        List<Change> changes = SchemaDiff.between(before, after);
        assertEquals(List.of(new AlterColumn("orders", STATUS, commented),
                new CommentOnTable("orders", null, "orders placed")), changes);
        assertEquals(after, apply(before, changes));
        assertEquals(before, apply(after, SchemaDiff.inverse(changes)));
        assertEquals("alter column orders.status, commenting \"where the order is\"", changes.get(0).describe());
        assertEquals("comment on table orders: \"orders placed\"", changes.get(1).describe());
        assertEquals("remove the comment of table orders", changes.get(1).inverse().describe());
    }

    @Test
    void aNewTableCarriesItsDefaultsAndComments() {
        Table table = orders(STATUS.withDefault("'new'::character varying").withComment("state")).withComment("orders");
        assertEquals(List.of(new CreateTable(table)), SchemaDiff.between(Schema.EMPTY, new Schema(List.of(table))));
    }

    @Test
    void anEmptyCommentIsNone() {
        assertEquals(null, STATUS.withComment("").comment());
        assertEquals(null, orders(STATUS).withComment("").comment());
    }

    /** customers(id) is referenced by orders(customer_id); the key of customers moves to (id, region). */
    @Test
    void aPrimaryKeyThatForeignKeysReferenceIsChangedBetweenDroppingAndAddingThem() {
        Column region = Column.of("region", SqlTypes.TEXT);
        Table customers = new Table("customers", List.of(ID, region), new PrimaryKey("customers_pkey", List.of("id")),
                List.of(), List.of());
        ForeignKey toCustomer = new ForeignKey("orders_customer_id_fkey", List.of("customer_id"), "customers", List.of("id"));
        Table ordersTable = new Table("orders", List.of(ID, Column.of("customer_id", SqlTypes.BIGINT)), ORDERS_PKEY,
                List.of(), List.of(), List.of(toCustomer), List.of());
        Schema before = new Schema(List.of(customers, ordersTable));
        PrimaryKey renamed = new PrimaryKey("customers_key", List.of("id"));
        Schema after = before.with(new Table("customers", List.of(ID, region), renamed, List.of(), List.of()));

        List<Change> changes = SchemaDiff.between(before, after);
        assertEquals(List.of(
                new DropForeignKey("orders", toCustomer),
                new DropPrimaryKey("customers", customers.primaryKey()),
                new AddPrimaryKey("customers", renamed),
                new AddForeignKey("orders", toCustomer)), changes);
        assertEquals(after, apply(before, changes));
        assertEquals(before, apply(after, SchemaDiff.inverse(changes)));
    }

    @Test
    void aPrimaryKeyOverOtherColumnsMakesThemNotNullFirstAndTheOldOnesNullableAfterTheDrop() {
        Column code = Column.of("code", SqlTypes.TEXT);
        Column idNullable = ID.withNullable(true);
        Table before = new Table("t", List.of(ID, code), new PrimaryKey("t_pkey", List.of("id")), List.of(), List.of());
        Table after = new Table("t", List.of(idNullable, code.withNullable(false)), new PrimaryKey("t_pkey", List.of("code")),
                List.of(), List.of());

        List<Change> changes = SchemaDiff.between(new Schema(List.of(before)), new Schema(List.of(after)));
        assertEquals(List.of(
                new DropPrimaryKey("t", before.primaryKey()),
                new AlterColumn("t", ID, idNullable),
                new AlterColumn("t", code, code.withNullable(false)),
                new AddPrimaryKey("t", after.primaryKey())), changes);
    }

    @Test
    void aPrimaryKeyIsAddedToATableWithoutOneAndDropped() {
        Table keyless = new Table("orders", List.of(ID, STATUS), null, List.of(), List.of());
        Schema before = new Schema(List.of(keyless));
        Schema after = new Schema(List.of(orders(STATUS)));
        assertEquals(List.of(new AddPrimaryKey("orders", ORDERS_PKEY)), SchemaDiff.between(before, after));
        assertEquals(List.of(new DropPrimaryKey("orders", ORDERS_PKEY)), SchemaDiff.between(after, before));
        assertThrows(IllegalStateException.class, () -> new AddPrimaryKey("orders", ORDERS_PKEY).applyTo(after));
    }

    @Test
    void aSequenceKeepsItsPositionUnlessItsDirectionFlips() {
        Sequence fifty = new Sequence("orders_seq", 1, 50);
        Sequence ten = new Sequence("orders_seq", 100, 10);
        List<Change> changes = SchemaDiff.between(Schema.EMPTY.withSequences(List.of(fifty)),
                Schema.EMPTY.withSequences(List.of(ten)));
        assertEquals(List.of(new AlterSequence(fifty, ten)), changes);
        assertFalse(changes.get(0).losesData());
        assertEquals(new AlterSequence(ten, fifty), changes.get(0).inverse());
        assertEquals("alter sequence orders_seq from start 1 increment 50 to start 100 increment 10",
                changes.get(0).describe());
        assertTrue(new AlterSequence(fifty, new Sequence("orders_seq", -1, -1)).losesData());
    }

    @Test
    void aSchemaIsCreatedBeforeItsFirstTableAndDroppedAfterItsLast() {
        Table customers = new Table("customers", List.of(ID), new PrimaryKey("customers_pkey", List.of("id")),
                List.of(), List.of());
        ForeignKey acrossSchemas = new ForeignKey("orders_customer_id_fkey", List.of("customer_id"), "customers",
                List.of("id"));
        Table salesOrders = new Table("sales.orders", List.of(ID, Column.of("customer_id", SqlTypes.BIGINT)),
                ORDERS_PKEY, List.of(), List.of(), List.of(acrossSchemas), List.of());
        Table salesItems = new Table("sales.items", List.of(ID), null, List.of(), List.of());
        Schema before = new Schema(List.of(customers));
        Schema after = new Schema(List.of(customers, salesOrders, salesItems));

        List<Change> changes = SchemaDiff.between(before, after);
        assertEquals(List.of(
                new CreateSchema("sales"),
                new CreateTable(salesItems),
                new CreateTable(salesOrders.withForeignKeys(List.of())),
                new AddForeignKey("sales.orders", acrossSchemas)), changes);
        assertEquals("sales", salesOrders.schemaName());
        assertEquals("orders", salesOrders.localName());
        assertEquals(after, apply(before, changes));

        List<Change> back = SchemaDiff.between(after, before);
        assertEquals(List.of(
                new DropForeignKey("sales.orders", acrossSchemas),
                new DropTable(salesItems),
                new DropTable(salesOrders.withForeignKeys(List.of())),
                new DropSchema("sales")), back);
        // A schema that keeps a table stays.
        assertEquals(List.of(new DropTable(salesItems)),
                SchemaDiff.between(new Schema(List.of(salesItems, customers.withComment(null), salesOrders.withForeignKeys(List.of()))),
                        new Schema(List.of(customers, salesOrders.withForeignKeys(List.of())))));
        assertThrows(IllegalStateException.class, () -> new DropSchema("sales").applyTo(after));
    }

    @Test
    void thePublicSchemaIsNeverCreatedNorDropped() {
        Table publicOrders = new Table("public.orders", List.of(ID), ORDERS_PKEY, List.of(), List.of());
        assertEquals(List.of(new CreateTable(publicOrders)),
                SchemaDiff.between(Schema.EMPTY, new Schema(List.of(publicOrders))));
        assertEquals(List.of(new DropTable(publicOrders)),
                SchemaDiff.between(new Schema(List.of(publicOrders)), Schema.EMPTY));
    }

    @Test
    void aTableNameHoldsAtMostTheOneDotAfterTheSchema() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Table("a.b.c", List.of(ID), null, List.of(), List.of()));
        assertTrue(e.getMessage().contains("more than one dot"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Table(".orders", List.of(ID), null, List.of(), List.of()));
    }

    private static Schema apply(Schema schema, List<Change> changes) {
        Schema s = schema;
        for (Change c : changes) {
            s = c.applyTo(s);
        }
        return s;
    }
}
