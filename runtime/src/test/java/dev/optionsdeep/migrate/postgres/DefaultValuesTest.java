package dev.optionsdeep.migrate.postgres;

import dev.optionsdeep.migrate.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The canonical form of a default is what PostgreSQL itself prints back, checked against a real server. */
class DefaultValuesTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    /** (type, default as written, as PostgreSQL prints it). */
    private static final String[][] CASES = {
            {"integer", "0", "0"},
            {"integer", "007", "7"},
            {"integer", "-1", "'-1'::integer"},
            {"smallint", "-1", "'-1'::integer"},
            {"bigint", "42", "42"},
            {"bigint", "3000000000", "'3000000000'::bigint"},
            {"bigint", "-3000000000", "'-3000000000'::bigint"},
            {"numeric(5,2)", "1.5", "1.5"},
            {"numeric(5,2)", "-1.5", "'-1.5'::numeric"},
            {"numeric(5,2)", "0", "0"},
            {"double precision", "2.5", "2.5"},
            {"real", "-2.5", "'-2.5'::numeric"},
            {"boolean", "TRUE", "true"},
            {"boolean", "false", "false"},
            {"text", "'new'", "'new'::text"},
            {"text", "'O''Brien'", "'O''Brien'::text"},
            {"character varying(10)", "'new'", "'new'::character varying"},
            {"character varying(10)", "'new'::character varying", "'new'::character varying"},
            {"character(3)", "'ab'", "'ab'::bpchar"},
            {"jsonb", "'{}'", "'{}'::jsonb"},
            {"uuid", "'00000000-0000-0000-0000-000000000000'", "'00000000-0000-0000-0000-000000000000'::uuid"},
            {"uuid", "gen_random_uuid()", "gen_random_uuid()"},
            {"date", "current_date", "CURRENT_DATE"},
            {"timestamp(6) without time zone", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP"},
            {"timestamp(6) with time zone", "now()", "now()"},
            {"time(6) without time zone", "localtime", "LOCALTIME"},
    };

    @Test
    void literalsOfKnownTypesAreWrittenAsPostgreSqlPrintsThem() throws SQLException {
        StringBuilder create = new StringBuilder("CREATE TABLE t (");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < CASES.length; i++) {
            create.append(i > 0 ? ", " : "").append("c").append(i).append(' ').append(CASES[i][0])
                    .append(" DEFAULT ").append(CASES[i][1]);
            expected.add("c" + i + "|" + CASES[i][2]);
            assertEquals(Optional.of(CASES[i][2]), DefaultValues.canonical(CASES[i][1], CASES[i][0]), CASES[i][1]);
            // Already canonical: unchanged.
            assertEquals(Optional.of(CASES[i][2]), DefaultValues.canonical(CASES[i][2], CASES[i][0]), CASES[i][2]);
        }
        db.execute(create.append(")").toString());
        assertEquals(expected, db.rows("SELECT a.attname, pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d"
                + " JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum"
                + " WHERE d.adrelid = 't'::regclass ORDER BY d.adnum"));
    }

    @Test
    void anythingElseIsNotGuessed() {
        assertEquals(Optional.empty(), DefaultValues.canonical("1 + 2", "integer"));
        assertEquals(Optional.empty(), DefaultValues.canonical("+7", "integer")); // PostgreSQL prints (+ 7)
        assertEquals(Optional.empty(), DefaultValues.canonical("'5'", "integer"));
        assertEquals(Optional.empty(), DefaultValues.canonical("new", "character varying(10)"));
        assertEquals(Optional.empty(), DefaultValues.canonical("'a' || 'b'", "text"));
        assertEquals(Optional.empty(), DefaultValues.canonical("random()", "double precision"));
        assertEquals(Optional.empty(), DefaultValues.canonical("'{}'", "text[]"));
        assertEquals(Optional.empty(), DefaultValues.canonical("1e3", "numeric(10,2)"));
        assertEquals(Optional.empty(), DefaultValues.canonical("CURRENT_DATE", "integer"));
    }
}
