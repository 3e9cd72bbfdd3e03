package dev.optionsdeep.migrate.it;

import dev.optionsdeep.migrate.it.support.Build;
import dev.optionsdeep.migrate.it.support.ExampleProject;
import dev.optionsdeep.migrate.it.support.Maven;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two lines of history: a symbols branch and a prices branch started from the same revision,
 * each with a branch label. Several heads stop revision and upgrade with the way out; each branch
 * moves on its own; merge joins them; stamp adopts a database whose version table went wrong.
 */
class BranchesAndMergesIT {

    private static final String REVISIONS = "src/main/java/db/migration/equities";
    private static final String SNAPSHOTS = "src/main/resources/db/migration/equities";

    @TempDir
    Path temp;

    private ExampleProject project;
    private Maven mvn;

    @BeforeEach
    void copyExample() throws Exception {
        project = ExampleProject.copy("options-deep", temp, "equities");
        mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "postgres");
    }

    @AfterEach
    void dropDatabases() throws Exception {
        project.close();
    }

    @Test
    void twoBranchesMoveApartAndAMergeJoinsThem() throws Exception {
        String r1 = equities("migrate:revision", "-Dmessage=Create companies table").assertSuccess().find(WRITTEN);
        String companyBefore = project.read(Entities.COMPANY);

        // The symbols branch: a column, labelled.
        project.edit(Entities.COMPANY, Entities.AFTER_UPDATED_AT, Entities.stockSymbolType(20));
        String companyAfter = project.read(Entities.COMPANY);
        String r2 = equities("migrate:revision", "-Dmessage=Add stock_symbol_type", "-DbranchLabel=symbols")
                .assertSuccess().assertPrinted("    add column companies.stock_symbol_type").find(WRITTEN);
        assertTrue(source(r2).contains("branchLabels = {\"symbols\"}"), source(r2));

        // The prices branch, started from r1 (by prefix), as a colleague working without the column would.
        project.write(Entities.COMPANY, companyBefore);
        project.write(Entities.STOCK_PRICE, Entities.STOCK_PRICE_SOURCE);
        String r3 = equities("migrate:revision", "-Dmessage=Create stock_prices table", "-Dhead=" + r1.substring(0, 8),
                "-DbranchLabel=prices").assertSuccess()
                .assertPrinted("equities: detected 1 change").assertPrinted("    create table stock_prices").find(WRITTEN);
        assertTrue(source(r3).contains("parents = {\"" + r1 + "\"}"), source(r3));
        // Both branches together, as after merging them in version control.
        project.write(Entities.COMPANY, companyAfter);

        equities("migrate:show", "-Drev=nope").assertFailure()
                .assertPrinted("Can't locate revision identified by 'nope'. Known revisions: ")
                .assertPrinted("Run migrate:history to list them.");

        // Several heads: revision and upgrade stop, naming the heads and the way out.
        equities("migrate:revision", "-Dmessage=Next").assertFailure()
                .assertPrinted("database equities has several heads (" + r2 + ", " + r3 + "): a new revision cannot follow"
                        + " all of them. Join them first with mvn migrate:merge -Dmessage=\"Merge heads\", or pick the one"
                        + " to follow with -Dhead=" + r2 + " (or -Dhead=<branch>@head).");
        equities("migrate:upgrade").assertFailure()
                .assertPrinted("database equities, environment local: 'head' is ambiguous: the revisions have several heads, "
                        + r2 + ", " + r3 + ". Join them with mvn migrate:merge -Dmessage=\"Merge heads\" (then 'head' is"
                        + " the merge), or move every branch with -Dtarget=heads, or name one: -Dtarget=" + r2
                        + " or -Dtarget=<branch>@head.");

        // One branch at a time; heads, branches and show need no database.
        equities("migrate:upgrade", "-Dtarget=symbols@head", "migrate:current", "migrate:heads", "migrate:branches",
                "migrate:show", "-Drev=prices@head", "-Dverbose").assertSuccess()
                .assertPrinted("Upgrading " + r1 + " -> " + r2 + ", Add stock_symbol_type")
                .assertPrinted("equities: " + r2 + " (symbols) (head)")
                .assertPrinted("  Branch names: symbols")
                .assertPrinted("equities: the revisions have several heads (" + r2 + ", " + r3 + "): mvn migrate:merge")
                .assertPrinted("Rev: " + r3 + " (prices) (head)")
                .assertPrinted("2 heads: join them with mvn migrate:merge")
                .assertPrinted("Rev: " + r1 + " (branchpoint)")
                .assertPrinted("Branches into: " + r2 + ", " + r3)
                .assertPrinted("    -> " + r2 + " (symbols) (head), Add stock_symbol_type")
                .assertPrinted("    -> " + r3 + " (prices) (head), Create stock_prices table")
                .assertPrinted("Upgrade steps:")
                .assertPrinted("    create table stock_prices")
                .assertPrinted("  CREATE TABLE stock_prices (")
                .assertPrinted("  ! drop table stock_prices  (may lose data)")
                .assertPrinted("  DROP TABLE stock_prices;");
        assertEquals(List.of(r2), version());

        // Every branch: the database is at both heads, and history marks both. Drift compares it with both
        // heads' snapshots joined, as merge joins them: each branch's table and column are expected.
        equities("migrate:upgrade", "-Dtarget=heads", "migrate:current", "migrate:history", "migrate:drift").assertSuccess()
                .assertPrinted("equities: no drift: the database has the schema of revision " + String.join(", ", sorted(r2, r3)))
                .assertPrinted("Upgrading " + r1 + " -> " + r3 + ", Create stock_prices table")
                .assertPrinted("equities: " + r3 + " (prices) (head)")
                .assertPrinted(r1 + " -> " + r2 + " (symbols) (head) (current), Add stock_symbol_type")
                .assertPrinted(r1 + " -> " + r3 + " (prices) (head) (current), Create stock_prices table")
                .assertPrinted("<base> -> " + r1 + " (branchpoint), Create companies table");
        assertEquals(sorted(r2, r3), version());

        // Back out the prices branch only.
        equities("migrate:downgrade", "-Dtarget=prices@base", "migrate:current").assertSuccess()
                .assertPrinted("equities: downgraded " + r2 + ", " + r3 + " -> " + r2 + " (1 revision, ");
        assertEquals(List.of(r2), version());
        assertEquals(List.of("0"), project.rows("equities", "SELECT count(*) FROM pg_tables WHERE tablename = 'stock_prices'"));

        // Merge: one head again, its snapshot joins both; check passes; upgrade to head applies the rest.
        Build merged = equities("migrate:merge", "-Dmessage=Merge symbols and prices", "migrate:check", "migrate:upgrade",
                "migrate:history", "-Drange=" + r2 + ":").assertSuccess();
        String m = merged.find("equities: merge revision ([0-9a-f]{12}) of " + r2 + ", " + r3 + " written to ");
        merged.assertPrinted("equities: the model matches head revision " + m)
                .assertPrinted("equities: upgraded " + r2 + " -> " + m + " (2 revisions, ")
                .assertPrinted(r2 + ", " + r3 + " -> " + m + " (prices, symbols) (head) (mergepoint) (current), Merge symbols and prices")
                .assertPrinted(r1 + " -> " + r2 + " (symbols), Add stock_symbol_type")
                .assertNotPrinted(r1 + " -> " + r3 + " (prices)")
                .assertNotPrinted("<base> -> ");
        equities("migrate:history", "-Drange=-1:current").assertSuccess()
                .assertPrinted(r2 + ", " + r3 + " -> " + m + " (prices, symbols) (head) (mergepoint) (current), Merge symbols and prices")
                .assertPrinted(r1 + " -> " + r2 + " (symbols), Add stock_symbol_type")
                .assertNotPrinted("<base> -> ");
        String mergeClass = source(m);
        assertTrue(mergeClass.contains("parents = {\"" + r2 + "\", \"" + r3 + "\"}"), mergeClass);
        assertTrue(mergeClass.contains("// Nothing to do: this revision only joins its parents."), mergeClass);
        assertTrue(project.read(SNAPSHOTS + "/HEAD").endsWith(m + " " + className(m) + "\n"));
        String snapshot = project.read(SNAPSHOTS + "/" + className(m) + ".schema.json");
        assertTrue(snapshot.contains("stock_symbol_type") && snapshot.contains("stock_prices"), snapshot);
        assertEquals(List.of(m), version());

        // A version table naming a revision this project lacks: stamp says to purge, and purge fixes it.
        project.rows("equities", "UPDATE migrate_version SET revision = 'deadbeef0000' RETURNING revision");
        equities("migrate:stamp", "-Dtarget=head").assertFailure()
                .assertPrinted("the database is at revision deadbeef0000, which this project does not have.")
                .assertPrinted("record that with mvn migrate:stamp -Dtarget=<revision> -Dpurge.");
        equities("migrate:stamp", "-Dtarget=head", "-Dpurge", "migrate:current").assertSuccess()
                .assertPrinted("equities: stamped deadbeef0000 -> " + m + " (no migrations run)")
                .assertPrinted("equities: " + m + " (prices, symbols) (head)");
        assertEquals(List.of("stamp|deadbeef0000|" + m + "|stamp head (purged)"), project.rows("equities",
                "SELECT direction, from_revisions, to_revisions, message FROM migrate_history ORDER BY id DESC LIMIT 1"));
    }

    private static final String WRITTEN = "equities: revision ([0-9a-f]{12}) written to ";

    private Build equities(String... arguments) {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.add("-Ddatabase=equities");
        return mvn.run(all.toArray(String[]::new));
    }

    private String className(String revision) throws Exception {
        return project.list(REVISIONS).stream().map(f -> f.replace(".java", ""))
                .filter(c -> project.read(REVISIONS + "/" + c + ".java").contains("id = \"" + revision + "\""))
                .findFirst().orElseThrow();
    }

    private String source(String revision) throws Exception {
        return project.read(REVISIONS + "/" + className(revision) + ".java");
    }

    private List<String> version() throws Exception {
        return project.rows("equities", "SELECT revision FROM migrate_version ORDER BY 1");
    }

    private static List<String> sorted(String... ids) {
        return List.of(ids).stream().sorted().toList();
    }
}
