package dev.optionsdeep.migrate.plugin.codegen.support;

import dev.optionsdeep.migrate.change.AddColumn;
import dev.optionsdeep.migrate.change.AddUniqueConstraint;
import dev.optionsdeep.migrate.change.CreateIndex;
import dev.optionsdeep.migrate.change.CreateTable;
import dev.optionsdeep.migrate.change.DropColumn;
import dev.optionsdeep.migrate.change.DropIndex;
import dev.optionsdeep.migrate.change.DropTable;
import dev.optionsdeep.migrate.change.DropUniqueConstraint;
import dev.optionsdeep.migrate.change.ExecuteSql;
import dev.optionsdeep.migrate.plugin.codegen.RevisionSpec;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.SqlTypes;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.time.Instant;
import java.util.List;

/** The revisions of the Options Deep tutorial, and a few more, as the code generator receives them. */
public final class SampleRevisions {

    public static final String PACKAGE = "com.optionsdeep.equities.migrations";

    public static final Table COMPANIES = new Table("companies", List.of(
            new Column("id", SqlTypes.BIGINT, false, true),
            new Column("ticker", SqlTypes.varchar(20), false, false),
            new Column("company_name", SqlTypes.varchar(500), false, false),
            Column.of("exchange", SqlTypes.varchar(100)),
            Column.of("sector", SqlTypes.varchar(100)),
            Column.of("industry", SqlTypes.varchar(200)),
            Column.of("market_cap", SqlTypes.BIGINT),
            new Column("is_active", SqlTypes.BOOLEAN, false, false),
            new Column("created_at", SqlTypes.timestampWithTimeZone(6), false, false),
            Column.of("updated_at", SqlTypes.timestampWithTimeZone(6))),
            new PrimaryKey("companies_pkey", List.of("id")), List.of(), List.of());

    public static final Index IX_COMPANIES_TICKER = new Index("ix_companies_ticker", List.of("ticker"), true);

    public static final Column STOCK_SYMBOL_TYPE = Column.of("stock_symbol_type", SqlTypes.varchar(20));

    private SampleRevisions() {
    }

    /** The tutorial's first revision: the companies table and its unique ticker index. */
    public static RevisionSpec createCompaniesTable() {
        return new RevisionSpec(PACKAGE, "V20261124_024635_CreateCompaniesTable", "1975ea83b712", List.of(),
                "Create companies table", Instant.parse("2026-11-24T02:46:35.918273Z"),
                List.of(new CreateTable(COMPANIES), new CreateIndex("companies", IX_COMPANIES_TICKER)),
                List.of(new DropIndex("companies", IX_COMPANIES_TICKER), new DropTable(COMPANIES)));
    }

    /** The tutorial's later revision adding a nullable column. */
    public static RevisionSpec addStockSymbolType() {
        return new RevisionSpec(PACKAGE, "V20261201_093000_AddStockSymbolType", "a3c5e7f90b12",
                List.of("1975ea83b712"), "Add stock_symbol_type", Instant.parse("2026-12-01T09:30:00Z"),
                List.of(new AddColumn("companies", STOCK_SYMBOL_TYPE)),
                List.of(new DropColumn("companies", STOCK_SYMBOL_TYPE)));
    }

