package dev.optionsdeep.migrate.plugin.codegen;

import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.plugin.codegen.support.InMemoryCompiler;
import dev.optionsdeep.migrate.plugin.codegen.support.SampleRevisions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
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
        RevisionSpec spec = SampleRevisions.createCompaniesTable();
        String whole = MigrationSource.render(spec);
        String split = MigrationSource.render(spec, SPLIT_EVERY_STEP);

        assertEquals(List.of("createTablesCompanies(ops);", "createIndexesCompanies(ops);"), callsOf(split, "upgrade"));
        assertEquals(List.of("dropIndexesCompanies(ops);", "dropTablesCompanies(ops);"), callsOf(split, "downgrade"));
        // Each group holds the very statements the whole method held, in the same order.
        List<String> groups = new ArrayList<>(body(split, "private void createTablesCompanies"));
        groups.addAll(body(split, "private void createIndexesCompanies"));
        assertEquals(callsOf(whole, "upgrade"), groups);
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

    /** The lines of method {@code name}'s body, stripped. */
    private static List<String> callsOf(String source, String name) {
        return body(source, "public void " + name);
    }

    /** The lines of the method whose declaration starts with {@code declaration}, stripped. */
    private static List<String> body(String source, String declaration) {
        int start = source.indexOf(declaration + "(Operations ops) {\n");
        int from = source.indexOf('\n', start) + 1;
        int to = source.indexOf("\n    }\n", from);
        return source.substring(from, to).lines().map(String::strip).toList();
    }
}
