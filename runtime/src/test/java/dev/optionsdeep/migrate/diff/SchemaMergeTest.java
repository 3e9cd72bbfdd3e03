package dev.optionsdeep.migrate.diff;

import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Sequence;
import dev.optionsdeep.migrate.schema.SqlTypes;
import dev.optionsdeep.migrate.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.optionsdeep.migrate.support.Fixtures.companies;
import static dev.optionsdeep.migrate.support.Fixtures.stockPrices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Joining two branches' snapshots for a merge revision: what one branch did is kept, what both did is a conflict. */
class SchemaMergeTest {

    private static final Schema BASE = new Schema(List.of(companies()));

    @Test
    void changesOfDifferentTablesAndColumnsAreJoined() {
        Schema symbols = new Schema(List.of(withColumn(companies(), Column.of("stock_symbol_type", SqlTypes.varchar(20)))));
        Schema prices = new Schema(List.of(companies(), stockPrices()));
        Schema sectors = new Schema(List.of(withColumn(companies(), Column.of("sector", SqlTypes.varchar(100)))));

        SchemaMerge.Result result = SchemaMerge.merge(BASE, branches("b2", symbols, "c3", prices, "d4", sectors));

        assertFalse(result.hasConflicts(), result.conflicts().toString());
        Table merged = result.schema().table("companies").orElseThrow();
        assertEquals(List.of("id", "ticker", "company_name", "exchange", "market_cap", "is_active", "created_at",
                "stock_symbol_type", "sector"), merged.columns().stream().map(Column::name).toList());
        assertEquals(stockPrices(), result.schema().table("stock_prices").orElseThrow());
        // Merging is the diff's inverse: from either branch, the diff to the merge is the other branch's change.
        assertEquals(SchemaDiff.between(BASE, prices), SchemaDiff.between(merged(symbols, sectors), result.schema()));
    }

    @Test
    void aTableCommentChangedInOneBranchIsKeptAndInBothIsAConflict() {
        Schema commented = new Schema(List.of(withColumn(companies(), Column.of("sector", SqlTypes.varchar(100)))
                .withComment("listed companies")));
        Schema other = new Schema(List.of(withColumn(companies(), Column.of("region", SqlTypes.TEXT))));

        SchemaMerge.Result result = SchemaMerge.merge(BASE, branches("b2", commented, "c3", other));
        assertFalse(result.hasConflicts(), result.conflicts().toString());
        assertEquals("listed companies", result.schema().table("companies").orElseThrow().comment());

        Schema otherComment = new Schema(List.of(withColumn(companies(), Column.of("region", SqlTypes.TEXT))
                .withComment("issuers")));
        assertEquals(List.of("comment of table companies: added in b2 as \"listed companies\", added in c3 as \"issuers\""),
                SchemaMerge.merge(BASE, branches("b2", commented, "c3", otherComment)).conflicts());
    }

    @Test
    void aDropInOneBranchIsKept() {
        Schema dropped = new Schema(List.of(companies().withIndexes(List.of())));
        Schema prices = new Schema(List.of(companies(), stockPrices()));

        SchemaMerge.Result result = SchemaMerge.merge(BASE, branches("b2", dropped, "c3", prices));

        assertEquals(new Schema(List.of(companies().withIndexes(List.of()), stockPrices())), result.schema());
    }

    @Test
    void foreignKeysChecksAndSequencesAreJoinedToo() {
        Table prices = stockPrices();
        Schema keyed = new Schema(List.of(companies(), prices.withChecks(List.of(
                new CheckConstraint("stock_prices_close_check", "close >= 0")))));
        Schema sequenced = new Schema(List.of(companies(), prices), List.of(new Sequence("prices_seq", 1, 50)));
        Schema withPrices = new Schema(List.of(companies(), prices));

        SchemaMerge.Result result = SchemaMerge.merge(withPrices, branches("b2", keyed, "c3", sequenced));

        assertEquals(List.of(), result.conflicts());
        assertEquals(new Schema(List.of(companies(), prices.withChecks(List.of(
                new CheckConstraint("stock_prices_close_check", "close >= 0")))),
                List.of(new Sequence("prices_seq", 1, 50))), result.schema());
    }

    @Test
    void theSameColumnDefinedDifferentlyIsAConflict() {
        Schema ten = new Schema(List.of(withColumn(companies(), Column.of("note", SqlTypes.varchar(10)))));
        Schema twenty = new Schema(List.of(withColumn(companies(), Column.of("note", SqlTypes.varchar(20)))));

        SchemaMerge.Result result = SchemaMerge.merge(BASE, branches("b2", ten, "c3", twenty));

        assertEquals(List.of("column companies.note: added in b2 as note character varying(10) null,"
                + " added in c3 as note character varying(20) null"), result.conflicts());
    }

    @Test
    void theSameChangeInBothBranchesIsAConflictToo() {
        Schema one = new Schema(List.of(companies(), stockPrices()));
        Schema other = new Schema(List.of(companies(), stockPrices()));

        SchemaMerge.Result result = SchemaMerge.merge(BASE, branches("b2", one, "c3", other));

        assertEquals(1, result.conflicts().size());
        assertEquals("table stock_prices: added in b2 as (id bigint identity not null, ticker character varying(20) not null,"
                + " trade_date date not null, close numeric(18,4) null), added in c3 as (id bigint identity not null,"
                + " ticker character varying(20) not null, trade_date date not null, close numeric(18,4) null)"
                + " (the same way, but each branch's migration would do it, and the second would fail)",
                result.conflicts().get(0));
    }

    @Test
    void droppedInOneChangedInTheOtherIsAConflict() {
        Schema dropped = Schema.EMPTY;
        Schema changed = new Schema(List.of(withColumn(companies(), Column.of("note", SqlTypes.TEXT))));

        SchemaMerge.Result result = SchemaMerge.merge(BASE, branches("b2", dropped, "c3", changed));

        assertEquals(1, result.conflicts().size());
        assertEquals("table companies: dropped in b2, changed in c3 as (", result.conflicts().get(0).substring(0, 50));
    }

    @Test
    void changesThatDoNotFitTogetherAreAConflict() {
        List<Column> columns = new ArrayList<>(companies().columns());
        columns.removeIf(c -> c.name().equals("exchange"));
        Schema droppedExchange = new Schema(List.of(companies().withColumns(columns)));
        Schema indexedExchange = new Schema(List.of(companies().withIndexes(List.of(
                new Index("ix_companies_ticker", List.of("ticker"), true),
                new Index("companies_exchange_idx", List.of("exchange"), false)))));

        SchemaMerge.Result result = SchemaMerge.merge(BASE, branches("b2", droppedExchange, "c3", indexedExchange));

        assertEquals(List.of("table companies: the branches' changes do not fit together: index companies_exchange_idx"
                + " names column exchange, which the table does not have"), result.conflicts());
    }

    private static Schema merged(Schema a, Schema b) {
        return SchemaMerge.merge(BASE, branches("a", a, "b", b)).schema();
    }

    private static Table withColumn(Table table, Column column) {
        List<Column> columns = new ArrayList<>(table.columns());
        columns.add(column);
        return table.withColumns(columns);
    }

    private static Map<String, Schema> branches(Object... namesAndSchemas) {
        Map<String, Schema> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndSchemas.length; i += 2) {
            map.put((String) namesAndSchemas[i], (Schema) namesAndSchemas[i + 1]);
        }
        return map;
    }
}
