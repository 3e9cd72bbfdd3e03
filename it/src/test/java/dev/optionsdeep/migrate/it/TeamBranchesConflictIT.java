package dev.optionsdeep.migrate.it;

import dev.optionsdeep.migrate.it.support.Commands;
import dev.optionsdeep.migrate.it.support.ExampleProject;
import dev.optionsdeep.migrate.it.support.Maven;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two developers each add a revision on their own git branch. Merging the branches conflicts in the
 * committed head record, so the team sees two heads at merge time instead of in production;
 * migrate:check then fails until they are joined, and migrate:merge refuses to guess between two
 * definitions of the same column. No database is involved: the project's database does not even
 * exist.
 */
class TeamBranchesConflictIT {

    private static final String HEAD = "src/main/resources/db/migration/equities/HEAD";
    private static final String REVISIONS = "src/main/java/db/migration/equities";
    private static final String SNAPSHOTS = "src/main/resources/db/migration/equities";

    @TempDir
    Path temp;

    private ExampleProject project;
    private Maven mvn;

    @BeforeEach
    void copyExample() throws Exception {
        project = ExampleProject.copy("options-deep", temp);
        mvn = new Maven(project.directory());
    }

    @AfterEach
    void cleanUp() throws Exception {
        project.close();
    }

    @Test
    void twoBranchesEachAddingARevisionConflictInTheHeadRecord() throws Exception {
        Path dir = project.directory();
        revision("Create companies table");
        git("init", "-q");
        git("add", ".");
        git("commit", "-q", "-m", "Create companies table");

        git("checkout", "-q", "-b", "symbols");
        project.edit(Entities.COMPANY, Entities.AFTER_UPDATED_AT, Entities.stockSymbolType(20));
        String theirs = revision("Add stock_symbol_type");
        git("add", ".");
        git("commit", "-q", "-m", "Add stock_symbol_type");
        String theirHead = project.read(HEAD);

        git("checkout", "-q", "main");
        git("checkout", "-q", "-b", "wider-symbols");
        project.edit(Entities.COMPANY, Entities.AFTER_UPDATED_AT, Entities.stockSymbolType(40));
        String ours = revision("Add a wider stock_symbol_type");
        git("add", ".");
        git("commit", "-q", "-m", "Add a wider stock_symbol_type");
        assertNotEquals(theirHead, project.read(HEAD));

        Commands.Result merge = Commands.git(dir, "merge", "symbols");
        assertNotEquals(0, merge.exitCode(), merge.output());
        assertTrue(merge.output().contains("CONFLICT (content): Merge conflict in " + HEAD), merge.output());
        assertTrue(project.read(HEAD).contains("<<<<<<<"), project.read(HEAD));

        // Resolved the easy way, taking their side of both files: the revisions still have two heads.
        git("checkout", "--theirs", "--", HEAD, Entities.COMPANY);
        git("commit", "-q", "-am", "Merge branch 'symbols'");
        // history and heads show them (history marks nothing: no database to ask), and check fails.
        mvn.run("migrate:history", "migrate:heads", "migrate:check", "-Ddatabase=equities").assertFailure()
                .assertPrinted(" -> " + theirs + " (head), Add stock_symbol_type")
                .assertPrinted(" -> " + ours + " (head), Add a wider stock_symbol_type")
                .assertNotPrinted("(current)")
                .assertPrinted("2 heads: join them with mvn migrate:merge -Dmessage=\"…\" before upgrading to head")
                .assertPrinted("equities: the revisions have several heads, ")
                .assertPrinted(theirs)
                .assertPrinted("Join them: mvn migrate:merge -Dmessage=\"Merge heads\" -Ddatabase=equities");

        // Both branches add the same column, differently: merge reports it and writes nothing.
        mvn.run("migrate:merge", "-Dmessage=Merge heads", "-Ddatabase=equities").assertFailure()
                .assertPrinted("cannot be merged: their branches change the same things.")
                .assertPrinted("column companies.stock_symbol_type: added in " + theirs + " as stock_symbol_type character"
                        + " varying(20) null, added in " + ours + " as stock_symbol_type character varying(40) null")
                .assertPrinted("Migrate does not guess which to keep.");
        assertTrue(project.list(REVISIONS).stream().noneMatch(f -> f.contains("MergeHeads")));

        // Keep one line of history: drop our revision, as the head record's comment says.
        for (String file : project.list(REVISIONS)) {
            if (project.read(REVISIONS + "/" + file).contains("id = \"" + ours + "\"")) {
                String className = file.replace(".java", "");
                Files.delete(project.file(REVISIONS + "/" + file));
                Files.delete(project.file(SNAPSHOTS + "/" + className + ".schema.json"));
            }
        }
        assertEquals(theirHead, project.read(HEAD));

        // One head again; the next entity change, forgotten, is all check reports (it never connected:
        // there is no database here).
        project.edit(Entities.COMPANY, Entities.AFTER_UPDATED_AT, Entities.AFTER_UPDATED_AT
                + "\n    @Column(name = \"exchange_code\", length = 10)\n    private String exchangeCode;\n");
        mvn.run("migrate:check", "-Ddatabase=equities").assertFailure()
                .assertPrinted("equities: the model has 1 change that no revision captures (compared with head revision "
                        + theirs + "):")
                .assertPrinted("  add column companies.exchange_code character varying(10) null")
                .assertPrinted("  Write them as a revision: mvn migrate:revision -Dmessage=\"…\" -Ddatabase=equities")
                .assertNotPrinted("several heads");
    }

    private String revision(String message) {
        return mvn.run("migrate:revision", "-Dmessage=" + message, "-Ddatabase=equities").assertSuccess()
                .find("equities: revision ([0-9a-f]{12}) written to ");
    }

    private void git(String... arguments) throws Exception {
        Commands.git(project.directory(), arguments).assertSuccess();
    }
}
