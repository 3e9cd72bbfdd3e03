package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Sequence;
import dev.optionsdeep.migrate.schema.SqlTypes;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static dev.optionsdeep.migrate.change.Risk.LOCKS_TABLE;
import static dev.optionsdeep.migrate.change.Risk.MAY_FAIL_ON_DATA;
import static dev.optionsdeep.migrate.change.Risk.MAY_LOSE_DATA;
import static dev.optionsdeep.migrate.change.Risk.REWRITES_TABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One case per change kind, on a table that holds rows unless said otherwise. */
class RisksTest {

    private static final Table T = new Table("t", List.of(new Column("id", SqlTypes.BIGINT, false, false)),
            new PrimaryKey("t_pkey", List.of("id")), List.of(), List.of());

    private static Set<Risk> risks(Change c) {
        return Risks.of(c, false);
    }

    private static Set<Risk> alter(String from, String to) {
        return risks(new AlterColumn("t", Column.of("c", from), Column.of("c", to)));
    }

    private static Set<Risk> set(Risk... risks) {
        return risks.length == 0 ? EnumSet.noneOf(Risk.class) : EnumSet.copyOf(List.of(risks));
    }

    @Test
    void tablesSequencesAndDrops() {
        assertEquals(set(), risks(new CreateTable(T)));
        assertEquals(set(MAY_LOSE_DATA), risks(new DropTable(T)));
        assertEquals(set(), risks(new CreateSequence(new Sequence("s", 1, 50))));
        assertEquals(set(MAY_LOSE_DATA), risks(new DropSequence(new Sequence("s", 1, 50))));
        assertEquals(set(MAY_LOSE_DATA), risks(new DropColumn("t", Column.of("c", SqlTypes.TEXT))));
        assertEquals(set(), risks(new DropIndex("t", new Index("i", List.of("id"), false))));
        assertEquals(set(), risks(new DropUniqueConstraint("t", new UniqueConstraint("u", List.of("id")))));
        assertEquals(set(), risks(new DropForeignKey("t", new ForeignKey("f", List.of("id"), "o", List.of("id")))));
        assertEquals(set(), risks(new DropCheckConstraint("t", new CheckConstraint("k", "(id > 0)"))));
    }

    @Test
    void addColumn() {
        assertEquals(set(), risks(new AddColumn("t", Column.of("c", SqlTypes.TEXT))), "catalog only");
        assertEquals(set(MAY_FAIL_ON_DATA), risks(new AddColumn("t", new Column("c", SqlTypes.TEXT, false, false))));
        assertEquals(set(), risks(new AddColumn("t", new Column("c", SqlTypes.TEXT, false, false).withDefault("'x'::text"))),
                "a constant default fills rows without a rewrite since PostgreSQL 11");
        assertEquals(set(REWRITES_TABLE), risks(new AddColumn("t", Column.of("c", SqlTypes.UUID).withDefault("gen_random_uuid()"))));
        assertEquals(set(REWRITES_TABLE), risks(new AddColumn("t", new Column("c", SqlTypes.BIGINT, false, true))));
        assertEquals(set(), Risks.of(new AddColumn("t", new Column("c", SqlTypes.TEXT, false, false)), true), "an empty table");
    }

    @Test
    void typeChanges() {
        assertEquals(set(), alter(SqlTypes.varchar(20), SqlTypes.varchar(40)), "binary-coercible");
        assertEquals(set(), alter(SqlTypes.varchar(20), SqlTypes.TEXT));
        assertEquals(set(), alter(SqlTypes.numeric(10, 2), SqlTypes.numeric(12, 2)));
        assertEquals(set(REWRITES_TABLE, MAY_FAIL_ON_DATA), alter(SqlTypes.varchar(40), SqlTypes.varchar(20)));
        assertEquals(set(REWRITES_TABLE), alter(SqlTypes.INTEGER, SqlTypes.BIGINT));
        assertEquals(set(REWRITES_TABLE, MAY_FAIL_ON_DATA), alter(SqlTypes.BIGINT, SqlTypes.INTEGER));
        assertEquals(set(REWRITES_TABLE, MAY_LOSE_DATA), alter(SqlTypes.numeric(10, 2), SqlTypes.numeric(11, 1)), "rounds");
        assertEquals(set(REWRITES_TABLE, MAY_FAIL_ON_DATA), alter(SqlTypes.numeric(10, 2), SqlTypes.numeric(6, 2)));
        assertEquals(set(REWRITES_TABLE), alter(SqlTypes.INTEGER, SqlTypes.TEXT));
        assertEquals(set(REWRITES_TABLE, MAY_FAIL_ON_DATA), alter(SqlTypes.TEXT, SqlTypes.INTEGER), "refuses '12a', cuts nothing");
        assertEquals(set(REWRITES_TABLE, MAY_FAIL_ON_DATA, MAY_LOSE_DATA), alter("double precision", SqlTypes.INTEGER));
    }

