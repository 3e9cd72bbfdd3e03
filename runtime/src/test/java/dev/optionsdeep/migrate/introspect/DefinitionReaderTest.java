package dev.optionsdeep.migrate.introspect;

import dev.optionsdeep.migrate.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The definitions a baseline carries as SQL: read in an order that creates them, each with the
 * statement that drops it, and the same again once created from what was read.
 */
class DefinitionReaderTest {

    private static final String OBJECTS = """
            CREATE SCHEMA reporting;
            CREATE TABLE companies (id bigint PRIMARY KEY, ticker text NOT NULL, updated_at timestamptz);
            CREATE TABLE migrate_version (revision varchar(64) PRIMARY KEY);
            CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
            CREATE PROCEDURE reporting.refresh() LANGUAGE sql AS $$ SELECT 1 $$;
            CREATE AGGREGATE concatenated(text) (SFUNC = textcat, STYPE = text);
            CREATE TRIGGER companies_touch BEFORE UPDATE ON companies FOR EACH ROW EXECUTE FUNCTION touch();
            CREATE TRIGGER version_touch BEFORE UPDATE ON migrate_version FOR EACH ROW EXECUTE FUNCTION touch();
            CREATE VIEW tickers AS SELECT ticker FROM companies;
            CREATE VIEW reporting.short_tickers AS SELECT ticker FROM tickers WHERE length(ticker) < 4;
            CREATE MATERIALIZED VIEW reporting.company_count AS SELECT count(*) AS n FROM companies;
            """;

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @Test
    void readsCreateAndDropStatementsInAnOrderThatCreatesThem() throws SQLException {
        db.execute(OBJECTS);
        List<ObjectDefinition> read = read();

        assertEquals(List.of("function touch()", "procedure refresh()", "view tickers", "view short_tickers",
                        "materialized view company_count", "trigger companies_touch on companies"),
                read.stream().map(d -> d.what() + " " + d.name()).toList(),
                "the aggregate has no definition to carry, and the trigger of a left-out table is left out");
        assertEquals(List.of("DROP FUNCTION public.touch()", "DROP PROCEDURE reporting.refresh()", "DROP VIEW public.tickers",
                        "DROP VIEW reporting.short_tickers", "DROP MATERIALIZED VIEW reporting.company_count",
                        "DROP TRIGGER companies_touch ON public.companies"),
                read.stream().map(ObjectDefinition::drop).toList());
        assertTrue(read.get(2).create().startsWith("CREATE VIEW public.tickers AS"), read.get(2).create());
    }

    @Test
    void droppedInReverseAndCreatedAgainTheyReadTheSame() throws SQLException {
        db.execute(OBJECTS);
        db.execute("DROP TRIGGER version_touch ON migrate_version"); // not read: it is on a table left out
        List<ObjectDefinition> read = read();
        for (int i = read.size() - 1; i >= 0; i--) {
            db.execute(read.get(i).drop());
        }
        assertEquals(List.of(), read());
        for (ObjectDefinition d : read) {
            db.execute(d.create());
        }
        assertEquals(read, read());
    }

    @Test
    void anExtensionIsCreatedBeforeTheTablesAndDroppedAfterThem() throws SQLException {
        db.execute("CREATE EXTENSION pg_trgm");
        assertEquals(List.of(new ObjectDefinition("extension", "pg_trgm",
                "CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public", "DROP EXTENSION pg_trgm")), read());
        assertTrue(read().get(0).beforeTables());
    }

    @Test
    void theSchemasHoldingSomethingAreNamedEmptyOnesAreNot() throws SQLException {
        db.execute(OBJECTS + "CREATE SCHEMA nothing_here;");
        try (Connection c = db.connect()) {
            assertEquals(List.of("public", "reporting"), SchemaNames.nonEmpty(c));
        }
    }

    private List<ObjectDefinition> read() throws SQLException {
        try (Connection c = db.connect()) {
            return new SchemaReader(SchemaReader.DEFAULT_SCHEMA, SchemaReader.MIGRATE_TABLES, Set.of("reporting"))
                    .definitionReader().read(c);
        }
    }
}
