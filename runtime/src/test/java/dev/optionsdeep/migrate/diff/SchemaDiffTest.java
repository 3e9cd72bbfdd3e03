package dev.optionsdeep.migrate.diff;

import dev.optionsdeep.migrate.change.AddColumn;
import dev.optionsdeep.migrate.change.AddUniqueConstraint;
import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.change.CreateIndex;
import dev.optionsdeep.migrate.change.CreateTable;
import dev.optionsdeep.migrate.change.DropColumn;
import dev.optionsdeep.migrate.change.DropIndex;
import dev.optionsdeep.migrate.change.DropTable;
import dev.optionsdeep.migrate.change.DropUniqueConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.SqlTypes;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.optionsdeep.migrate.support.Fixtures.companies;
import static dev.optionsdeep.migrate.support.Fixtures.stockPrices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaDiffTest {

    private static final Column STOCK_SYMBOL_TYPE = Column.of("stock_symbol_type", SqlTypes.varchar(20));

    @Test
    void identicalSchemasHaveNoChanges() {
        Schema s = new Schema(List.of(companies(), stockPrices()));
        assertEquals(List.of(), SchemaDiff.between(s, s));
    }

    @Test
    void newTableIsCreatedThenItsIndexes() {
        List<Change> changes = SchemaDiff.between(Schema.EMPTY, new Schema(List.of(companies())));
        assertEquals(List.of(
                new CreateTable(companies().withIndexes(List.of())),
                new CreateIndex("companies", new Index("ix_companies_ticker", List.of("ticker"), true))), changes);
    }

    @Test
    void droppedTableLosesItsIndexesFirstAndKeepsItsFullDefinition() {
        List<Change> changes = SchemaDiff.between(new Schema(List.of(companies())), Schema.EMPTY);
        assertEquals(List.of(
                new DropIndex("companies", new Index("ix_companies_ticker", List.of("ticker"), true)),
                new DropTable(companies().withIndexes(List.of()))), changes);
        assertTrue(changes.get(1).losesData());
    }

    @Test
    void addedAndDroppedColumns() {
        Table before = companies();
        List<Column> columns = new ArrayList<>(before.columns());
        columns.add(STOCK_SYMBOL_TYPE);
        Table after = before.withColumns(columns);

        assertEquals(List.of(new AddColumn("companies", STOCK_SYMBOL_TYPE)),
                SchemaDiff.between(new Schema(List.of(before)), new Schema(List.of(after))));
        assertEquals(List.of(new DropColumn("companies", STOCK_SYMBOL_TYPE)),
                SchemaDiff.between(new Schema(List.of(after)), new Schema(List.of(before))));
    }

    @Test
    void uniqueConstraintsAndIndexesAddedDroppedAndChanged() {
        Table before = companies();
        UniqueConstraint unique = new UniqueConstraint("companies_company_name_key", List.of("company_name"));
        Index changed = new Index("ix_companies_ticker", List.of("ticker", "exchange"), true);
        Index added = new Index("companies_exchange_idx", List.of("exchange"), false);
        Table after = before.withUniqueConstraints(List.of(unique)).withIndexes(List.of(changed, added));

        assertEquals(List.of(
                new DropIndex("companies", before.indexes().get(0)),
                new AddUniqueConstraint("companies", unique),
                new CreateIndex("companies", added),
                new CreateIndex("companies", changed)),
                SchemaDiff.between(new Schema(List.of(before)), new Schema(List.of(after))));
        assertEquals(List.of(
                new DropUniqueConstraint("companies", unique),
                new DropIndex("companies", added),
                new DropIndex("companies", changed),
                new CreateIndex("companies", before.indexes().get(0))),
                SchemaDiff.between(new Schema(List.of(after)), new Schema(List.of(before))));
    }

    @Test
    void dependentsAreDroppedBeforeTheColumnsTheyUse() {
        Table before = companies();
        List<Column> columns = new ArrayList<>(before.columns());
        columns.removeIf(c -> c.name().equals("ticker"));
        Table after = before.withIndexes(List.of()).withColumns(columns);

        List<Change> changes = SchemaDiff.between(new Schema(List.of(before)), new Schema(List.of(after)));
        assertEquals(DropIndex.class, changes.get(0).getClass());
        assertEquals(DropColumn.class, changes.get(1).getClass());
    }

    @Test
    void changesApplyToTheOldSchemaToGiveTheNewAndTheInverseGivesTheOldBack() {
        Schema a = new Schema(List.of(companies()));
        List<Column> columns = new ArrayList<>(companies().columns());
        columns.removeIf(c -> c.name().equals("exchange"));
        columns.add(STOCK_SYMBOL_TYPE);
        Schema b = new Schema(List.of(companies().withColumns(columns), stockPrices()));

        List<Change> upgrade = SchemaDiff.between(a, b);
        assertEquals(b, apply(a, upgrade));
        assertEquals(a, apply(b, SchemaDiff.inverse(upgrade)));
    }

    @Test
    void aChangedColumnIsAlteredInPlaceNeverDroppedAndAdded() {
        Table before = companies();
        List<Column> columns = new ArrayList<>(before.columns());
        columns.replaceAll(c -> c.name().equals("exchange") ? new Column("exchange", SqlTypes.varchar(200), false, false) : c);
        Table after = before.withColumns(columns);

        assertEquals(List.of(new dev.optionsdeep.migrate.change.AlterColumn("companies",
                        Column.of("exchange", SqlTypes.varchar(100)), new Column("exchange", SqlTypes.varchar(200), false, false))),
                SchemaDiff.between(new Schema(List.of(before)), new Schema(List.of(after))));
    }

    @Test
    void aChangedPrimaryKeyIsDroppedAndAddedAgain() {
        Table before = companies();
        dev.optionsdeep.migrate.schema.PrimaryKey wider = new dev.optionsdeep.migrate.schema.PrimaryKey("companies_pkey",
                List.of("id", "ticker"));
        Table after = new Table("companies", before.columns(), wider, before.uniqueConstraints(), before.indexes());

        assertEquals(List.of(new dev.optionsdeep.migrate.change.DropPrimaryKey("companies", before.primaryKey()),
                        new dev.optionsdeep.migrate.change.AddPrimaryKey("companies", wider)),
                SchemaDiff.between(new Schema(List.of(before)), new Schema(List.of(after))));
    }

    private static Schema apply(Schema schema, List<Change> changes) {
        Schema s = schema;
        for (Change c : changes) {
            s = c.applyTo(s);
        }
        return s;
    }
}
