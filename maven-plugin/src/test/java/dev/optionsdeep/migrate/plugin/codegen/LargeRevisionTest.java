package dev.optionsdeep.migrate.plugin.codegen;

import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.plugin.codegen.support.InMemoryCompiler;
import dev.optionsdeep.migrate.plugin.codegen.support.SampleRevisions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Revisions too long for one method: their steps go into private methods named after what they do,
 * called in order, so that javac never stops with "code too large". The budget is lowered here so
 * that small samples split; {@code LargeFirstRevisionIT} applies a 2,000-table revision at the
 * default budget.
 */
class LargeRevisionTest {

    /** Every step in a group of its own. */
    private static final int SPLIT_EVERY_STEP = 1;

    static List<RevisionSpec> revisions() {
        return SampleRevisions.all();
    }

    @Test
    void stepsBeyondTheBudgetGoIntoMethodsNamedAfterWhatTheyDoAndTheirTables() {
        assertEquals("""
                    @Override
                    public void upgrade(Operations ops) {
                        createTablesCompanies(ops);
                        createIndexesCompanies(ops);
                    }

                    private void createTablesCompanies(Operations ops) {
                        ops.createTable("companies",
                                column("id", "bigint").identity(),
                                column("ticker", "character varying(20)").notNull(),
                                column("company_name", "character varying(500)").notNull(),
                                column("exchange", "character varying(100)"),
                                column("sector", "character varying(100)"),
                                column("industry", "character varying(200)"),
                                column("market_cap", "bigint"),
                                column("is_active", "boolean").notNull(),
                                column("created_at", "timestamp(6) with time zone").notNull(),
                                column("updated_at", "timestamp(6) with time zone"),
                                primaryKey("companies_pkey", "id"));
                    }

                    private void createIndexesCompanies(Operations ops) {
                        ops.createUniqueIndex("ix_companies_ticker", "companies", "ticker");
                    }

                    @Override
                    public void downgrade(Operations ops) {
                        dropIndexesCompanies(ops);
                        dropTablesCompanies(ops);
                    }
                """, body(MigrationSource.render(SampleRevisions.createCompaniesTable(), SPLIT_EVERY_STEP)));
    }

    @Test
    void consecutiveStepsOfOneKindShareAMethodNamedFromTheirFirstToTheirLastTable() {
        String source = MigrationSource.render(SampleRevisions.everyKindOfChange(), 400);

        assertEquals(List.of("createTablesStockPrices(ops);", "createIndexesStockPrices(ops);",
                        "addColumnsCompanies(ops);", "executeStatements(ops);", "addUniqueConstraintsCompanies(ops);",
                        "dropUniqueConstraintsCompanies(ops);", "dropIndexesCompanies(ops);",
                        "dropColumnsCompanies(ops);", "dropTablesWatchlist(ops);"),
                callsOf(source, "upgrade"));
        // A name the upgrade already took gets a number in the downgrade.
        assertEquals("addColumnsCompanies2(ops);", callsOf(source, "downgrade").get(1));
    }

    @Test
    void stepsWithinTheBudgetStayInUpgradeAndDowngrade() {
        RevisionSpec spec = SampleRevisions.everyKindOfChange();

        assertEquals(MigrationSource.render(spec, Integer.MAX_VALUE), MigrationSource.render(spec));
    }

    /**
     * The split class runs exactly the steps it was generated from, in order, both ways: the same
     * statements, hence the same checksums as the same revision written in one method.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("revisions")
    void splitRevisionReplaysTheChangesItWasGeneratedFrom(RevisionSpec spec) {
        String source = MigrationSource.render(spec, SPLIT_EVERY_STEP);
        Migration migration = InMemoryCompiler.instantiate(spec.qualifiedClassName(), source, Migration.class);

        assertEquals(spec.upgrade(), Operations.stepsOf(migration, true));
        assertEquals(spec.downgrade(), Operations.stepsOf(migration, false));
    }

    /** The class body from {@code upgrade} up to the first line of {@code downgrade}'s body. */
    private static String body(String source) {
        int start = source.indexOf("    @Override\n    public void upgrade");
        int end = source.indexOf("\n", source.indexOf("public void downgrade") + 1);
        end = source.indexOf("    }\n", end) + "    }\n".length();
        return source.substring(start, end);
    }

    /** The lines of method {@code name}'s body, stripped. */
    private static List<String> callsOf(String source, String name) {
        int start = source.indexOf("public void " + name + "(Operations ops) {\n");
        int from = source.indexOf('\n', start) + 1;
        int to = source.indexOf("    }\n", from);
        return source.substring(from, to).lines().map(String::strip).toList();
    }
}
