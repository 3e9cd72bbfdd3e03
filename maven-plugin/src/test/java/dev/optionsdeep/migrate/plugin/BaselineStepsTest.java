package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.introspect.ObjectDefinition;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.SqlTypes;
import dev.optionsdeep.migrate.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BaselineStepsTest {

    private static final Schema COMPANIES = new Schema(List.of(new Table("companies",
            List.of(new Column("id", SqlTypes.BIGINT, false, false), Column.of("ticker", SqlTypes.TEXT)),
            new PrimaryKey("companies_pkey", List.of("id")), List.of(), List.of())));

    @Test
    void extensionsBeforeTheTablesEverythingElseAfterAndTheDowngradeInReverse() {
        BaselineSteps steps = BaselineSteps.of(COMPANIES, List.of(
                new ObjectDefinition("extension", "pg_trgm", "CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public",
                        "DROP EXTENSION pg_trgm"),
                new ObjectDefinition("function", "touch()", "CREATE OR REPLACE FUNCTION public.touch() …",
                        "DROP FUNCTION public.touch()"),
                new ObjectDefinition("view", "tickers", "CREATE VIEW public.tickers AS SELECT ticker FROM companies",
                        "DROP VIEW public.tickers")));

        assertEquals(List.of("execute CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public",
                        "create table companies",
                        "execute CREATE OR REPLACE FUNCTION public.touch() …",
                        "execute CREATE VIEW public.tickers AS SELECT ticker FROM companies"),
                describe(steps.upgrade()));
        assertEquals(List.of("execute DROP VIEW public.tickers", "execute DROP FUNCTION public.touch()",
                        "drop table companies",
                        "execute DROP EXTENSION pg_trgm"),
                describe(steps.downgrade()));
    }

    @Test
    void withoutDefinitionsItIsTheFirstRevisionOfThatSchema() {
        BaselineSteps steps = BaselineSteps.of(COMPANIES, List.of());
        assertEquals(1, steps.upgrade().size());
        assertEquals(List.of(steps.upgrade().get(0).inverse()), steps.downgrade());
    }

    private static List<String> describe(List<Change> changes) {
        return changes.stream().map(Change::describe).toList();
    }
}
