package dev.optionsdeep.migrate.schema;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The schema records refuse what PostgreSQL would silently turn into something else. */
class SchemaRecordsTest {

    @Test
    void aNameLongerThanPostgresqlKeepsIsRefused() {
        String longest = "é".repeat(31) + "x"; // 63 bytes
        assertEquals(longest, Column.of(longest, SqlTypes.TEXT).name());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Table("t".repeat(64), List.of(), null, List.of(), List.of()));
        assertEquals("table name " + "t".repeat(64) + " is 64 bytes long in UTF-8; PostgreSQL keeps only the first"
                + " 63 bytes of a name, so shorten it", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Column.of("é".repeat(32), SqlTypes.TEXT));
        // The limit is the column's name, not the index entry that adds " DESC" to it.
        assertEquals(List.of(longest + " DESC"), new Index("i", List.of(longest + " DESC"), false).columns());
        assertThrows(IllegalArgumentException.class, () -> new Index("i", List.of("é".repeat(32) + " DESC"), false));
    }

    @Test
    void aPrimaryKeyOverANullableColumnIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Table("holdings",
                List.of(new Column("account", SqlTypes.BIGINT, false, false), Column.of("ticker", SqlTypes.TEXT)),
                new PrimaryKey("holdings_pkey", List.of("account", "ticker")), List.of(), List.of()));
        assertEquals("primary key holdings_pkey of table holdings names column ticker, which is nullable;"
                + " PostgreSQL makes primary key columns NOT NULL, so declare ticker not null", e.getMessage());
    }

    @Test
    void indexColumnsHaveOneSpellingOfTheSortOrder() {
        Index index = new Index("trades_idx", List.of("ticker asc", "traded_at desc", "venue DESC", "id"), false);
        assertEquals(List.of("ticker", "traded_at DESC", "venue DESC", "id"), index.columns());
        assertEquals(new Index("trades_idx", List.of("ticker", "traded_at DESC", "venue DESC", "id"), false), index);
    }
}
