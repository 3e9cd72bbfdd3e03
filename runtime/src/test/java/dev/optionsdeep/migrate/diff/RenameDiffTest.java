package dev.optionsdeep.migrate.diff;

import dev.optionsdeep.migrate.change.AddColumn;
import dev.optionsdeep.migrate.change.AlterColumn;
import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.change.DropColumn;
import dev.optionsdeep.migrate.change.RenameColumn;
import dev.optionsdeep.migrate.change.RenameConstraint;
import dev.optionsdeep.migrate.change.RenameIndex;
import dev.optionsdeep.migrate.change.RenameTable;
import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.SqlTypes;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Renames from hints, likely renames without one, and the NOT NULL rule: what migrate:revision writes or refuses. */
class RenameDiffTest {

    private static final Column ID = new Column("id", SqlTypes.BIGINT, false, true);

    private static Table companies(String ticker, String type) {
        return new Table("companies", List.of(ID, new Column(ticker, type, false, false), Column.of("price", SqlTypes.INTEGER)),
                new PrimaryKey("companies_pkey", List.of("id")),
                List.of(new UniqueConstraint("companies_" + ticker + "_key", List.of(ticker))),
                List.of(new Index("companies_" + ticker + "_idx", List.of(ticker + " DESC"), false)),
                List.of(), List.of(new CheckConstraint("companies_" + ticker + "_check", "(length((" + ticker + ")::text) > 0)")));
    }

    private static RenameHints column(String table, String column, String from) {
        return new RenameHints(List.of(), List.of(new RenameHints.ColumnHint(table, column, from)));
    }

    private static List<Change> changes(Schema head, Schema model, RenameHints hints) {
        return Autogenerate.changes(head, model, hints, Autogenerate.Confirmations.NONE).changes();
    }

    @Test
    void aColumnHintRenamesTheColumnAndTheConstraintsNamedAfterIt() {
        Schema head = new Schema(List.of(companies("ticker", SqlTypes.varchar(20))));
        Schema model = new Schema(List.of(companies("symbol", SqlTypes.varchar(20))));

        List<Change> changes = changes(head, model, column("companies", "symbol", "ticker"));

        assertEquals(List.of(
                new RenameColumn("companies", "ticker", "symbol"),
                new RenameConstraint("companies", "companies_ticker_key", "companies_symbol_key"),
                new RenameConstraint("companies", "companies_ticker_check", "companies_symbol_check"),
                new RenameIndex("companies", "companies_ticker_idx", "companies_symbol_idx")), changes);
        assertEquals(model, apply(head, changes));
        assertEquals(head, apply(model, SchemaDiff.inverse(changes)));
    }

    @Test
    void aRenameWithATypeChangeRenamesThenAltersInPlace() {
        Schema head = new Schema(List.of(companies("ticker", SqlTypes.varchar(20))));
        Schema model = new Schema(List.of(companies("symbol", SqlTypes.varchar(40))));

        List<Change> changes = changes(head, model, column("companies", "symbol", "ticker"));

        assertEquals(new RenameColumn("companies", "ticker", "symbol"), changes.get(0));
        assertEquals(new AlterColumn("companies", new Column("symbol", SqlTypes.varchar(20), false, false),
                new Column("symbol", SqlTypes.varchar(40), false, false)), changes.get(changes.size() - 1));
        assertEquals(model, apply(head, changes));
        assertEquals(head, apply(model, SchemaDiff.inverse(changes)));
    }

    @Test
    void aTableInANamedSchemaIsRenamedWithinIt() {
        Table old = new Table("sales.companies", List.of(ID), new PrimaryKey("companies_pkey", List.of("id")),
                List.of(), List.of());
        Table renamed = new Table("sales.firms", List.of(ID), new PrimaryKey("firms_pkey", List.of("id")),
                List.of(), List.of());

        // The hint names the old table as the entity's @RenamedFrom does: without its schema.
        List<Change> changes = changes(new Schema(List.of(old)), new Schema(List.of(renamed)),
                new RenameHints(List.of(new RenameHints.TableHint("sales.firms", "companies")), List.of()));

        assertEquals(new RenameTable("sales.companies", "sales.firms"), changes.get(0));
        assertEquals(List.of("ALTER TABLE sales.companies RENAME TO firms",
                        "ALTER TABLE sales.firms RENAME CONSTRAINT companies_pkey TO firms_pkey"),
                dev.optionsdeep.migrate.postgres.PostgresSql.statements(changes).stream()
                        .map(dev.optionsdeep.migrate.postgres.Statement::sql).toList());
        IllegalArgumentException across = assertThrows(IllegalArgumentException.class,
                () -> new RenameTable("sales.companies", "firms"));
        assertEquals("rename table sales.companies to firms moves it to another schema, which a rename cannot do:"
                + " ALTER TABLE … SET SCHEMA is not supported yet", across.getMessage());
    }

