package dev.optionsdeep.migrate.diff;

import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.change.CreateIndex;
import dev.optionsdeep.migrate.change.CreateTable;
import dev.optionsdeep.migrate.change.DropIndex;
import dev.optionsdeep.migrate.change.DropTable;
import dev.optionsdeep.migrate.postgres.PostgresSql;
import dev.optionsdeep.migrate.postgres.Statement;
import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.optionsdeep.migrate.support.Fixtures.companies;
import static dev.optionsdeep.migrate.support.Fixtures.stockPrices;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code migrate:revision -Dconcurrently=true}: indexes on existing tables built and dropped concurrently, new tables' as before. */
class ConcurrentIndexesTest {

    private static final Index EXCHANGE = new Index("companies_exchange_idx", List.of("exchange"), false);

    @Test
    void anIndexOnAnExistingTableIsBuiltConcurrentlyAndANewTablesIsNot() {
        Schema head = new Schema(List.of(companies()));
        Table withExchange = companies().withIndexes(List.of(companies().indexes().get(0), EXCHANGE));
        Schema model = new Schema(List.of(withExchange, stockPrices()));

        List<Change> changes = Autogenerate.concurrentIndexes(SchemaDiff.between(head, model), head);

        assertEquals(List.of(
                new CreateTable(stockPrices().withIndexes(List.of())),
                new CreateIndex("companies", EXCHANGE, true),
                new CreateIndex("stock_prices", stockPrices().indexes().get(0), false)), changes);
        assertEquals(List.of(
                new DropIndex("stock_prices", stockPrices().indexes().get(0), false),
                new DropIndex("companies", EXCHANGE, true),
                new DropTable(stockPrices().withIndexes(List.of()))), SchemaDiff.inverse(changes));
    }

    @Test
    void bothDirectionsRunOutsideTheTransaction() {
        assertEquals(List.of(new Statement("CREATE INDEX CONCURRENTLY companies_exchange_idx ON companies (exchange)", false)),
                PostgresSql.statements(new CreateIndex("companies", EXCHANGE, true)));
        // IF EXISTS: a resumed downgrade may find the index already gone.
        assertEquals(List.of(new Statement("DROP INDEX CONCURRENTLY IF EXISTS companies_exchange_idx", false)),
                PostgresSql.statements(new DropIndex("companies", EXCHANGE, true)));
        assertEquals("drop index concurrently companies_exchange_idx on companies(exchange)",
                new DropIndex("companies", EXCHANGE, true).describe());
    }
}
