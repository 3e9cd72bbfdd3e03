package dev.optionsdeep.migrate.introspect;

import dev.optionsdeep.migrate.change.AlterColumn;
import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.change.RenameColumn;
import dev.optionsdeep.migrate.change.RenameConstraint;
import dev.optionsdeep.migrate.change.RenameIndex;
import dev.optionsdeep.migrate.change.RenameTable;
import dev.optionsdeep.migrate.diff.Autogenerate;
import dev.optionsdeep.migrate.diff.RenameHints;
import dev.optionsdeep.migrate.diff.SchemaDiff;
import dev.optionsdeep.migrate.postgres.PostgresSql;
import dev.optionsdeep.migrate.postgres.Statement;
import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.SqlTypes;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;
import dev.optionsdeep.migrate.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renames on a real database with rows: the data stays, the catalog then reads back exactly as the
 * model (constraints renamed along), and the inverse gives the old schema and the same rows back.
 */
class RenameRoundTripTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    private static Schema schema(String companies, String ticker, String tickerType) {
        Table c = new Table(companies, List.of(new Column("id", SqlTypes.BIGINT, false, true),
                new Column(ticker, tickerType, false, false), Column.of("price", SqlTypes.INTEGER)),
                new PrimaryKey(companies + "_pkey", List.of("id")),
                List.of(new UniqueConstraint(companies + "_" + ticker + "_key", List.of(ticker))),
                List.of(new Index(companies + "_" + ticker + "_idx", List.of(ticker + " DESC"), false)),
                List.of(), List.of(new CheckConstraint(companies + "_price_check", "(price > 0)"),
                new CheckConstraint(companies + "_" + ticker + "_check", "(length((" + ticker + ")::text) > 0)")));
        Table prices = new Table("prices", List.of(new Column("id", SqlTypes.BIGINT, false, true),
                new Column("company_id", SqlTypes.BIGINT, false, false)), new PrimaryKey("prices_pkey", List.of("id")),
                List.of(), List.of(), List.of(new ForeignKey("prices_company_id_fkey", List.of("company_id"), companies,
                List.of("id"))), List.of());
        return new Schema(List.of(c, prices));
    }

    @Test
    void aTableAndColumnRenameWithATypeChangeKeepsTheRowsAndInvertsExactly() throws SQLException {
        Schema head = schema("companies", "ticker", SqlTypes.varchar(20));
        Schema model = schema("firms", "symbol", SqlTypes.varchar(40));
        run(SchemaDiff.between(Schema.EMPTY, head));
        db.execute("INSERT INTO companies (ticker, price) VALUES ('AAPL', 190); INSERT INTO prices (company_id) VALUES (1)");

        List<Change> up = Autogenerate.changes(head, model, new RenameHints(
                List.of(new RenameHints.TableHint("firms", "companies")),
                List.of(new RenameHints.ColumnHint("firms", "symbol", "ticker"))), Autogenerate.Confirmations.NONE).changes();
        assertEquals(List.of(new RenameTable("companies", "firms"), new RenameColumn("firms", "ticker", "symbol"),
                new RenameConstraint("firms", "companies_pkey", "firms_pkey"),
                new RenameConstraint("firms", "companies_ticker_key", "firms_symbol_key"),
                new RenameConstraint("firms", "companies_price_check", "firms_price_check"),
                new RenameConstraint("firms", "companies_ticker_check", "firms_symbol_check"),
                new RenameIndex("firms", "companies_ticker_idx", "firms_symbol_idx"),
                new AlterColumn("firms", new Column("symbol", SqlTypes.varchar(20), false, false),
                        new Column("symbol", SqlTypes.varchar(40), false, false))), up);
        run(up);

        assertEquals(new Introspection(model, List.of()), read());
        assertEquals(List.of("1|AAPL|190"), db.rows("SELECT id, symbol, price FROM firms"));
        assertEquals(List.of("1"), db.rows("SELECT company_id FROM prices"));

        run(SchemaDiff.inverse(up));
        assertEquals(new Introspection(head, List.of()), read());
        assertEquals(List.of("1|AAPL|190"), db.rows("SELECT id, ticker, price FROM companies"));
    }

    @Test
    void theRenameStatements() {
        assertEquals(List.of("ALTER TABLE companies RENAME TO firms"), sql(new RenameTable("companies", "firms")));
        assertEquals(List.of("ALTER TABLE firms RENAME COLUMN ticker TO \"order\""), sql(new RenameColumn("firms", "ticker", "order")));
        assertEquals(List.of("ALTER TABLE firms RENAME CONSTRAINT companies_pkey TO firms_pkey"),
                sql(new RenameConstraint("firms", "companies_pkey", "firms_pkey")));
        assertEquals(List.of("ALTER INDEX \"Old\" RENAME TO new_idx"), sql(new RenameIndex("firms", "Old", "new_idx")));
        assertEquals(new RenameColumn("firms", "order", "ticker"), new RenameColumn("firms", "ticker", "order").inverse());
        assertEquals("rename column firms.ticker to symbol", new RenameColumn("firms", "ticker", "symbol").describe());
    }

    @Test
    void aNarrowerVarcharRefusesALongerValueInsteadOfCuttingIt() throws SQLException {
        Schema head = schema("companies", "ticker", SqlTypes.varchar(20));
        run(SchemaDiff.between(Schema.EMPTY, head));
        db.execute("INSERT INTO companies (ticker, price) VALUES ('BERKSHIRE-HATHAWAY', 1)");
        AlterColumn narrow = new AlterColumn("companies", new Column("ticker", SqlTypes.varchar(20), false, false),
                new Column("ticker", SqlTypes.varchar(5), false, false));

        SQLException e = assertThrows(SQLException.class, () -> run(List.of(narrow)));

        assertTrue(e.getMessage().contains("value too long"), e.getMessage());
        assertEquals(Set.of(dev.optionsdeep.migrate.change.Risk.REWRITES_TABLE,
                dev.optionsdeep.migrate.change.Risk.MAY_FAIL_ON_DATA), dev.optionsdeep.migrate.change.Risks.of(narrow, false));
        assertEquals(List.of("BERKSHIRE-HATHAWAY"), db.rows("SELECT ticker FROM companies"));
    }

    private static List<String> sql(Change change) {
        return PostgresSql.statements(change).stream().map(Statement::sql).toList();
    }

    private void run(List<Change> changes) throws SQLException {
        try (Connection c = db.connect(); java.sql.Statement s = c.createStatement()) {
            for (Statement statement : PostgresSql.statements(changes)) {
                s.execute(statement.sql());
            }
        }
    }

    private Introspection read() throws SQLException {
        try (Connection c = db.connect()) {
            return new SchemaReader().read(c);
        }
    }
}
