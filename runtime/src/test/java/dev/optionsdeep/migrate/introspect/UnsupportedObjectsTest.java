package dev.optionsdeep.migrate.introspect;

import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Sequence;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.SqlTypes;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.Verbatim;
import dev.optionsdeep.migrate.schema.UniqueConstraint;
import dev.optionsdeep.migrate.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Each object the model cannot express is reported in the user's words, and an index or
 * constraint so reported is not in the schema (a column is kept, with the nearest definition).
 */
class UnsupportedObjectsTest {

    private static final String COMPANIES = """
            CREATE TABLE companies (
                id bigint NOT NULL,
                ticker text NOT NULL,
                sector text,
                CONSTRAINT companies_pkey PRIMARY KEY (id)
            );
            """;

    /** The companies table above, as the model reads it. */
    private static final Table COMPANIES_TABLE = new Table("companies", List.of(
            new Column("id", SqlTypes.BIGINT, false, false),
            new Column("ticker", SqlTypes.TEXT, false, false),
            Column.of("sector", SqlTypes.TEXT)),
            new PrimaryKey("companies_pkey", List.of("id")), List.of(), List.of());

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    // Indexes

    @Test
    void expressionIndex() throws SQLException {
        assertLeftOutOfCompanies("CREATE INDEX companies_lower_ticker_idx ON companies (lower(ticker))",
                "index companies_lower_ticker_idx on companies is an expression index (CREATE INDEX"
                        + " companies_lower_ticker_idx ON public.companies USING btree (lower(ticker))),"
                        + " which Migrate does not model yet");
    }

    @Test
    void partialIndex() throws SQLException {
        assertLeftOutOfCompanies("CREATE INDEX companies_sector_idx ON companies (sector) WHERE sector IS NOT NULL",
                "index companies_sector_idx on companies is a partial index (WHERE (sector IS NOT NULL)),"
                        + " which Migrate does not model yet");
    }

    @Test
    void indexWithAnotherMethod() throws SQLException {
        assertLeftOutOfCompanies("CREATE INDEX companies_ticker_hash ON companies USING hash (ticker)",
                "index companies_ticker_hash on companies uses the hash method (CREATE INDEX companies_ticker_hash"
                        + " ON public.companies USING hash (ticker)), which Migrate does not model yet");
    }

    @Test
    void indexWithANonDefaultOperatorClass() throws SQLException {
        assertLeftOutOfCompanies("CREATE INDEX companies_ticker_prefix ON companies (ticker text_pattern_ops)",
                "index companies_ticker_prefix on companies uses operator class text_pattern_ops on column ticker,"
                        + " which Migrate does not model yet");
    }

    @Test
    void indexWithACollationOtherThanItsColumns() throws SQLException {
        assertLeftOutOfCompanies("CREATE INDEX companies_ticker_c ON companies (ticker COLLATE \"C\")",
                "index companies_ticker_c on companies uses collation \"C\" on column ticker,"
                        + " which Migrate does not model yet");
    }

    @Test
    void indexWithANonDefaultNullsOrder() throws SQLException {
        assertLeftOutOfCompanies("CREATE INDEX companies_sector_ticker ON companies (sector NULLS FIRST, ticker DESC NULLS LAST)",
                "index companies_sector_ticker on companies orders column sector ASC NULLS FIRST,"
                        + " which Migrate does not model yet",
                "index companies_sector_ticker on companies orders column ticker DESC NULLS LAST,"
                        + " which Migrate does not model yet");
    }

    @Test
    void indexWithIncludeColumns() throws SQLException {
        assertLeftOutOfCompanies("CREATE UNIQUE INDEX companies_ticker_covering ON companies (ticker) INCLUDE (sector, id)",
                "index companies_ticker_covering on companies has INCLUDE columns (sector, id),"
                        + " which Migrate does not model yet");
    }