    @Test
    void aTableHintRenamesTheTableItsKeysAndTheForeignKeysPointingAtIt() {
        Table firms = new Table("firms", companies("ticker", SqlTypes.varchar(20)).columns(),
                new PrimaryKey("firms_pkey", List.of("id")), List.of(), List.of());
        Table companies = new Table("companies", firms.columns(), new PrimaryKey("companies_pkey", List.of("id")),
                List.of(), List.of());
        Table prices = new Table("prices", List.of(ID, new Column("company_id", SqlTypes.BIGINT, false, false)),
                new PrimaryKey("prices_pkey", List.of("id")), List.of(), List.of(),
                List.of(new ForeignKey("prices_company_id_fkey", List.of("company_id"), "companies", List.of("id"))), List.of());
        Table pricesAfter = prices.withForeignKeys(List.of(
                new ForeignKey("prices_company_id_fkey", List.of("company_id"), "firms", List.of("id"))));
        Schema head = new Schema(List.of(companies, prices));
        Schema model = new Schema(List.of(firms, pricesAfter));

        List<Change> changes = changes(head, model,
                new RenameHints(List.of(new RenameHints.TableHint("firms", "companies")), List.of()));

        assertEquals(List.of(new RenameTable("companies", "firms"),
                new RenameConstraint("firms", "companies_pkey", "firms_pkey")), changes);
        assertEquals(model, apply(head, changes));
        assertEquals(head, apply(model, SchemaDiff.inverse(changes)));
    }

    @Test
    void aHintIsInertOnceItsRenameIsCaptured() {
        Schema captured = new Schema(List.of(companies("symbol", SqlTypes.varchar(20))));

        Autogenerate.Result result = Autogenerate.changes(captured, captured, column("companies", "symbol", "ticker"),
                Autogenerate.Confirmations.NONE);

        assertEquals(List.of(), result.changes());
        assertEquals(List.of(), result.ignored(), "a captured hint is not a mistake");
        assertEquals(List.of(), changes(captured, captured, new RenameHints(
                List.of(new RenameHints.TableHint("companies", "firms")), List.of())));
    }

    @Test
    void aHintNamingNothingIsIgnoredAndSaidSo() {
        Schema head = new Schema(List.of(companies("ticker", SqlTypes.varchar(20))));
        Schema model = new Schema(List.of(companies("ticker", SqlTypes.varchar(20)).withColumns(List.of(ID,
                new Column("ticker", SqlTypes.varchar(20), false, false), Column.of("price", SqlTypes.INTEGER),
                Column.of("sector", SqlTypes.TEXT)))));

        Autogenerate.Result result = Autogenerate.changes(head, model, column("companies", "sector", "branch"),
                Autogenerate.Confirmations.NONE);

        assertEquals(List.of(new AddColumn("companies", Column.of("sector", SqlTypes.TEXT))), result.changes());
        assertEquals(List.of("@RenamedFrom(\"branch\") on column companies.sector: the head revision has no column"
                + " companies.branch"), result.ignored());
    }

    @Test
    void withoutAHintADropAndACompatibleAddStopTheRevision() {
        Schema head = new Schema(List.of(companies("ticker", SqlTypes.varchar(20))));
        Schema model = new Schema(List.of(companies("symbol", SqlTypes.TEXT)));

        NeedsIntentException e = assertThrows(NeedsIntentException.class, () -> changes(head, model, RenameHints.NONE));

        assertEquals(List.of("companies.ticker character varying(20) -> companies.symbol text"),
                e.likelyRenames().stream().map(NeedsIntentException.LikelyRename::describe).toList());
        assertEquals("companies.ticker", e.likelyRenames().get(0).dropped());
        assertEquals(List.of("companies.symbol"), e.notNullColumns(), "symbol is NOT NULL without a default too");
    }

