package dev.optionsdeep.migrate.diff;

import dev.optionsdeep.migrate.change.AddCheckConstraint;
import dev.optionsdeep.migrate.change.AddForeignKey;
import dev.optionsdeep.migrate.change.AddUniqueConstraint;
import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.change.CreateSequence;
import dev.optionsdeep.migrate.change.CreateTable;
import dev.optionsdeep.migrate.change.DropCheckConstraint;
import dev.optionsdeep.migrate.change.DropForeignKey;
import dev.optionsdeep.migrate.change.DropSequence;
import dev.optionsdeep.migrate.change.DropTable;
import dev.optionsdeep.migrate.change.DropUniqueConstraint;
import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Sequence;
import dev.optionsdeep.migrate.schema.SqlTypes;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;
import org.junit.jupiter.api.Test;

import static dev.optionsdeep.migrate.support.ShopFixture.CUSTOMER_LAST_ORDER;
import static dev.optionsdeep.migrate.support.ShopFixture.ORDERS_SEQ;
import static dev.optionsdeep.migrate.support.ShopFixture.ORDER_CUSTOMER;
import static dev.optionsdeep.migrate.support.ShopFixture.STATUS;
import static dev.optionsdeep.migrate.support.ShopFixture.shop;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ForeignKeysChecksSequencesDiffTest {


    @Test
    void aCycleOfForeignKeysIsBuiltByAddingThemAfterEveryTable() {
        List<Change> changes = SchemaDiff.between(Schema.EMPTY, shop());

        assertEquals(List.of(
                new CreateSequence(ORDERS_SEQ),
                new CreateTable(shop().table("customers").orElseThrow().withForeignKeys(List.of())),
                new CreateTable(shop().table("orders").orElseThrow().withForeignKeys(List.of())),
                new AddForeignKey("customers", CUSTOMER_LAST_ORDER),
                new AddForeignKey("orders", ORDER_CUSTOMER)), changes);
        assertEquals(shop(), apply(Schema.EMPTY, changes));
    }

    @Test
    void droppingEverythingDropsForeignKeysFirstAndSequencesAfterTables() {
        List<Change> changes = SchemaDiff.between(shop(), Schema.EMPTY);

        assertEquals(List.of(
                new DropForeignKey("customers", CUSTOMER_LAST_ORDER),
                new DropForeignKey("orders", ORDER_CUSTOMER),
                new DropTable(shop().table("customers").orElseThrow().withForeignKeys(List.of())),
                new DropTable(shop().table("orders").orElseThrow().withForeignKeys(List.of())),
                new DropSequence(ORDERS_SEQ)), changes);
        assertEquals(Schema.EMPTY, apply(shop(), changes));
        assertEquals(shop(), apply(Schema.EMPTY, SchemaDiff.inverse(changes)));
    }

    @Test
    void aCheckWrittenDifferentlyButEquallyIsNoChangeAndAChangedOneIsDroppedAndAddedAgain() {
        Table orders = shop().table("orders").orElseThrow();
        CheckConstraint written = new CheckConstraint("orders_status_check", "status in ('NEW','PAID')");
        Schema before = shop().with(orders.withChecks(List.of(written)));
        Schema reformatted = shop().with(orders.withChecks(List.of(
                new CheckConstraint("orders_status_check", "(STATUS IN ('NEW',\n   'PAID'))"))));
        CheckConstraint widened = new CheckConstraint("orders_status_check", "status in ('NEW','PAID','SHIPPED')");
        Schema after = shop().with(orders.withChecks(List.of(widened)));

        assertEquals(List.of(), SchemaDiff.between(before, reformatted));
        assertEquals(List.of(new DropCheckConstraint("orders", written), new AddCheckConstraint("orders", widened)),
                SchemaDiff.between(before, after));
    }

    @Test
    void changedForeignKeysAndChecksAreDroppedAndAddedAgain() {
        Schema before = shop();
        Table orders = before.table("orders").orElseThrow();
        ForeignKey restrict = new ForeignKey(ORDER_CUSTOMER.name(), ORDER_CUSTOMER.columns(), "customers", List.of("id"), "RESTRICT");
        CheckConstraint wider = new CheckConstraint(STATUS.name(), "((status)::text <> ''::text)");
        Schema after = before.with(orders.withForeignKeys(List.of(restrict)).withChecks(List.of(wider)));

        assertEquals(List.of(
                new DropForeignKey("orders", ORDER_CUSTOMER),
                new DropCheckConstraint("orders", STATUS),
                new AddCheckConstraint("orders", wider),
                new AddForeignKey("orders", restrict)), SchemaDiff.between(before, after));
    }

    @Test
    void aForeignKeyOverAUniqueKeyThatIsRecreatedIsDroppedFirstAndAddedAfter() {
        Table parent = new Table("parent", List.of(new Column("code", SqlTypes.TEXT, false, false), Column.of("label", SqlTypes.TEXT)),
                null, List.of(new UniqueConstraint("parent_code_key", List.of("code"))), List.of());
        ForeignKey toCode = new ForeignKey("child_code_fkey", List.of("code"), "parent", List.of("code"));
        Table child = new Table("child", List.of(Column.of("code", SqlTypes.TEXT)), null, List.of(), List.of(),
                List.of(toCode), List.of());
        Schema before = new Schema(List.of(parent, child));
        UniqueConstraint renamed = new UniqueConstraint("parent_code_uq", List.of("code"));
        Schema after = before.with(parent.withUniqueConstraints(List.of(renamed)));

        assertEquals(List.of(
                new DropForeignKey("child", toCode),
                new DropUniqueConstraint("parent", parent.uniqueConstraints().get(0)),
                new AddUniqueConstraint("parent", renamed),
                new AddForeignKey("child", toCode)), SchemaDiff.between(before, after));
    }

    /**
     * PostgreSQL rests a foreign key on a unique key over the same columns in any order: this one, over
     * {@code (b, a)}, rests on the primary key over {@code (a, b)}, not on the unique constraint that names
     * them in its own order (found by the round-trip property test, seed 3601621941983903009, pair 73).
     */
    @Test
    void aSelfReferenceOverAPrimaryKeyInAnotherColumnOrderIsDroppedFirstAndAddedAfter() {
        List<Column> columns = List.of(new Column("a", SqlTypes.TEXT, false, false), new Column("b", SqlTypes.TEXT, false, false),
                Column.of("parent_a", SqlTypes.TEXT), Column.of("parent_b", SqlTypes.TEXT));
        ForeignKey toParent = new ForeignKey("node_parent_fkey", List.of("parent_b", "parent_a"), "node", List.of("b", "a"));
        UniqueConstraint reversed = new UniqueConstraint("node_b_a_key", List.of("b", "a"));
        Table node = new Table("node", columns, new PrimaryKey("node_pkey", List.of("a", "b")), List.of(reversed),
                List.of(), List.of(toParent), List.of());
        Table withoutKey = new Table("node", columns, null, List.of(reversed), List.of(), List.of(toParent), List.of());

        assertEquals(List.of(
                new DropForeignKey("node", toParent),
                new dev.optionsdeep.migrate.change.DropPrimaryKey("node", node.primaryKey()),
                new AddForeignKey("node", toParent)),
                SchemaDiff.between(new Schema(List.of(node)), new Schema(List.of(withoutKey))));
    }

    @Test
    void aChangedSequenceIsAlteredNotDroppedWithItsValue() {
        Schema after = shop().withSequences(List.of(new Sequence("orders_seq", 1, 1)));
        assertEquals(List.of(new dev.optionsdeep.migrate.change.AlterSequence(ORDERS_SEQ, new Sequence("orders_seq", 1, 1))),
                SchemaDiff.between(shop(), after));
    }

    private static Schema apply(Schema schema, List<Change> changes) {
        Schema s = schema;
        for (Change c : changes) {
            s = c.applyTo(s);
        }
        return s;
    }
}