    @Test
    void nullabilityAndIdentity() {
        Column nullable = Column.of("c", SqlTypes.BIGINT);
        Column notNull = new Column("c", SqlTypes.BIGINT, false, false);
        Column identity = new Column("c", SqlTypes.BIGINT, false, true);
        assertEquals(set(LOCKS_TABLE, MAY_FAIL_ON_DATA), risks(new AlterColumn("t", nullable, notNull)));
        assertEquals(set(), risks(new AlterColumn("t", notNull, nullable)));
        assertEquals(set(), risks(new AlterColumn("t", notNull, identity)));
        assertEquals(set(MAY_LOSE_DATA), risks(new AlterColumn("t", identity, notNull)), "the sequence position goes");
        assertEquals(set(), risks(new AlterColumn("t", nullable, nullable.withComment("why"))));
    }

    @Test
    void indexesAndConstraints() {
        assertEquals(set(LOCKS_TABLE), risks(new CreateIndex("t", new Index("i", List.of("id"), false))));
        assertEquals(set(LOCKS_TABLE, MAY_FAIL_ON_DATA), risks(new CreateIndex("t", new Index("i", List.of("id"), true))));
        assertEquals(set(LOCKS_TABLE, MAY_FAIL_ON_DATA), risks(new AddUniqueConstraint("t", new UniqueConstraint("u", List.of("id")))));
        assertEquals(set(LOCKS_TABLE, MAY_FAIL_ON_DATA), risks(new AddCheckConstraint("t", new CheckConstraint("k", "(id > 0)"))));
        assertEquals(set(LOCKS_TABLE, MAY_FAIL_ON_DATA),
                risks(new AddForeignKey("t", new ForeignKey("f", List.of("id"), "o", List.of("id")))));
    }

    @Test
    void renamesAndSqlStatements() {
        assertEquals(set(), risks(new RenameTable("a", "b")));
        assertEquals(set(), risks(new RenameColumn("t", "a", "b")));
        assertEquals(set(), risks(new RenameConstraint("t", "a", "b")));
        assertEquals(set(), risks(new RenameIndex("t", "a", "b")));
        assertEquals(set(MAY_LOSE_DATA), risks(new ExecuteSql("DELETE FROM t")));
        assertEquals(set(), risks(new ExecuteSql("INSERT INTO t VALUES (1)")));
    }

    @Test
    void keysCommentsSequenceChangesAndSchemas() {
        PrimaryKey key = new PrimaryKey("t_pkey", List.of("id"));
        assertEquals(set(LOCKS_TABLE, MAY_FAIL_ON_DATA), risks(new AddPrimaryKey("t", key)), "scans for duplicates and nulls");
        assertEquals(set(), risks(new DropPrimaryKey("t", key)));
        assertEquals(set(), risks(new CommentOnTable("t", null, "rows")));
        assertEquals(set(), risks(new AlterSequence(new Sequence("s", 1, 50), new Sequence("s", 1, 1))));
        AlterSequence reversed = new AlterSequence(new Sequence("s", 1, 50), new Sequence("s", 1, -1));
        assertEquals(set(MAY_LOSE_DATA), risks(reversed), "restarted: keys handed out may come again");
        assertTrue(reversed.losesData());
        assertEquals(set(), risks(new CreateSchema("sales")));
        assertEquals(set(MAY_FAIL_ON_DATA), risks(new DropSchema("sales")), "refused while the schema holds anything");
        assertEquals(set(), risks(new AlterColumn("t", Column.of("c", SqlTypes.TEXT),
                Column.of("c", SqlTypes.TEXT).withDefault("'x'::text").withComment("note"))), "catalog only");
    }

    @Test
    void stepsOnATableTheSameRevisionCreatesAreSafe() {
        Index index = new Index("t_id_idx", List.of("id"), true);
        List<Set<Risk>> risks = Risks.of(List.of(new CreateTable(T), new CreateIndex("t", index),
                new CreateIndex("other", new Index("other_idx", List.of("id"), true))));
        assertEquals(List.of(set(), set(), set(LOCKS_TABLE, MAY_FAIL_ON_DATA)), risks);
    }

    @Test
    void losesDataIsTheMayLoseDataRisk() {
        assertTrue(new DropColumn("t", Column.of("c", SqlTypes.TEXT)).losesData());
        assertFalse(new AddColumn("t", Column.of("c", SqlTypes.TEXT)).losesData());
        assertEquals("safe", Risks.describe(set()));
        assertEquals("rewrites the table, may fail on existing data", Risks.describe(set(MAY_FAIL_ON_DATA, REWRITES_TABLE)));
    }
}