    @Test
    void indexWithNullsNotDistinct() throws SQLException {
        assertLeftOutOfCompanies("CREATE UNIQUE INDEX companies_sector_key ON companies (sector) NULLS NOT DISTINCT",
                "index companies_sector_key on companies treats nulls as equal (NULLS NOT DISTINCT),"
                        + " which Migrate does not model yet");
    }

    @Test
    void indexWithStorageParameters() throws SQLException {
        assertLeftOutOfCompanies("CREATE INDEX companies_ticker_idx ON companies (ticker) WITH (fillfactor = 70)",
                "index companies_ticker_idx on companies has storage parameters (fillfactor=70),"
                        + " which Migrate does not model yet");
    }

    @Test
    void indexOverAColumnWhoseNameLooksLikeASortOrder() throws SQLException {
        db.execute("CREATE TABLE t (\"x DESC\" integer, x integer); CREATE INDEX t_idx ON t (\"x DESC\")");
        assertEquals(List.of("index t_idx on t has column \"x DESC\", whose name the model cannot tell from a sort"
                + " order, which Migrate does not model yet"), read().unsupported());
        assertEquals(List.of(), read().schema().table("t").orElseThrow().indexes());
    }

    @Test
    void invalidIndexLeftByAFailedConcurrentBuild() throws SQLException {
        db.execute(COMPANIES + "INSERT INTO companies VALUES (1, 'A', 'x'), (2, 'B', 'x')");
        assertThrows(SQLException.class,
                () -> db.execute("CREATE UNIQUE INDEX CONCURRENTLY companies_sector_key ON companies (sector)"));

        assertEquals(new Introspection(new Schema(List.of(COMPANIES_TABLE)), List.of(
                "index companies_sector_key on companies is not valid (a CREATE INDEX CONCURRENTLY failed or has not"
                        + " finished), so Migrate leaves it out; drop it and create it again")), read());
    }

    // Constraints

    @Test
    void foreignKeysAreReadAndANotYetValidatedOneIsReported() throws SQLException {
        db.execute(COMPANIES + """
                CREATE TABLE listings (company_id bigint REFERENCES companies (id) ON DELETE CASCADE, other_id bigint);
                ALTER TABLE listings ADD CONSTRAINT listings_other_fkey FOREIGN KEY (other_id) REFERENCES companies (id) NOT VALID;
                """);

        Introspection read = read();

        assertEquals(List.of("foreign key listings_other_fkey on listings is NOT VALID (FOREIGN KEY (other_id) REFERENCES"
                + " companies(id) NOT VALID), which Migrate does not model yet"), read.unsupported());
        assertEquals(List.of(new ForeignKey("listings_company_id_fkey", List.of("company_id"), "companies", List.of("id"),
                "CASCADE")), read.schema().table("listings").orElseThrow().foreignKeys());
    }

    @Test
    void checkConstraintsAreReadAndANotYetValidatedOneIsReported() throws SQLException {
        db.execute(COMPANIES + """
                ALTER TABLE companies ADD CONSTRAINT companies_ticker_check CHECK (ticker <> '');
                ALTER TABLE companies ADD CONSTRAINT companies_sector_check CHECK (sector IN ('tech', 'energy')) NOT VALID;
                """);
        assertEquals(new Introspection(new Schema(List.of(COMPANIES_TABLE.withChecks(
                        List.of(new CheckConstraint("companies_ticker_check", "(ticker <> ''::text)"))))), List.of(
                "check constraint companies_sector_check on companies is NOT VALID or has a form Migrate does not model"
                        + " (CHECK ((sector = ANY (ARRAY['tech'::text, 'energy'::text]))) NOT VALID), which Migrate does"
                        + " not model yet")), read());
    }

    @Test
    void exclusionConstraintAndItsIndex() throws SQLException {
        assertLeftOutOfCompanies("ALTER TABLE companies ADD CONSTRAINT companies_sector_excl EXCLUDE USING btree (sector WITH =)",
                "table companies has exclusion constraint companies_sector_excl (EXCLUDE USING btree (sector WITH =)),"
                        + " which Migrate does not model yet");
    }

