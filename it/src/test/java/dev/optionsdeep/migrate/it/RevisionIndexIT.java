package dev.optionsdeep.migrate.it;

import dev.optionsdeep.migrate.it.support.ExampleProject;
import dev.optionsdeep.migrate.it.support.Maven;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compile writes a revision index beside the revision classes, with the checksum of each revision's steps, so
 * an upgrade at head compares the history with it and loads no revision class. The index is never taken on trust:
 * a revision edited and compiled has a new checksum in the index, which differs from the history's; beside an
 * index that was not written again, its class file no longer matches its entry and is read: caught either way.
 */
class RevisionIndexIT {

    private static final String INDEX = "target/classes/db/migration/equities/migrate-revisions.index";
    private static final String REVISIONS = "src/main/java/db/migration/equities";
    private static final String WRITTEN = "equities: revision ([0-9a-f]{12}) written";
    private static final String TICKER_20 = "column(\"ticker\", \"character varying(20)\")";
    private static final String MISMATCH = "step 1 differs (create table companies)";

    @TempDir
    Path temp;

    private ExampleProject project;

    @AfterEach
    void dropDatabases() throws Exception {
        project.close();
    }

    @Test
    void anEditedRevisionIsCaughtWhetherTheIndexWasWrittenAgainOrNot() throws Exception {
        project = ExampleProject.copy("options-deep", temp, "equities");
        Maven mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "postgres");
        String r1 = mvn.run("migrate:revision", "-Dmessage=Initial schema", "migrate:upgrade", "-Ddatabase=equities")
                .assertSuccess().find(WRITTEN);
        String applied = project.rows("equities", "SELECT checksum FROM migrate_history WHERE revision = '" + r1 + "'").get(0);
        String index = project.read(INDEX);
        assertTrue(index.contains("\t" + r1 + "\t\tInitial schema\t"), index);
        assertTrue(index.strip().endsWith("\t" + applied), index + "\nhistory: " + applied);
        mvn.run("migrate:upgrade", "-Ddatabase=equities").assertSuccess().assertPrinted("equities: nothing to upgrade");

        // Edited and compiled: the index holds the new checksum, which is not the history's.
        String file = REVISIONS + "/" + project.list(REVISIONS).get(0);
        String source = project.read(file);
        int upgrade = source.indexOf(TICKER_20); // the upgrade's; the downgrade repeats it
        project.write(file, source.substring(0, upgrade) + TICKER_20.replace("(20)", "(40)")
                + source.substring(upgrade + TICKER_20.length()));
        mvn.run("migrate:validate", "-Ddatabase=equities").assertFailure()
                .assertPrinted("an applied revision has changed since it was applied to this database.")
                .assertPrinted(MISMATCH);
        assertNotEquals(index, project.read(INDEX));

        // The index as before the edit, beside the edited class (an index not written again, a jar put together
        // by hand): it still holds the applied checksum, but not for this class file, which is read instead.
        project.write(INDEX, index);
        mvn.run("migrate:validate", "-Ddatabase=equities").assertFailure().assertPrinted(MISMATCH);
        mvn.run("migrate:upgrade", "-Ddatabase=equities").assertFailure().assertPrinted(MISMATCH);
        assertEquals(index, project.read(INDEX)); // nothing compiled it again
        assertEquals(List.of(r1), project.rows("equities", "SELECT revision FROM migrate_version"));
    }
}