    @Test
    void anIncompatibleTypeIsNoLikelyRename() {
        Schema head = new Schema(List.of(companies("ticker", SqlTypes.varchar(20))));
        Table t = companies("ticker", SqlTypes.varchar(20));
        Schema model = new Schema(List.of(t.withColumns(List.of(ID, new Column("ticker", SqlTypes.varchar(20), false, false),
                Column.of("listed", SqlTypes.DATE)))));

        List<Change> changes = changes(head, model, RenameHints.NONE);

        assertEquals(List.of(new DropColumn("companies", Column.of("price", SqlTypes.INTEGER)),
                new AddColumn("companies", Column.of("listed", SqlTypes.DATE))), changes);
    }

    @Test
    void aConfirmedDropIsADropAndAnAdd() {
        Schema head = new Schema(List.of(companies("ticker", SqlTypes.varchar(20))));
        Table t = companies("ticker", SqlTypes.varchar(20));
        Schema model = new Schema(List.of(t.withColumns(List.of(ID, new Column("ticker", SqlTypes.varchar(20), false, false),
                Column.of("cost", SqlTypes.BIGINT)))));

        assertThrows(NeedsIntentException.class, () -> changes(head, model, RenameHints.NONE));
        List<Change> changes = Autogenerate.changes(head, model, RenameHints.NONE,
                new Autogenerate.Confirmations(Set.of("companies.price"), Set.of())).changes();

        assertEquals(List.of(new DropColumn("companies", Column.of("price", SqlTypes.INTEGER)),
                new AddColumn("companies", Column.of("cost", SqlTypes.BIGINT))), changes);
    }

    @Test
    void aDroppedAndACreatedTableOfTheSameShapeStopTheRevision() {
        Table companies = companies("ticker", SqlTypes.varchar(20)).withIndexes(List.of());
        Table firms = new Table("firms", companies.columns(), new PrimaryKey("firms_pkey", List.of("id")), List.of(), List.of());

        NeedsIntentException e = assertThrows(NeedsIntentException.class,
                () -> changes(new Schema(List.of(companies)), new Schema(List.of(firms)), RenameHints.NONE));

        assertEquals(List.of("table companies -> table firms"),
                e.likelyRenames().stream().map(NeedsIntentException.LikelyRename::describe).toList());
        assertEquals(2, Autogenerate.changes(new Schema(List.of(companies)), new Schema(List.of(firms)), RenameHints.NONE,
                new Autogenerate.Confirmations(Set.of("companies"), Set.of())).changes().size());
    }

    @Test
    void aNotNullColumnWithoutDefaultOnAnExistingTableNeedsAcknowledgement() {
        Table t = companies("ticker", SqlTypes.varchar(20));
        Column sector = new Column("sector", SqlTypes.TEXT, false, false);
        Schema head = new Schema(List.of(t));
        Schema model = new Schema(List.of(t.withColumns(List.of(ID, new Column("ticker", SqlTypes.varchar(20), false, false),
                Column.of("price", SqlTypes.INTEGER), sector))));

        NeedsIntentException e = assertThrows(NeedsIntentException.class, () -> changes(head, model, RenameHints.NONE));
        assertEquals(List.of("companies.sector"), e.notNullColumns());
        assertEquals(List.of(), e.likelyRenames());

        List<Change> acknowledged = Autogenerate.changes(head, model, RenameHints.NONE,
                new Autogenerate.Confirmations(Set.of(), Set.of("companies.sector"))).changes();
        assertEquals(List.of(new AddColumn("companies", sector.withNullable(true)),
                new AlterColumn("companies", sector.withNullable(true), sector)), acknowledged);
        assertEquals(model, apply(head, acknowledged));

        Schema withDefault = new Schema(List.of(t.withColumns(List.of(ID, new Column("ticker", SqlTypes.varchar(20), false, false),
                Column.of("price", SqlTypes.INTEGER), sector.withDefault("'none'::text")))));
        assertEquals(List.of(new AddColumn("companies", sector.withDefault("'none'::text"))),
                changes(head, withDefault, RenameHints.NONE), "a default fills the existing rows");
        assertEquals(model, apply(Schema.EMPTY, changes(Schema.EMPTY, model, RenameHints.NONE)), "a new table has no rows");
    }

    private static Schema apply(Schema schema, List<Change> changes) {
        Schema s = schema;
        for (Change c : changes) {
            s = c.applyTo(s);
        }
        return s;
    }
}
