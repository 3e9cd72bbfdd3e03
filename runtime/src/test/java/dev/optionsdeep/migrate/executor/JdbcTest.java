package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The executor's plain JDBC statements: values bound by type, results read as the callers expect, failures named. */
class JdbcTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @Test
    void bindsEachParameterByItsTypeAndReadsTheFirstColumn() throws SQLException {
        try (Connection c = db.connect()) {
            assertEquals("a|7|8|true", Jdbc.scalar(c, "SELECT ? || '|' || ? || '|' || ? || '|' || ?", String.class,
                    "a", 7L, 8, true));
            assertEquals(3L, Jdbc.scalar(c, "SELECT count(*) FROM generate_series(1, 3)", Long.class));
            assertNull(Jdbc.scalar(c, "SELECT 1 WHERE false", Integer.class));
            Jdbc.update(c, "CREATE TABLE jdbc_t (n integer)");
            assertEquals(2, Jdbc.update(c, "INSERT INTO jdbc_t VALUES (?), (?)", 1, 2));
            assertEquals(List.of("1", "2"), db.rows("SELECT n FROM jdbc_t ORDER BY n"));
        }
    }

    /** As commons-dbutils named them before: PostgreSQL's message, the statement and its parameters; the state kept. */
    @Test
    void aFailureNamesTheStatementAndKeepsPostgresqlsState() throws SQLException {
        try (Connection c = db.connect()) {
            SQLException e = assertThrows(SQLException.class,
                    () -> Jdbc.scalar(c, "SELECT n FROM missing_table WHERE n = ?", Integer.class, 5));
            assertTrue(e.getMessage().startsWith("ERROR: relation \"missing_table\" does not exist"), e.getMessage());
            assertTrue(e.getMessage().endsWith(" Query: SELECT n FROM missing_table WHERE n = ? Parameters: [5]"),
                    e.getMessage());
            assertEquals("42P01", e.getSQLState());
            assertEquals("42P01", e.getNextException().getSQLState());
            SQLException plain = assertThrows(SQLException.class, () -> Jdbc.update(c, "DROP TABLE missing_table"));
            assertTrue(plain.getMessage().endsWith(" Query: DROP TABLE missing_table Parameters: []"), plain.getMessage());
        }
    }

    @Test
    void aParameterOfAnotherTypeIsRefusedBeforeTheStatementRuns() throws SQLException {
        try (Connection c = db.connect()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Jdbc.scalar(c, "SELECT ?", String.class, 1.5));
            assertEquals("parameter 1 is a java.lang.Double: only strings, longs, ints and booleans are bound", e.getMessage());
            assertSame(null, Jdbc.scalar(c, "SELECT to_regclass(?)::text", String.class, "no_such_table"));
        }
    }
}