    @Test
    void deferrableUniqueConstraintAndPrimaryKey() throws SQLException {
        db.execute("""
                CREATE TABLE t (
                    a integer,
                    b integer,
                    CONSTRAINT t_pkey PRIMARY KEY (a) DEFERRABLE,
                    CONSTRAINT t_b_key UNIQUE (b) DEFERRABLE INITIALLY DEFERRED
                )""");
        assertEquals(new Introspection(new Schema(List.of(new Table("t", List.of(
                        new Column("a", SqlTypes.INTEGER, false, false), Column.of("b", SqlTypes.INTEGER)),
                        null, List.of(), List.of()))), List.of(
                "primary key t_pkey on t is DEFERRABLE INITIALLY IMMEDIATE, which Migrate does not model yet",
                "unique constraint t_b_key on t is DEFERRABLE INITIALLY DEFERRED, which Migrate does not model yet")),
                read());
    }

    @Test
    void uniqueConstraintsWhoseIndexTheModelCannotExpress() throws SQLException {
        db.execute(COMPANIES + """
                ALTER TABLE companies ADD CONSTRAINT companies_ticker_key UNIQUE (ticker) INCLUDE (sector);
                ALTER TABLE companies ADD CONSTRAINT companies_sector_key UNIQUE NULLS NOT DISTINCT (sector);
                ALTER TABLE companies ADD CONSTRAINT companies_ticker_sector_key UNIQUE (ticker, sector) WITH (fillfactor = 80);
                ALTER TABLE companies ADD CONSTRAINT companies_sector_ticker_key UNIQUE (sector, ticker);
                """);
        assertEquals(new Introspection(new Schema(List.of(COMPANIES_TABLE.withUniqueConstraints(List.of(
                new UniqueConstraint("companies_sector_ticker_key", List.of("sector", "ticker")))))), List.of(
                "unique constraint companies_sector_key on companies treats nulls as equal (NULLS NOT DISTINCT),"
                        + " which Migrate does not model yet",
                "unique constraint companies_ticker_key on companies has INCLUDE columns (sector),"
                        + " which Migrate does not model yet",
                "unique constraint companies_ticker_sector_key on companies has storage parameters on its index"
                        + " (fillfactor=80), which Migrate does not model yet")), read());
    }

    // Columns

    @Test
    void columnDefaultsAreReadAsPostgreSqlPrintsThem() throws SQLException {
        db.execute("CREATE TABLE t (status text NOT NULL DEFAULT 'new', seen timestamp(6) with time zone DEFAULT now(),"
                + " code varchar(3) DEFAULT 'x', n integer DEFAULT 0)");
        assertEquals(new Introspection(new Schema(List.of(new Table("t", List.of(
                        new Column("status", SqlTypes.TEXT, false, false).withDefault("'new'::text"),
                        Column.of("seen", SqlTypes.timestampWithTimeZone(6)).withDefault("now()"),
                        Column.of("code", SqlTypes.varchar(3)).withDefault("'x'::character varying"),
                        Column.of("n", SqlTypes.INTEGER).withDefault("0")), null, List.of(), List.of()))), List.of()),
                read());
    }

    @Test
    void identityGeneratedAlwaysIsReadAsByDefaultAndReported() throws SQLException {
        db.execute("CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY)");
        assertEquals(new Introspection(new Schema(List.of(new Table("t", List.of(
                        new Column("id", SqlTypes.BIGINT, false, true)), null, List.of(), List.of()))), List.of(
                "column t.id is GENERATED ALWAYS AS IDENTITY, which Migrate does not model yet;"
                        + " it is read as GENERATED BY DEFAULT AS IDENTITY (a baseline sets it again)")), read());
    }

