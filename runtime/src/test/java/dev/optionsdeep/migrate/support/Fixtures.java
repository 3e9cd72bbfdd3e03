package dev.optionsdeep.migrate.support;

import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.SqlTypes;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.List;

/** The Options Deep model as schema records: the seed's companies and stock_prices tables. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Table companies() {
        return new Table("companies", List.of(
                new Column("id", SqlTypes.BIGINT, false, true),
                new Column("ticker", SqlTypes.varchar(20), false, false),
                new Column("company_name", SqlTypes.varchar(500), false, false),
                Column.of("exchange", SqlTypes.varchar(100)),
                Column.of("market_cap", SqlTypes.BIGINT),
                new Column("is_active", SqlTypes.BOOLEAN, false, false),
                new Column("created_at", SqlTypes.timestampWithTimeZone(6), false, false)),
                new PrimaryKey("companies_pkey", List.of("id")),
                List.of(),
                List.of(new Index("ix_companies_ticker", List.of("ticker"), true)));
    }

    public static Table stockPrices() {
        return new Table("stock_prices", List.of(
                new Column("id", SqlTypes.BIGINT, false, true),
                new Column("ticker", SqlTypes.varchar(20), false, false),
                new Column("trade_date", SqlTypes.DATE, false, false),
                Column.of("close", SqlTypes.numeric(18, 4))),
                new PrimaryKey("stock_prices_pkey", List.of("id")),
                List.of(new UniqueConstraint("stock_prices_ticker_trade_date_key", List.of("ticker", "trade_date"))),
                List.of(new Index("stock_prices_trade_date_idx", List.of("trade_date DESC"), false)));
    }
}
