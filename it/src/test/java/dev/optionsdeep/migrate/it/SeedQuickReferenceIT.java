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
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed tutorial's "Quick Reference" and "Understanding Revision IDs" sections, command by
 * command, with the equivalent goals. The seed's commands all name the equities database
 * ({@code -c src/database/equities/alembic.ini}); here that is {@code -Ddatabase=equities}. Goals that
 * read the database after a move run in the same Maven invocation, as a user would chain them.
 */
class SeedQuickReferenceIT {

    private static final String REVISIONS = "src/main/java/db/migration/equities";

    @TempDir
    Path temp;

    private ExampleProject project;
    private Maven mvn;

    @BeforeEach
    void copyExample() throws Exception {
        project = ExampleProject.copy("options-deep", temp, "equities", "algorithms");
        mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "postgres");
    }

    @AfterEach
    void dropDatabases() throws Exception {
        project.close();
    }

    @Test
    void quickReferenceAndRevisionIdsCommandByCommand() throws Exception {
        // alembic current, alembic history (before anything exists), then revision --autogenerate -m "message".
        Build first = equities("migrate:current", "migrate:history", "migrate:revision", "-Dmessage=Create companies table")
                .assertSuccess()
                .assertPrinted("equities: base")
                .assertPrinted("no revisions yet: mvn migrate:revision -Dmessage=\"…\" creates the first");
        String rev1 = first.find("equities: revision ([0-9a-f]{12}) written to " + REVISIONS
                + "/V\\d{8}_\\d{6}_CreateCompaniesTable\\.java");

        // Two more revisions, so that head~2 means something.
        project.edit(Entities.COMPANY, Entities.AFTER_UPDATED_AT, Entities.stockSymbolType(20));
        String rev2 = revision("Add stock_symbol_type to companies", "AddStockSymbolTypeToCompanies");
        project.write(Entities.STOCK_PRICE, Entities.STOCK_PRICE_SOURCE);
        String rev3 = revision("Add stock_prices table", "AddStockPricesTable");
        // "Used in filename": the class file carries the message, the id is in its @Revision.
        String rev3File = file("AddStockPricesTable");
        assertTrue(project.read(REVISIONS + "/" + rev3File).contains("id = \"" + rev3 + "\""));

        // alembic history --verbose: Rev, Parent, Path, message; then upgrade head~2 ("two before latest").
        equities("migrate:history", "-Dverbose", "migrate:upgrade", "-Dtarget=head~2", "migrate:current").assertSuccess()
                .assertPrinted("Rev: " + rev3 + " (head)")
                .assertPrinted("Parent: " + rev2)
                .assertPrinted("Path: " + REVISIONS + "/" + rev3File)
                .assertPrinted("    Add stock_prices table")
                .assertPrinted("Rev: " + rev1)
                .assertPrinted("Parent: <base>")
                .assertPrinted("Upgrading base -> " + rev1 + ", Create companies table")
                .assertPrinted("equities: " + rev1);
        assertEquals(List.of(rev1), version());

        // alembic history (the database's revision marked), then upgrade by a partial id.
        String prefix = rev2.substring(0, 6);
        assertTrue(Stream.of(rev1, rev3).noneMatch(r -> r.startsWith(prefix)), "prefix " + prefix + " must be unique");
        equities("migrate:history", "migrate:upgrade", "-Dtarget=" + prefix, "migrate:current").assertSuccess()
                .assertPrinted(rev2 + " -> " + rev3 + " (head), Add stock_prices table")
                .assertPrinted(rev1 + " -> " + rev2 + ", Add stock_symbol_type to companies")
                .assertPrinted("<base> -> " + rev1 + " (current), Create companies table")
                .assertPrinted("Upgrading " + rev1 + " -> " + rev2 + ", Add stock_symbol_type to companies")
                .assertPrinted("equities: " + rev2)
                .assertPrinted("equities: behind head " + rev3 + " by 1 revision: mvn migrate:upgrade applies it");

        // alembic downgrade ae1027a6acf: back to a revision by its full id.
        equities("migrate:downgrade", "-Dtarget=" + rev1, "migrate:current").assertSuccess()
                .assertPrinted("Downgrading " + rev2 + " -> " + rev1 + ", Add stock_symbol_type to companies")
                .assertPrinted("equities: " + rev1);
        assertEquals(List.of(), column("stock_symbol_type"));

        // alembic upgrade head~1: one before the latest.
        equities("migrate:upgrade", "-Dtarget=head~1", "migrate:current").assertSuccess()
                .assertPrinted("equities: upgraded " + rev1 + " -> " + rev2 + " (1 revision, ");
        assertEquals(List.of("stock_symbol_type"), column("stock_symbol_type"));

        // alembic upgrade head, then current: "ae1027a6acf (head)".
        equities("migrate:upgrade", "migrate:current").assertSuccess()
                .assertPrinted("Upgrading " + rev2 + " -> " + rev3 + ", Add stock_prices table")
                .assertPrinted("equities: " + rev3 + " (head)");
        assertEquals(List.of("stock_prices"), tables("stock_prices"));

        // alembic downgrade -1: roll back one migration.
        equities("migrate:downgrade", "-Dtarget=-1", "migrate:current").assertSuccess()
                .assertPrinted("Downgrading " + rev3 + " -> " + rev2 + ", Add stock_prices table")
                .assertPrinted("equities: " + rev2);
        assertEquals(List.of(), tables("stock_prices"));

        // alembic downgrade base: back to the empty database.
        equities("migrate:downgrade", "-Dtarget=base", "migrate:current").assertSuccess()
                .assertPrinted("equities: downgraded " + rev2 + " -> base (2 revisions, ")
                .assertPrinted("equities: base (3 revisions to apply: mvn migrate:upgrade)");
        assertEquals(List.of(), tables("%"));

        // alembic upgrade ae1027a6acf: to a revision by its full id. "Stored in database": migrate_version.
        equities("migrate:upgrade", "-Dtarget=" + rev1).assertSuccess()
                .assertPrinted("equities: upgraded base -> " + rev1 + " (1 revision, ");
        assertEquals(List.of(rev1), version());

        // alembic stamp head: up to date without running migrations; the stamp is in the history.
        equities("migrate:stamp", "-Dtarget=head", "migrate:current").assertSuccess()
                .assertPrinted("equities: stamped " + rev1 + " -> " + rev3 + " (no migrations run)")
                .assertPrinted("equities: " + rev3 + " (head)");
        assertEquals(List.of(rev3), version());
        assertEquals(List.of(), tables("stock_prices"));
        assertEquals(List.of("stamp|" + rev1 + "|" + rev3), project.rows("equities",
                "SELECT direction, from_revisions, to_revisions FROM migrate_history ORDER BY id DESC LIMIT 1"));

        // "For algorithms database, use: alembic -c src/database/algorithms/alembic.ini <command>".
        Build algorithms = mvn.run("migrate:revision", "-Dmessage=Create strategies table", "migrate:upgrade",
                "migrate:current", "-Ddatabase=algorithms").assertSuccess()
                .assertNotPrinted("equities:");
        String strategies = algorithms.find("algorithms: revision ([0-9a-f]{12}) written to ");
        algorithms.assertPrinted("algorithms: " + strategies + " (head)");
        assertEquals(List.of(strategies), project.rows("algorithms", "SELECT revision FROM migrate_version"));
        assertEquals(List.of(rev3), version());
    }

    private Build equities(String... arguments) {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.add("-Ddatabase=equities");
        return mvn.run(all.toArray(String[]::new));
    }

    private String revision(String message, String className) {
        return equities("migrate:revision", "-Dmessage=" + message).assertSuccess()
                .find("equities: revision ([0-9a-f]{12}) written to " + REVISIONS + "/V\\d{8}_\\d{6}_" + className + "\\.java");
    }

    private String file(String className) throws Exception {
        return project.list(REVISIONS).stream().filter(f -> f.endsWith("_" + className + ".java")).findFirst().orElseThrow();
    }

    private List<String> version() throws Exception {
        return project.rows("equities", "SELECT revision FROM migrate_version ORDER BY 1");
    }

    private List<String> column(String name) throws Exception {
        return project.rows("equities", "SELECT column_name FROM information_schema.columns"
                + " WHERE table_name = 'companies' AND column_name = '" + name + "'");
    }

    private List<String> tables(String like) throws Exception {
        return project.rows("equities", "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                + " AND tablename LIKE '" + like + "' AND tablename NOT LIKE 'migrate%' ORDER BY 1");
    }
}