    @Test
    void identityWithSequenceOptions() throws SQLException {
        db.execute("""
                CREATE TABLE t (
                    id integer GENERATED BY DEFAULT AS IDENTITY (START WITH 100 INCREMENT BY 10),
                    plain smallint GENERATED BY DEFAULT AS IDENTITY
                )""");
        assertEquals(List.of("column t.id has identity options (START WITH 100 INCREMENT BY 10 MINVALUE 1"
                + " MAXVALUE 2147483647 CACHE 1), which Migrate does not model yet (a baseline sets them again)"),
                read().unsupported());
    }

    @Test
    void serialColumnsAreReadAsTheSerialDefinitionsThatMakeThemNotMistakenForIdentity() throws SQLException {
        db.execute("CREATE TABLE t (id serial, big bigserial, small smallserial)");
        assertEquals(new Introspection(new Schema(List.of(new Table("t", List.of(
                serial("id", SqlTypes.INTEGER, "serial"), serial("big", SqlTypes.BIGINT, "bigserial"),
                serial("small", SqlTypes.SMALLINT, "smallserial")), null, List.of(), List.of()))), List.of()), read());
    }

    @Test
    void aSerialColumnWhoseSequenceSerialWouldNotMakeIsReported() throws SQLException {
        db.execute("""
                CREATE TABLE t (id serial, n bigserial);
                ALTER SEQUENCE t_id_seq RENAME TO t_ids;
                ALTER SEQUENCE t_n_seq INCREMENT BY 50;
                """);
        assertEquals(new Introspection(new Schema(List.of(new Table("t", List.of(
                        new Column("id", SqlTypes.INTEGER, false, false),
                        new Column("n", SqlTypes.BIGINT, false, false)), null, List.of(), List.of()))), List.of(
                "column t.id is a serial column (default nextval('t_ids'::regclass) from its own sequence t_ids, not as"
                        + " serial makes it), which Migrate does not model yet; it is read as a plain integer column."
                        + " Migrate models GENERATED BY DEFAULT AS IDENTITY instead",
                "column t.n is a serial column (default nextval('t_n_seq'::regclass) from its own sequence t_n_seq, not as"
                        + " serial makes it), which Migrate does not model yet; it is read as a plain bigint column."
                        + " Migrate models GENERATED BY DEFAULT AS IDENTITY instead")), read());
    }

    private static Column serial(String name, String type, String serial) {
        return new Column(name, type, false, false, null, null, new Verbatim(serial + " not null", "column t." + name));
    }

    @Test
    void plainSequencesAreReadAndOwnedOrUnusualOnesAreReported() throws SQLException {
        db.execute("""
                CREATE SEQUENCE invoice_numbers;
                CREATE SEQUENCE orders_seq START WITH 100 INCREMENT BY 50;
                CREATE SEQUENCE cached_seq CACHE 20;
                CREATE TABLE t (n bigint);
                CREATE SEQUENCE t_n_seq OWNED BY t.n;
                CREATE TABLE u (n bigint DEFAULT nextval('invoice_numbers'));
                """);
        Introspection read = read();
        assertEquals(List.of(
                "schema public has sequence cached_seq with options beyond start and increment (type, minimum, maximum,"
                        + " cache or cycle), which Migrate does not model yet",
                "schema public has sequence t_n_seq (owned by t.n), which Migrate does not model yet"),
                read.unsupported());
        assertEquals(List.of(new Sequence("invoice_numbers", 1, 1), new Sequence("orders_seq", 100, 50)),
                read.schema().sequences());
        // A default that draws from a sequence of its own choosing is an ordinary default.
        assertEquals("nextval('invoice_numbers'::regclass)",
                read.schema().table("u").orElseThrow().column("n").orElseThrow().defaultValue());
    }

    @Test
    void generatedColumn() throws SQLException {
        db.execute("CREATE TABLE t (price numeric(10,2), qty integer, total numeric GENERATED ALWAYS AS (price * qty) STORED)");
        Introspection read = read();
        assertEquals(List.of("column t.total is generated (GENERATED ALWAYS AS ((price * (qty)::numeric)) STORED),"
                + " which Migrate does not model yet"), read.unsupported());
        assertEquals(Column.of("total", "numeric"), read.schema().table("t").orElseThrow().column("total").orElseThrow());
    }

