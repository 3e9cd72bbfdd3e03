package dev.optionsdeep.migrate.schema;

import dev.optionsdeep.migrate.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Types as people write them, spelled as {@code format_type} prints them: PostgreSQL itself is the judge. */
class SqlTypesTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    private static final List<String> WRITTEN = List.of(
            "int", "INT4", "integer", "int2", "smallint", "int8", "BigInt", "real", "float4", "float8",
            "double precision", "float", "float(10)", "float(30)", "bool", "boolean", "varchar", "varchar(20)",
            "VARCHAR ( 20 )", "character varying(7)", "char", "char(3)", "character(2)", "decimal", "numeric(10)",
            "numeric(12, 4)", "decimal(5,2)", "timestamp", "timestamp(3)", "timestamptz", "timestamp with time zone",
            "timestamp(0) without time zone", "TIMESTAMP (2) WITH TIME ZONE", "time", "time(3)", "timetz",
            "time with time zone", "text", "bytea", "date", "uuid", "json", "jsonb", "xml", "inet", "cidr",
            "macaddr", "money", "oid", "tsvector", "interval", "interval(2)", "bit", "bit(8)", "varbit",
            "bit varying(5)", "text[]", "integer[]", "varchar(10)[]", "int4range", "daterange", "bpchar");

    @Test
    void everyWrittenTypeReadsBackAsPostgresqlPrintsIt() throws SQLException {
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (int i = 0; i < WRITTEN.size(); i++) {
                s.execute("CREATE TABLE t" + i + " (c " + WRITTEN.get(i) + ")");
            }
        }
        for (int i = 0; i < WRITTEN.size(); i++) {
            String printed = db.rows("SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                    + " WHERE attrelid = 't" + i + "'::regclass AND attname = 'c'").get(0);
            expected.add(WRITTEN.get(i) + " -> " + printed);
            actual.add(WRITTEN.get(i) + " -> " + SqlTypes.canonical(WRITTEN.get(i)).orElse("(refused)"));
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    @Test
    void whatIsNotATypeOfAColumnIsRefused() {
        for (String written : List.of("serial", "bigserial", "smallserial", "serial8", "\"Quoted\"", "varchar(a)",
                "int(4)", "text(10)", "numeric(1,2,3)", "float(60)", "varchar(10) not null", "")) {
            assertEquals(Optional.empty(), SqlTypes.canonical(written), written);
        }
    }

    @Test
    void anUnknownTypeIsKeptAsWrittenInLowerCase() {
        assertEquals(Optional.of("citext"), SqlTypes.canonical("CITEXT"));
        assertEquals(Optional.of("ltree"), SqlTypes.canonical("ltree"));
        assertEquals(Optional.of("vector(3)"), SqlTypes.canonical("vector(3)"));
    }
}
