package dev.optionsdeep.migrate.it;

import dev.optionsdeep.migrate.it.support.Build;
import dev.optionsdeep.migrate.it.support.ExampleProject;
import dev.optionsdeep.migrate.it.support.Maven;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The goals as a newcomer meets them (issue 13): no silent state, options that do not collide with
 * Maven's, results that {@code mvn -q} and CI can read. One project, a few chained invocations, to
 * keep the build short.
 */
class NewcomerGoalsIT {

    private static final String UNCAPTURED = "equities: the model has 1 change that no revision captures";

    @TempDir
    Path temp;

    private ExampleProject project;

    @AfterEach
    void dropDatabases() throws Exception {
        project.close();
    }

    @Test
    void goalsSayWhatTheyKnowAndPrintTheirResultForPeopleAndForCi() throws Exception {
        project = ExampleProject.copy("options-deep", temp, "equities");
        Maven mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "postgres");
        // migrate:revision does not tell the user to run migrate:revision: it is capturing the changes.
        String rev1 = mvn.run("migrate:revision", "-Dmessage=Create companies table", "-Ddatabase=equities").assertSuccess()
                .assertNotPrinted("MIGRATE-301")
                .find("equities: revision ([0-9a-f]{12}) written");

        // An entity change no revision captures is said on every upgrade, also the second time, when
        // javac has nothing to recompile; the environment's source is the name the user typed.
        // A revision written by mistake, never applied, goes with migrate:discard, with what the build copied.
        project.edit(Entities.COMPANY, Entities.AFTER_UPDATED_AT, Entities.stockSymbolType(20));
        Build twice = mvn.run("migrate:revision", "-Dmessage=Written by mistake", "-Dautogenerate=false", "migrate:discard",
                        "-Drev=head", "migrate:upgrade", "migrate:upgrade", "migrate:history", "-Ddatabase=equities",
                        "-Dmigrate.env=local").assertSuccess()
                .assertPrinted("(Written by mistake) discarded, head is now " + rev1 + "; removed src/main/java/db/migration/"
                        + "equities/V")
                .assertPrinted("[WARNING] Not checked, since they could not be read: dev (cannot reach PostgreSQL at warehouse-dev:5432")
                .assertPrinted("[WARNING]   add column companies.stock_symbol_type character varying(20) null")
                .assertPrinted("[WARNING]   Write them as a revision: mvn migrate:revision -Dmessage=\"…\" -Ddatabase=equities")
                .assertPrinted("Upgrading base -> " + rev1 + ", Create companies table")
                .assertPrinted("Environment local (from -Dmigrate.env), database equities: ");
        assertEquals(2, count(twice.lines(), "[WARNING] " + UNCAPTURED));
        assertEquals(1, project.list("src/main/java/db/migration/equities").size());
        assertTrue(project.filesContaining("Written by mistake").isEmpty(), project.filesContaining("Written by mistake").toString());
        // history marks (current) and names the environment whose database it read.
        List<String> history = after(twice.lines(), ":history");
        assertTrue(history.stream().anyMatch(l -> l.contains("Environment local (from -Dmigrate.env), database equities")),
                String.join("\n", history));
        assertTrue(history.stream().anyMatch(l -> l.contains("<base> -> " + rev1 + " (head) (current), Create companies table")),
                String.join("\n", history));

        // In strict mode, it stops the upgrade.
        mvn.run("migrate:upgrade", "-Ddatabase=equities", "-Dmigrate.strict=true").assertFailure()
                .assertPrinted(UNCAPTURED)
                .assertPrinted("migrate.strict is set, so nothing was upgraded.");

        // mvn -q prints what was asked for; the namespaced option wins over the short one; current
        // says how far behind the database is.
        Build quiet = mvn.run("-q", "migrate:revision", "-Dmessage=Add stock_symbol_type", "migrate:current",
                "migrate:history", "migrate:heads", "-Ddatabase=equities", "-Dmigrate.verbose=false", "-Dverbose")
                .assertSuccess()
                .assertPrinted("equities: " + rev1)
                .assertPrinted("<base> -> " + rev1 + " (current), Create companies table")
                .assertNotPrinted("Rev: ")
                .assertNotPrinted("[INFO]");
        String rev2 = quiet.find("equities: behind head ([0-9a-f]{12}) by 1 revision: mvn migrate:upgrade applies it");
        quiet.assertPrinted(rev1 + " -> " + rev2 + " (head), Add stock_symbol_type")
                .assertPrinted("Database equities:");