    @Test
    void columnCollation() throws SQLException {
        db.execute("CREATE TABLE t (code text COLLATE \"C\", name text)");
        assertEquals(List.of("column t.code has collation \"C\", which Migrate does not model yet"), read().unsupported());
    }

    // Other objects

    @Test
    void viewsAndMaterializedViews() throws SQLException {
        db.execute(COMPANIES + """
                CREATE VIEW active_companies AS SELECT id, ticker FROM companies;
                CREATE MATERIALIZED VIEW sector_counts AS SELECT sector, count(*) FROM companies GROUP BY sector;
                CREATE INDEX sector_counts_idx ON sector_counts (sector);
                """);
        assertEquals(new Introspection(new Schema(List.of(COMPANIES_TABLE)), List.of(
                "schema public has materialized view sector_counts, which Migrate does not model yet",
                "schema public has view active_companies, which Migrate does not model yet")), read());
    }

    @Test
    void foreignTable() throws SQLException {
        db.execute("""
                CREATE FOREIGN DATA WRAPPER nothing;
                CREATE SERVER elsewhere FOREIGN DATA WRAPPER nothing;
                CREATE FOREIGN TABLE remote_prices (ticker text) SERVER elsewhere;
                """);
        assertEquals(new Introspection(Schema.EMPTY, List.of(
                "schema public has foreign table remote_prices, which Migrate does not model yet")), read());
    }

    @Test
    void triggersAndTheirFunctions() throws SQLException {
        db.execute(COMPANIES + """
                CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                CREATE TRIGGER companies_touch BEFORE UPDATE ON companies FOR EACH ROW EXECUTE FUNCTION touch();
                """);
        assertEquals(new Introspection(new Schema(List.of(COMPANIES_TABLE)), List.of(
                "schema public has function touch(), which Migrate does not model yet",
                "table companies has trigger companies_touch, which Migrate does not model yet")), read());
    }

    @Test
    void functionsProceduresAndAggregates() throws SQLException {
        db.execute("""
                CREATE FUNCTION add_one(n integer) RETURNS integer LANGUAGE sql AS 'SELECT n + 1';
                CREATE PROCEDURE refresh(full_refresh boolean) LANGUAGE sql AS 'SELECT 1';
                CREATE AGGREGATE total(integer) (SFUNC = int4pl, STYPE = integer);
                """);
        assertEquals(List.of(
                "schema public has aggregate function total(integer), which Migrate does not model yet",
                "schema public has function add_one(n integer), which Migrate does not model yet",
                "schema public has procedure refresh(IN full_refresh boolean), which Migrate does not model yet"),
                read().unsupported());
    }

    @Test
    void userDefinedTypes() throws SQLException {
        db.execute("""
                CREATE TYPE mood AS ENUM ('up', 'down');
                CREATE DOMAIN ticker AS text CHECK (VALUE <> '');
                CREATE TYPE price_range AS RANGE (subtype = numeric);
                CREATE TYPE quote AS (ticker text, price numeric);
                CREATE TABLE t (m mood, tk ticker);
                """);
        Introspection read = read();
        assertEquals(List.of(
                "schema public has composite type quote, which Migrate does not model yet",
                "schema public has domain ticker, which Migrate does not model yet",
                "schema public has enum type mood, which Migrate does not model yet",
                "schema public has range type price_range, which Migrate does not model yet"), read.unsupported());
        // The columns keep format_type's spelling, so a model naming the same types compares equal.
        assertEquals(List.of(Column.of("m", "mood"), Column.of("tk", "ticker")),
                read.schema().table("t").orElseThrow().columns());
    }