    /** Every kind of change once in upgrade; downgrade undoes them in reverse order. */
    public static RevisionSpec everyKindOfChange() {
        Table stockPrices = new Table("stock_prices", List.of(
                new Column("id", SqlTypes.BIGINT, false, true),
                new Column("company_id", SqlTypes.BIGINT, false, false),
                new Column("price_date", SqlTypes.DATE, false, false),
                Column.of("close_price", SqlTypes.numeric(19, 4))),
                new PrimaryKey("stock_prices_pkey", List.of("id")),
                List.of(new UniqueConstraint("stock_prices_company_id_price_date_key",
                        List.of("company_id", "price_date"))),
                List.of());
        Index byDate = new Index("ix_stock_prices_price_date", List.of("price_date DESC"), false);
        UniqueConstraint companyName = new UniqueConstraint("companies_company_name_key", List.of("company_name"));
        UniqueConstraint tickerKey = new UniqueConstraint("companies_ticker_key", List.of("ticker"));
        Index bySector = new Index("ix_companies_sector", List.of("sector"), false);
        Column sector = Column.of("sector", SqlTypes.varchar(100));
        Table watchlist = new Table("watchlist", List.of(
                new Column("id", SqlTypes.INTEGER, false, true),
                new Column("name", SqlTypes.TEXT, false, false)),
                new PrimaryKey("watchlist_pkey", List.of("id")), List.of(), List.of());
        String fill = "UPDATE companies SET stock_symbol_type = 'common'";
        return new RevisionSpec(PACKAGE, "V20261205_120000_StockPrices", "0b1c2d3e4f50",
                List.of("a3c5e7f90b12"), "Stock prices", Instant.parse("2026-12-05T12:00:00Z"),
                List.of(
                        new CreateTable(stockPrices),
                        new CreateIndex("stock_prices", byDate),
                        new AddColumn("companies", STOCK_SYMBOL_TYPE),
                        new ExecuteSql(fill),
                        new AddUniqueConstraint("companies", companyName),
                        new DropUniqueConstraint("companies", tickerKey),
                        new DropIndex("companies", bySector),
                        new DropColumn("companies", sector),
                        new DropTable(watchlist)),
                List.of(
                        new CreateTable(watchlist),
                        new AddColumn("companies", sector),
                        new CreateIndex("companies", bySector),
                        new AddUniqueConstraint("companies", tickerKey),
                        new DropUniqueConstraint("companies", companyName),
                        new DropColumn("companies", STOCK_SYMBOL_TYPE),
                        new DropIndex("stock_prices", byDate),
                        new DropTable(stockPrices)));
    }

    /** What {@code -Dautogenerate=false} produces: a revision without steps. */
    public static RevisionSpec empty() {
        return new RevisionSpec(PACKAGE, "V20261206_080000_BackfillSectors", "5d6e7f8091a2",
                List.of("0b1c2d3e4f50"), "Backfill sectors", Instant.parse("2026-12-06T08:00:00Z"),
                List.of(), List.of());
    }

    /** A message and SQL full of characters that Java strings and comments must escape. */
    public static RevisionSpec needingEscapes() {
        String message = "Fix \"O'Brien\" names\\paths */ @since <b> & \\u0041\nsecond line";
        return new RevisionSpec(PACKAGE, "V20261207_101500_FixOBrienNames", "c0ffee123456",
                List.of("5d6e7f8091a2", "0b1c2d3e4f50"), message, Instant.parse("2026-12-07T10:15:00Z"),
                List.of(new ExecuteSql("UPDATE companies SET company_name = 'O''Brien \"Ltd\"' WHERE ticker = 'OB\\'")),
                List.of(new ExecuteSql("UPDATE companies SET company_name = 'O''Brien' WHERE ticker = 'OB\\'")));
    }

    /** What {@code migrate:merge} produces: two parents, no steps. */
    public static RevisionSpec merge() {
        return new RevisionSpec(PACKAGE, "V20261208_090000_MergeSymbolsAndPrices", "e5f60718293a",
                List.of("a3c5e7f90b12", "0b1c2d3e4f50"), "Merge symbols and prices", Instant.parse("2026-12-08T09:00:00Z"),
                List.of(), List.of());
    }

    /** A revision that starts a labelled branch and needs a revision of another branch first. */
    public static RevisionSpec branchWithDependency() {
        return new RevisionSpec(PACKAGE, "V20261209_100000_NetworkingTables", "f00dfeed0001",
                List.of("1975ea83b712"), "Networking tables", Instant.parse("2026-12-09T10:00:00Z"),
                List.of(new ExecuteSql("CREATE TABLE links (id bigint)")), List.of(new ExecuteSql("DROP TABLE links")),
                List.of("networking"), List.of("a3c5e7f90b12", "0b1c2d3e4f50"));
    }

    /** All of the above, for tests that hold for every revision. */
    public static List<RevisionSpec> all() {
        return List.of(createCompaniesTable(), addStockSymbolType(), everyKindOfChange(), empty(), needingEscapes(),
                merge(), branchWithDependency());
    }
}