        // -Dmigrate.format=json: one document per goal on standard output. -Drevision is Maven's
        // CI-friendly project version, not the revision to show.
        Build json = mvn.run("-q", "migrate:current", "migrate:history", "migrate:heads", "migrate:show", "migrate:check",
                "migrate:upgrade", "-Ddatabase=equities", "-Dmigrate.format=json", "-Drev=head", "-Drevision=" + rev1)
                .assertSuccess();
        List<String> documents = json.lines().stream().filter(l -> l.startsWith("{\"goal\":")).toList(); // each on a line of its own
        assertEquals(6, documents.size(), json.output());
        String environment = "\"environment\":{\"name\":\"local\",\"source\":\"the default\",\"protected\":false}";
        assertTrue(documents.get(0).startsWith("{\"goal\":\"current\"," + environment + ",\"databases\":[{\"database\":"
                + "\"equities\",\"current\":[{\"revision\":\"" + rev1 + "\",\"parents\":[],\"message\":\"Create companies"
                + " table\","), documents.get(0));
        assertTrue(documents.get(0).endsWith("\"heads\":[\"" + rev2 + "\"],\"behind\":1,\"unknown\":[],\"interrupted\":null}]}"), documents.get(0));
        assertTrue(documents.get(1).contains("\"current\":[\"" + rev1 + "\"],\"revisions\":[{\"revision\":\"" + rev2 + "\""),
                documents.get(1));
        assertTrue(documents.get(2).startsWith("{\"goal\":\"heads\",\"databases\":[{\"database\":\"equities\",\"revisions\":"
                + "[{\"revision\":\"" + rev2 + "\",\"parents\":[\"" + rev1 + "\"]"), documents.get(2));
        assertTrue(documents.get(3).contains("\"upgrade\":{\"readable\":true,\"steps\":[{\"step\":\"add column"
                + " companies.stock_symbol_type character varying(20) null\",\"losesData\":false,\"risk\":\"safe\"}],"
                + "\"sql\":[\"ALTER TABLE companies ADD COLUMN stock_symbol_type character varying(20)\"]}"), documents.get(3));
        assertEquals("{\"goal\":\"check\",\"databases\":[{\"database\":\"equities\",\"ok\":true,\"problems\":[]}],\"ok\":true}",
                documents.get(4));
        assertTrue(documents.get(5).startsWith("{\"goal\":\"upgrade\"," + environment + ",\"databases\":[{\"database\":"
                + "\"equities\",\"from\":[\"" + rev1 + "\"],\"to\":[\"" + rev2 + "\"],\"revisions\":[{\"revision\":\""
                + rev2 + "\",\"message\":\"Add stock_symbol_type\",\"ms\":"), documents.get(5));

        // Outside a protected environment, a move that loses data says so, with the rows, before it runs.
        project.rows("equities", "INSERT INTO companies (ticker, company_name, is_active, created_at, stock_symbol_type)"
                + " VALUES ('AAPL', 'Apple', true, now(), 'common'), ('MSFT', 'Microsoft', true, now(), null) RETURNING ticker");
        Build lossy = mvn.run("migrate:downgrade", "-Ddatabase=equities", "-Dtarget=base").assertSuccess()
                .assertPrinted("[WARNING] This downgrade may lose data:")
                .assertPrinted("[WARNING]   revision " + rev2 + " (Add stock_symbol_type): drop column companies.stock_symbol_type"
                        + " character varying(20) null, which holds 1 value")
                .assertPrinted("[WARNING]   revision " + rev1 + " (Create companies table): drop table companies, which holds 2 rows")
                .assertPrinted("[WARNING] It runs now: the environment is not protected, so no confirmation is asked.")
                .assertPrinted("equities: downgraded " + rev2 + " -> base");
        // One warning, not one before the lock and another under it.
        assertEquals(1, lossy.lines().stream().filter(l -> l.contains("lose data")).count(), lossy.output());
        assertEquals(1, lossy.lines().stream().filter(l -> l.contains("drop table companies")).count(), lossy.output());

        // A database at a revision the project does not have: current gives upgrade's advice, not upgrade.
        project.rows("equities", "INSERT INTO migrate_version (revision) VALUES ('0123456789ab') RETURNING revision");
        // A stamp on the empty database looks at the schema it vouches for.
        // A revision a reachable environment has applied is not discarded.
        Build stamped = mvn.run("migrate:current", "migrate:stamp", "migrate:discard", "-Ddatabase=equities", "-Dtarget=head",
                        "-Dpurge", "-Drev=head")
                .assertFailure()
                .assertPrinted("revision " + rev2 + " is applied in environment local (database equities is at " + rev2
                        + "): revert it there first (mvn migrate:downgrade -Dtarget=-1 -Denv=local), or keep it.")
                .assertPrinted("equities: 0123456789ab (not a revision of this project)")
                .assertPrinted("[WARNING] equities: the database is at revision 0123456789ab, which this project does not have.")
                .assertPrinted("[WARNING] equities: stamped " + rev2 + ", but the database has no table companies of that"
                        + " revision: its schema is not there. If the database is empty, undo the stamp (mvn migrate:stamp"
                        + " -Dtarget=base -Dpurge) and run mvn migrate:upgrade.");
        List<String> current = after(stamped.lines(), ":current");
        assertTrue(current.stream().noneMatch(l -> l.contains("mvn migrate:upgrade")), String.join("\n", current));
    }

    private static long count(List<String> lines, String text) {
        return lines.stream().filter(l -> l.contains(text)).count();
    }

    /** The lines a goal printed, from its "--- migrate-maven-plugin:…:goal" header to the next plugin's header. */
    private static List<String> after(List<String> lines, String goal) {
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("--- migrate-maven-plugin:") && lines.get(i).contains(goal + " ")) {
                start = i;
            }
        }
        assertTrue(start >= 0, "no " + goal + " in:\n" + String.join("\n", lines));
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).contains("--- ") && !lines.get(end).contains("BUILD ")) {
            end++;
        }
        return lines.subList(start, end);
    }
}