    @Test
    void extensionsAndTheirObjects() throws SQLException {
        assumeTrue(!db.rows("SELECT 1 FROM pg_available_extensions WHERE name = 'citext'").isEmpty(),
                "the citext extension (PostgreSQL contrib) is not installed");
        db.execute("CREATE EXTENSION citext; CREATE TABLE t (email citext)");
        Introspection read = read();
        // Its functions, types and operators are the extension's, not the user's: one entry, not hundreds.
        assertEquals(List.of("extension citext is installed in schema public, which Migrate does not model yet"),
                read.unsupported());
        assertEquals(List.of(Column.of("email", "citext")), read.schema().table("t").orElseThrow().columns());
    }

    @Test
    void tableAndColumnCommentsAreReadOthersReported() throws SQLException {
        db.execute(COMPANIES + """
                CREATE INDEX companies_ticker_idx ON companies (ticker);
                COMMENT ON TABLE companies IS 'listed companies';
                COMMENT ON COLUMN companies.ticker IS 'exchange symbol';
                COMMENT ON INDEX companies_ticker_idx IS 'lookups';
                COMMENT ON CONSTRAINT companies_pkey ON companies IS 'surrogate';
                """);
        Introspection read = read();
        assertEquals(List.of(
                "constraint companies_pkey on companies has a comment, which Migrate does not model yet",
                "index companies_ticker_idx on companies has a comment, which Migrate does not model yet"),
                read.unsupported());
        Table companies = read.schema().table("companies").orElseThrow();
        assertEquals("listed companies", companies.comment());
        assertEquals("exchange symbol", companies.column("ticker").orElseThrow().comment());
        assertNull(companies.column("id").orElseThrow().comment());
    }

    @Test
    void rulesAndRowLevelSecurity() throws SQLException {
        db.execute(COMPANIES + """
                CREATE RULE companies_no_delete AS ON DELETE TO companies DO INSTEAD NOTHING;
                ALTER TABLE companies ENABLE ROW LEVEL SECURITY;
                CREATE POLICY companies_tech ON companies USING (sector = 'tech');
                """);
        assertEquals(List.of(
                "table companies has row-level security enabled, which Migrate does not model yet",
                "table companies has row-level security policy companies_tech, which Migrate does not model yet",
                "table companies has rule companies_no_delete, which Migrate does not model yet"), read().unsupported());
    }

    @Test
    void tableKindsAndStorage() throws SQLException {
        db.execute("""
                CREATE UNLOGGED TABLE scratch (id integer);
                CREATE TABLE tuned (id integer) WITH (fillfactor = 70);
                CREATE TABLE events (id integer, at date NOT NULL) PARTITION BY RANGE (at);
                CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
                CREATE TABLE base (id integer);
                CREATE TABLE derived (extra text) INHERITS (base);
                """);
        Introspection read = read();
        assertEquals(List.of(
                "table derived inherits from base, which Migrate does not model yet",
                "table events is partitioned (PARTITION BY RANGE (at)), which Migrate does not model yet",
                "table events_2026 is a partition of events (FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')),"
                        + " which Migrate does not model yet",
                "table scratch is UNLOGGED, which Migrate does not model yet",
                "table tuned has storage parameters (fillfactor=70), which Migrate does not model yet"),
                read.unsupported());
        assertEquals(List.of("base", "derived", "events", "events_2026", "scratch", "tuned"),
                read.schema().tables().stream().map(Table::name).toList());
    }

    @Test
    void extendedStatistics() throws SQLException {
        db.execute(COMPANIES + "CREATE STATISTICS companies_ticker_sector ON ticker, sector FROM companies");
        assertEquals(List.of("schema public has extended statistics companies_ticker_sector on companies,"
                + " which Migrate does not model yet"), read().unsupported());
    }

    /** Runs {@code ddl} on the companies table and expects it unchanged, with these reports. */
    private void assertLeftOutOfCompanies(String ddl, String... reports) throws SQLException {
        db.execute(COMPANIES + ddl);
        assertEquals(new Introspection(new Schema(List.of(COMPANIES_TABLE)), List.of(reports)), read());
    }

    private Introspection read() throws SQLException {
        try (Connection c = db.connect()) {
            return new SchemaReader().read(c);
        }
    }

}
