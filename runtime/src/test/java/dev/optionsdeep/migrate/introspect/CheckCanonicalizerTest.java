package dev.optionsdeep.migrate.introspect;

import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.SqlTypes;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A check as written and the same check as PostgreSQL prints it back reach the same canonical
 * spelling; checks that mean different things do not.
 */
class CheckCanonicalizerTest {

    /** Written as Hibernate writes them, and as users write {@code @CheckConstraint}s. */
    private static final List<String> WRITTEN = List.of(
            "status in ('NEW','PAID')",
            "grade in ('A','B','C')",
            "level in (0,1,2)",
            "level between 0 and 2",
            "(level between 0 and 2)",
            "amount between 0.5 and 10",
            "status <> 'GONE'",
            "status != 'GONE'",
            "amount::integer > 0",
            "cast(level as text) <> ''",
            "note IS NOT NULL",
            "status <> 'NEW' or (note is not null and flag is not null)",
            "not (flag and level = 0)",
            "dtype in ('Animal','Dog','KITTY')",
            "created >= date '2000-01-01'",
            "lower(status) = status");

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    private static Table table(List<String> expressions) {
        List<CheckConstraint> checks = new ArrayList<>();
        for (int i = 0; i < expressions.size(); i++) {
            checks.add(new CheckConstraint(String.format("things_check%02d", i), expressions.get(i)));
        }
        return new Table("things", List.of(new Column("id", SqlTypes.BIGINT, false, false),
                Column.of("status", SqlTypes.varchar(20)), Column.of("grade", "character(1)"),
                Column.of("dtype", SqlTypes.varchar(31)), Column.of("level", SqlTypes.SMALLINT),
                Column.of("amount", SqlTypes.numeric(10, 2)), Column.of("note", SqlTypes.TEXT),
                Column.of("flag", SqlTypes.BOOLEAN), Column.of("created", SqlTypes.DATE)),
                new PrimaryKey("things_pkey", List.of("id")), List.of(), List.of(), List.of(), checks);
    }

    @Test
    void writtenAndPrintedSpellingsReachTheSameCanonicalForm() throws SQLException {
        Schema model = new Schema(List.of(table(WRITTEN)));
        try (Connection c = db.connect()) {
            create(c, model.tables().get(0));
            Schema read = new SchemaReader().read(c).schema();
            assertNotEquals(model, read, "PostgreSQL prints checks differently from how they were written");

            Schema canonicalModel = CheckCanonicalizer.canonical(c, model);
            Schema canonicalRead = CheckCanonicalizer.canonical(c, read);
            assertEquals(canonicalModel, canonicalRead);
            // Exact text, not only the normalised one: the fixed point is one spelling.
            assertEquals(canonicalModel.tables().get(0).checks().stream().map(CheckConstraint::expression).toList(),
                    canonicalRead.tables().get(0).checks().stream().map(CheckConstraint::expression).toList());
            assertEquals(canonicalModel, CheckCanonicalizer.canonical(c, canonicalModel), "a fixed point");
        }
    }

    @Test
    void thePrintedFormOfAVarcharInListIsNotAFixedPointButItsCanonicalFormIs() throws SQLException {
        Schema model = new Schema(List.of(table(List.of("status in ('NEW','PAID')"))));
        try (Connection c = db.connect()) {
            create(c, model.tables().get(0));
            String printed = new SchemaReader().read(c).schema().tables().get(0).checks().get(0).expression();
            String canonical = CheckCanonicalizer.canonical(c, model).tables().get(0).checks().get(0).expression();
            assertEquals("((status)::text = ANY ((ARRAY['NEW'::character varying, 'PAID'::character varying])::text[]))",
                    printed);
            assertEquals("((status)::text = ANY (ARRAY[('NEW'::character varying)::text, ('PAID'::character varying)::text]))",
                    canonical);
        }
    }

    @Test
    void checksThatMeanSomethingElseStayDifferent() throws SQLException {
        List<String> others = List.of(
                "status in ('NEW','PAID','SHIPPED')",
                "grade in ('A','B')",
                "level in (0,1)",
                "level between 0 and 3",
                "level between 0 and 2",
                "amount between 0.5 and 11",
                "status <> 'Gone'",
                "status = 'GONE'",
                "amount::integer >= 0",
                "cast(level as text) <> 'x'",
                "note IS NULL",
                "status <> 'NEW' or (note is not null)",
                "not (flag or level = 0)",
                "dtype in ('Animal','KITTY','Dog')",
                "created > date '2000-01-01'",
                "upper(status) = status");
        try (Connection c = db.connect()) {
            List<CheckConstraint> a = CheckCanonicalizer.canonical(c, new Schema(List.of(table(WRITTEN)))).tables()
                    .get(0).checks();
            List<CheckConstraint> b = CheckCanonicalizer.canonical(c, new Schema(List.of(table(others)))).tables()
                    .get(0).checks();
            for (int i = 0; i < a.size(); i++) {
                if (i == 4) {
                    assertEquals(a.get(i), b.get(i), "the same BETWEEN with and without parentheses");
                } else {
                    assertNotEquals(a.get(i), b.get(i), WRITTEN.get(i) + " against " + others.get(i));
                }
            }
        }
    }

    @Test
    void theDatabaseIsLeftAsItWasAlsoInsideTheCallersTransaction() throws SQLException {
        Schema model = new Schema(List.of(table(List.of("level between 0 and 2"))));
        try (Connection c = db.connect()) {
            CheckCanonicalizer.canonical(c, model);
            assertTrue(c.getAutoCommit());
            c.setAutoCommit(false);
            create(c, new Table("kept", List.of(Column.of("a", SqlTypes.INTEGER)), null, List.of(), List.of()));
            CheckCanonicalizer.canonical(c, model);
            c.commit();
            c.setAutoCommit(true);
            assertEquals(List.of("kept"), new SchemaReader().read(c).schema().tables().stream().map(Table::name).toList());
            assertEquals(List.of(), db.rows("SELECT relname FROM pg_class WHERE relname LIKE 'migrate_check%'"));
        }
    }

    @Test
    void aCheckPostgreSqlRefusesIsReportedWithItsTable() throws SQLException {
        Schema model = new Schema(List.of(table(List.of("missing > 0"))));
        try (Connection c = db.connect()) {
            SQLException e = assertThrows(SQLException.class, () -> CheckCanonicalizer.canonical(c, model));
            assertTrue(e.getMessage().startsWith("PostgreSQL refuses the check constraint things_check00 on things"
                    + " (missing > 0)"), e.getMessage());
        }
    }

    private static void create(Connection c, Table t) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            for (dev.optionsdeep.migrate.postgres.Statement statement : dev.optionsdeep.migrate.postgres.PostgresSql
                    .statements(new dev.optionsdeep.migrate.change.CreateTable(t))) {
                s.execute(statement.sql());
            }
        }
    }
}
