package dev.optionsdeep.migrate.plugin.codegen;

import dev.optionsdeep.migrate.change.ExecuteSql;
import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.plugin.codegen.support.InMemoryCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SQL for {@code ops.execute}: a string for one line, a text block for several, exact either way. */
class SqlLiteralsTest {

    @Test
    void oneLineIsAString() {
        assertEquals("\"SELECT 'a', \\\"b\\\"\"", SqlLiterals.of("SELECT 'a', \"b\"").toString());
    }

    @Test
    void severalLinesAreATextBlockClosedAfterTheLastLine() {
        assertEquals("""
                \"""
                UPDATE companies
                SET stock_symbol_type = 'common'
                WHERE stock_symbol_type IS NULL\"""\
                """, SqlLiterals.of("""
                UPDATE companies
                SET stock_symbol_type = 'common'
                WHERE stock_symbol_type IS NULL\
                """).toString());
    }

    @Test
    void textBlockReadsAsWrittenInsideTheMigration() {
        String sql = """
                UPDATE companies
                   SET sector = 'Unknown'
                 WHERE sector IS NULL
                """;

        assertEquals("""
                    @Override
                    public void upgrade(Operations ops) {
                        ops.execute(\"""
                                UPDATE companies
                                   SET sector = 'Unknown'
                                 WHERE sector IS NULL
                                \""");
                    }
                """, upgradeMethodOf(MigrationSource.render(spec(sql))));
    }

    @Test
    void backslashesAndTrailingSpacesAreEscapedInATextBlock() {
        assertEquals("""
                \"""
                SELECT '\\\\d' \\s
                FROM t\"""\
                """, SqlLiterals.of("SELECT '\\d'  \nFROM t").toString());
    }

    @Test
    void indentedLinesKeepTheirIndentationByClosingOnTheNextLine() {
        assertEquals("""
                \"""
                  SELECT 1
                  FROM t\\
                \"""\
                """, SqlLiterals.of("  SELECT 1\n  FROM t").toString());
    }

    /** Whatever the SQL, the compiled migration hands ops.execute the very same string. */
    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT 1",
            "SELECT 1\nFROM t",
            "SELECT 1\nFROM t\n",
            "SELECT 1\n\n\nFROM t\n\n",
            "\nSELECT 1",
            "  SELECT 1\n    FROM t",
            "  SELECT 1\n    FROM t\n",
            "SELECT 'a'   \n   \nFROM t  ",
            "SELECT \"\"\" , \"\"\"\"\"\" , \"\"\nFROM \"t\"",
            "SELECT 1\nFROM \"t\"",
            "SELECT 1\nFROM \"t\"\"",
            "SELECT '\\' , '\\\\' , '\\u0041' , '\\\"'\nFROM t\\",
            "SELECT $1, '$$' , '$L'\nFROM t",
            "SELECT 'é', 'ü', '株'\nFROM t",
            "SELECT 1 -- comment */ /* open\nFROM t /* block */",
            "SELECT\t1\nFROM\tt",
            "SELECT 1\r\nFROM t\r\n",
            "SELECT 1\u2003\nFROM t\u00a0",
            "SELECT 1\u0000\u0007\nFROM t\f",
            "SELECT 1\u2028FROM t\n",
    })
    void compiledLiteralIsTheSameString(String sql) {
        RevisionSpec spec = spec(sql);

        Migration migration = InMemoryCompiler.instantiate(spec.qualifiedClassName(),
                MigrationSource.render(spec), Migration.class);

        assertEquals(List.of(new ExecuteSql(sql)), Operations.stepsOf(migration, true));
    }

    @org.junit.jupiter.api.Test
    void stepsOutsideTheTransactionRoundTripThroughTheSource() {
        List<dev.optionsdeep.migrate.change.Change> steps = List.of(new ExecuteSql("VACUUM companies", false),
                new dev.optionsdeep.migrate.change.CreateIndex("companies",
                        new dev.optionsdeep.migrate.schema.Index("companies_ticker_key", List.of("ticker"), true), true),
                new dev.optionsdeep.migrate.change.DropIndex("companies",
                        new dev.optionsdeep.migrate.schema.Index("companies_name_idx", List.of("name"), false), true));
        RevisionSpec spec = new RevisionSpec("example", "V20270101_000000_Online", "0123456789ab", List.of(), "Online",
                Instant.parse("2027-01-01T00:00:00Z"), steps, List.of());
        String source = MigrationSource.render(spec);
        assertTrue(source.contains("ops.executeOutsideTransaction(\"VACUUM companies\");"), source);
        assertTrue(source.contains("ops.createUniqueIndexConcurrently(\"companies_ticker_key\", \"companies\", \"ticker\");"), source);
        assertTrue(source.contains("ops.dropIndexConcurrently(\"companies_name_idx\", \"companies\", \"name\");"), source);
        Migration migration = InMemoryCompiler.instantiate(spec.qualifiedClassName(), source, Migration.class);
        assertEquals(steps, Operations.stepsOf(migration, true));
    }

    private static RevisionSpec spec(String sql) {
        return new RevisionSpec("example", "V20270101_000000_Sql", "0123456789ab", List.of(), "Sql",
                Instant.parse("2027-01-01T00:00:00Z"), List.of(new ExecuteSql(sql)), List.of());
    }

    private static String upgradeMethodOf(String source) {
        int start = source.indexOf("    @Override\n    public void upgrade");
        int end = source.indexOf("    }\n", start) + "    }\n".length();
        return source.substring(start, end);
    }
}
