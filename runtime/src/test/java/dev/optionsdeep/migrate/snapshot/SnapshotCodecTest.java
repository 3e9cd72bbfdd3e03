package dev.optionsdeep.migrate.snapshot;

import dev.optionsdeep.migrate.schema.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.optionsdeep.migrate.support.Fixtures.companies;
import static dev.optionsdeep.migrate.support.Fixtures.stockPrices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnapshotCodecTest {

    private static final Snapshot EQUITIES = new Snapshot("equities", new Schema(List.of(stockPrices(), companies())));

    @Test
    void writesCanonicalText() {
        assertEquals("""
                {
                  "format": 1,
                  "database": "equities",
                  "tables": [
                    {
                      "name": "companies",
                      "columns": [
                        {
                          "name": "id",
                          "type": "bigint",
                          "nullable": false,
                          "identity": true
                        },
                        {
                          "name": "ticker",
                          "type": "character varying(20)",
                          "nullable": false
                        },
                        {
                          "name": "company_name",
                          "type": "character varying(500)",
                          "nullable": false
                        },
                        {
                          "name": "exchange",
                          "type": "character varying(100)",
                          "nullable": true
                        },
                        {
                          "name": "market_cap",
                          "type": "bigint",
                          "nullable": true
                        },
                        {
                          "name": "is_active",
                          "type": "boolean",
                          "nullable": false
                        },
                        {
                          "name": "created_at",
                          "type": "timestamp(6) with time zone",
                          "nullable": false
                        }
                      ],
                      "primaryKey": {
                        "name": "companies_pkey",
                        "columns": ["id"]
                      },
                      "indexes": [
                        {
                          "name": "ix_companies_ticker",
                          "columns": ["ticker"],
                          "unique": true
                        }
                      ]
                    },
                    {
                      "name": "stock_prices",
                      "columns": [
                        {
                          "name": "id",
                          "type": "bigint",
                          "nullable": false,
                          "identity": true
                        },
                        {
                          "name": "ticker",
                          "type": "character varying(20)",
                          "nullable": false
                        },
                        {
                          "name": "trade_date",
                          "type": "date",
                          "nullable": false
                        },
                        {
                          "name": "close",
                          "type": "numeric(18,4)",
                          "nullable": true
                        }
                      ],
                      "primaryKey": {
                        "name": "stock_prices_pkey",
                        "columns": ["id"]
                      },
                      "uniqueConstraints": [
                        {
                          "name": "stock_prices_ticker_trade_date_key",
                          "columns": ["ticker", "trade_date"]
                        }
                      ],
                      "indexes": [
                        {
                          "name": "stock_prices_trade_date_idx",
                          "columns": ["trade_date DESC"],
                          "unique": false
                        }
                      ]
                    }
                  ]
                }
                """, SnapshotCodec.write(EQUITIES));
    }

    @Test
    void readsBackWhatItWrites() {
        String text = SnapshotCodec.write(EQUITIES);
        assertEquals(EQUITIES, SnapshotCodec.read(text, "equities.schema.json"));
        assertEquals(text, SnapshotCodec.write(SnapshotCodec.read(text, "x")));
    }

    /** Format 3 only when a default, a comment or a named schema is present, so older files stay as they are. */
    @Test
    void defaultsCommentsAndNamedSchemasAreFormatThree() {
        dev.optionsdeep.migrate.schema.Table orders = new dev.optionsdeep.migrate.schema.Table("sales.orders", List.of(
                new dev.optionsdeep.migrate.schema.Column("status", "character varying(20)", false, false,
                        "'new'::character varying", "where it is")), null, List.of(), List.of()).withComment("placed");
        Snapshot snapshot = new Snapshot("shop", new Schema(List.of(orders)));
        String text = SnapshotCodec.write(snapshot);
        assertEquals("""
                {
                  "format": 3,
                  "database": "shop",
                  "tables": [
                    {
                      "name": "sales.orders",
                      "comment": "placed",
                      "columns": [
                        {
                          "name": "status",
                          "type": "character varying(20)",
                          "nullable": false,
                          "default": "'new'::character varying",
                          "comment": "where it is"
                        }
                      ]
                    }
                  ]
                }
                """, text);
        assertEquals(snapshot, SnapshotCodec.read(text, "x"));
        for (var t : List.of(orders.withComment(null).withColumns(List.of(orders.columns().get(0).withComment(null)))
                        .withColumns(List.of(orders.columns().get(0).withComment(null).withDefault(null))),
                new dev.optionsdeep.migrate.schema.Table("orders", orders.columns(), null, List.of(), List.of()))) {
            assertEquals(3, SnapshotCodec.formatOf(new Snapshot("shop", new Schema(List.of(t)))), t.toString());
        }
        assertEquals(1, SnapshotCodec.formatOf(EQUITIES));
    }

    @Test
    void escapesAndReadsBackAwkwardNames() {
        Snapshot odd = new Snapshot("we\"ird\\db\n\t\u0001é", Schema.EMPTY);
        assertEquals(odd, SnapshotCodec.read(SnapshotCodec.write(odd), "x"));
    }

    @Test
    void refusesANewerFormatWithTheFix() {
        SnapshotFormatException e = assertThrows(SnapshotFormatException.class,
                () -> SnapshotCodec.read("{\"format\": 6, \"database\": \"x\", \"tables\": []}", "V1.schema.json"));
        assertEquals("V1.schema.json: written by a newer Migrate (snapshot format 6; this version reads up to 5):"
                + " upgrade the migrate plugin and processor", e.getMessage());
    }

    @Test
    void reportsWhereAMalformedFileGoesWrong() {
        SnapshotFormatException e = assertThrows(SnapshotFormatException.class,
                () -> SnapshotCodec.read("{\n  \"format\": 1,\n  \"tables\": [\n    {\"name\" \"x\"}", "bad.json"));
        assertEquals("bad.json: line 4, column 13: expected ':'. Migrate writes snapshots, nobody edits them: restore"
                + " this file from version control (a revision's snapshot), or rebuild (the compiled model's)", e.getMessage());
    }

    @Test
    void reportsAnInconsistentSnapshot() {
        SnapshotFormatException e = assertThrows(SnapshotFormatException.class, () -> SnapshotCodec.read("""
                {"format": 1, "database": "d", "tables": [{"name": "t", "columns": [],
                 "primaryKey": {"name": "t_pkey", "columns": ["id"]}}]}""", "t.json"));
        assertTrue(e.getMessage().startsWith("t.json: not a valid snapshot: primary key t_pkey names column id"), e.getMessage());
    }

    /** An incomplete model keeps what was mapped and lists why it is incomplete, sorted, in format 4. */
    @Test
    void writesAndReadsBackTheProblemsOfAnIncompleteModel() {
        Snapshot incomplete = new Snapshot("shop", Schema.EMPTY, List.of(
                new ModelProblem("MIGRATE-104", "com.acme.Order.lines", "@Formula on lines is not mapped"),
                new ModelProblem("MIGRATE-100", "com.acme.Customer", "crash"),
                new ModelProblem("MIGRATE-104", "com.acme.Order.lines", "@Formula on lines is not mapped")));
        String text = SnapshotCodec.write(incomplete);
        assertEquals("""
                {
                  "format": 4,
                  "database": "shop",
                  "tables": [],
                  "problems": [
                    {
                      "code": "MIGRATE-100",
                      "where": "com.acme.Customer",
                      "message": "crash"
                    },
                    {
                      "code": "MIGRATE-104",
                      "where": "com.acme.Order.lines",
                      "message": "@Formula on lines is not mapped"
                    }
                  ]
                }
                """, text);
        Snapshot read = SnapshotCodec.read(text, "x");
        assertEquals(incomplete, read);
        assertEquals(2, read.problems().size());
        assertTrue(!read.isComplete());
        assertEquals(text, SnapshotCodec.write(read));
    }

    /** A verbatim definition keeps its text and its attribute, in format 5; a snapshot without one stays older. */
    @Test
    void aVerbatimColumnIsWrittenInFormatFive() {
        dev.optionsdeep.migrate.schema.Column code = dev.optionsdeep.migrate.schema.Column.of("code", "text")
                .withVerbatim(new dev.optionsdeep.migrate.schema.Verbatim("text collate \"C\"", "com.acme.Tag#code"));
        Snapshot snapshot = new Snapshot("x", new Schema(List.of(new dev.optionsdeep.migrate.schema.Table("tags",
                List.of(code), null, List.of(), List.of()))));

        String text = SnapshotCodec.write(snapshot);
        assertTrue(text.contains("\"format\": 5"), text);
        assertTrue(text.contains("\"definition\": \"text collate \\\"C\\\"\",\n"), text);
        Snapshot read = SnapshotCodec.read(text, "x");
        assertEquals(snapshot, read);
        assertEquals("com.acme.Tag#code", read.schema().tables().get(0).columns().get(0).verbatim().attribute());
        assertEquals(text, SnapshotCodec.write(read));
    }

    /** A file written before problems existed has none, and is complete: an error then meant no file at all. */
    @Test
    void readsAnOldSnapshotAsComplete() {
        Snapshot old = SnapshotCodec.read("{\"format\": 3, \"database\": \"x\", \"tables\": []}", "old.json");
        assertTrue(old.isComplete());
        assertEquals(1, SnapshotCodec.formatOf(old));
    }
}
