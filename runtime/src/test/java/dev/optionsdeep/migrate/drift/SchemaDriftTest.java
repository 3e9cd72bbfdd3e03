package dev.optionsdeep.migrate.drift;

import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Sequence;
import dev.optionsdeep.migrate.schema.SqlTypes;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Differences between the schema a database should have and the one it has, in words. No database. */
class SchemaDriftTest {

    private static final Schema EXPECTED = new Schema(List.of(Fixtures.companies(), Fixtures.stockPrices()),
            List.of(new Sequence("ticket_seq", 1, 50)));

    @Test
    void theSameSchemaHasNoDifferences() {
        assertEquals(List.of(), SchemaDrift.between(EXPECTED, EXPECTED));
    }

    @Test
    void aChangedIndexIsOneChangeNotADropAndAnAdd() {
        Table companies = Fixtures.companies().withIndexes(List.of(new Index("ix_companies_ticker", List.of("ticker"), false)));

        assertEquals(List.of(new Difference("index", "ix_companies_ticker on companies", Difference.Kind.CHANGED,
                        "unique (ticker)", "(ticker)",
                        "index ix_companies_ticker on companies changed: expected unique (ticker), found (ticker)")),
                SchemaDrift.between(EXPECTED, EXPECTED.with(companies)));
    }

    @Test
    void nullabilityDefaultsConstraintsKeysAndSequences() {
        Table companies = Fixtures.companies();
        List<Column> columns = new ArrayList<>(companies.columns());
        columns.replaceAll(c -> c.name().equals("exchange") ? c.withNullable(false).withDefault("'NYSE'::character varying") : c);
        companies = companies.withColumns(columns)
                .withChecks(List.of(new CheckConstraint("companies_market_cap_check", "market_cap >= 0")));
        Table prices = Fixtures.stockPrices().withForeignKeys(List.of(new ForeignKey("stock_prices_company_fkey",
                List.of("id"), "companies", List.of("id"), ForeignKey.NO_ACTION)));
        Schema found = new Schema(List.of(companies, prices), List.of(new Sequence("ticket_seq", 1, 1)));

        assertEquals(List.of(
                "column companies.exchange changed: expected character varying(100) null, found character varying(100)"
                        + " not null default 'NYSE'::character varying",
                "check constraint companies_market_cap_check on companies was added by hand: check (market_cap >= 0)",
                "foreign key stock_prices_company_fkey on stock_prices was added by hand: (id) references companies(id)",
                "sequence ticket_seq changed: expected ticket_seq start 1 increment 50, found ticket_seq start 1 increment 1"),
                SchemaDrift.between(EXPECTED, found).stream().map(Difference::message).toList());
    }

    @Test
    void aTableCreatedByHandAndAColumnDropped() {
        Table audit = new Table("audit_log", List.of(new Column("id", SqlTypes.BIGINT, false, false)), null, List.of(), List.of());
        Table companies = Fixtures.companies();
        Schema found = EXPECTED.with(audit).with(companies.withColumns(companies.columns().stream()
                .filter(c -> !c.name().equals("market_cap")).toList()));

        assertEquals(List.of(
                "table audit_log was added by hand: (id bigint not null)",
                "column companies.market_cap was dropped: expected bigint null"),
                SchemaDrift.between(EXPECTED, found).stream().map(Difference::message).toList());
    }
}
