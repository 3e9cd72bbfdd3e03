package dev.optionsdeep.migrate.it;

import dev.optionsdeep.migrate.it.support.ExampleProject;
import dev.optionsdeep.migrate.it.support.Maven;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.Revisions;
import dev.optionsdeep.migrate.postgres.PostgresSql;
import dev.optionsdeep.migrate.postgres.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An applied revision is compared with its code before every upgrade: reformatting its source
 * changes nothing, editing its steps stops validate and upgrade, naming the step, until the change
 * is accepted; checksums recorded before this was checked keep working.
 */
class ChecksumValidationIT {

    private static final String REVISIONS = "src/main/java/db/migration/equities";
    private static final String WRITTEN = "equities: revision ([0-9a-f]{12}) written";
    private static final String TICKER_20 = "column(\"ticker\", \"character varying(20)\").notNull(), column(";

    @TempDir
    Path temp;

    private ExampleProject project;

    @AfterEach
    void dropDatabases() throws Exception {
        project.close();
    }

    @Test
    void anEditedAppliedRevisionStopsTheUpgradeUntilAcceptedAndAReformattedOneDoesNot() throws Exception {
        project = ExampleProject.copy("options-deep", temp, "equities");
        Maven mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "postgres");
        String r1 = mvn.run("migrate:revision", "-Dmessage=Initial schema", "migrate:upgrade", "-Ddatabase=equities")
                .assertSuccess().find(WRITTEN);
        String file = REVISIONS + "/" + project.list(REVISIONS).get(0);

        // Reformatted: imports reordered, comments added, the upgrade's steps on one line. A new revision waits.
        project.write(file, reformatted(project.read(file)));
        project.edit(Entities.COMPANY, Entities.AFTER_UPDATED_AT, Entities.stockSymbolType(20));
        String r2 = mvn.run("migrate:validate", "migrate:revision", "-Dmessage=Add stock_symbol_type", "-Ddatabase=equities")
                .assertSuccess().assertPrinted("equities: at " + r1 + "; 1 applied revision matches its code").find(WRITTEN);

        // Edited after it was applied: validate and upgrade stop, naming the revision and the step; nothing runs.
        project.edit(file, TICKER_20, TICKER_20.replace("(20)", "(40)"));
        String stepLines = "step 1 differs (create table companies)";
        mvn.run("migrate:validate", "-Ddatabase=equities").assertFailure()
                .assertPrinted("an applied revision has changed since it was applied to this database.")
                .assertPrinted("revision " + r1 + " (Initial schema), db.migration.equities.V")
                .assertPrinted(stepLines)
                .assertPrinted("ticker character varying(20) NOT NULL").assertPrinted("ticker character varying(40) NOT NULL");
        mvn.run("migrate:upgrade", "-Ddatabase=equities").assertFailure()
                .assertPrinted("database equities, environment local: an applied revision has changed since it was applied"
                        + " to this database; nothing was run.")
                .assertPrinted(stepLines)
                .assertPrinted("record that: mvn migrate:accept -Daccept=" + r1);
        assertEquals(List.of(r1), project.rows("equities", "SELECT revision FROM migrate_version"));
        assertEquals(List.of(), project.rows("equities", "SELECT column_name FROM information_schema.columns"
                + " WHERE column_name = 'stock_symbol_type'"));

        // Accepted, with who and when; then the upgrade goes on.
        mvn.run("migrate:accept", "-Daccept=" + r1.substring(0, 6), "migrate:upgrade", "-Ddatabase=equities").assertSuccess()
                .assertPrinted("equities: accepted revision " + r1 + " as it is now")
                .assertPrinted("Upgrading " + r1 + " -> " + r2);
        String accepted = project.rows("equities", "SELECT applied_by || ' | ' || message FROM migrate_history"
                + " WHERE direction = 'accept'").get(0);
        assertTrue(accepted.startsWith(System.getProperty("user.name")), accepted);
        assertTrue(accepted.contains("(database user postgres) | accepted the code of revision " + r1 + " as applied: "
                + stepLines), accepted);

        // A database migrated before checksums were compared: no step hashes, checksums 1: over the SQL run.
        project.execute("equities", "ALTER TABLE migrate_history DROP COLUMN checksum_steps");
        for (String id : List.of(r1, r2)) {
            project.execute("equities", "UPDATE migrate_history SET checksum = '" + firstVersionChecksum(id)
                    + "' WHERE revision = '" + id + "'");
        }
        mvn.run("migrate:validate", "-Ddatabase=equities").assertSuccess()
                .assertPrinted("equities: at " + r2 + "; 2 applied revisions match their code");
    }

    /** The same code, written another way. */
    private static String reformatted(String source) {
        int upgrade = source.indexOf("public void upgrade");
        int downgrade = source.indexOf("@Override", upgrade);
        String body = source.substring(upgrade, downgrade).replaceAll("\\n\\s+", " ").replace("{ ", "{\n        ")
                .replace("; }", ";\n    }\n\n    ");
        String text = source.substring(0, upgrade) + body + source.substring(downgrade);
        String imports = "import dev.optionsdeep.migrate.migration.Revision;\nimport dev.optionsdeep.migrate.migration.Operations;\n"
                + "import dev.optionsdeep.migrate.migration.Migration;\n";
        text = text.replace("import dev.optionsdeep.migrate.migration.Migration;\n", "")
                .replace("import dev.optionsdeep.migrate.migration.Operations;\n", "")
                .replace("import dev.optionsdeep.migrate.migration.Revision;\n", "")
                .replace("import static", imports + "\n// Reviewed by the DBA.\nimport static");
        assertTrue(text.contains(TICKER_20), text);
        return text.replace("public final class", "/* Applied to prod on Monday. */\npublic final class");
    }

    /** As the first version recorded it: SHA-256 over the statements run, each followed by a zero byte. */
    private String firstVersionChecksum(String id) throws Exception {
        URL classes = project.file("target/classes").toUri().toURL();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes}, getClass().getClassLoader())) {
            Revisions revisions = Revisions.scan(loader, "db.migration.equities");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Statement s : PostgresSql.statements(Operations.stepsOf(revisions.migration(id), true))) {
                digest.update(s.sql().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return "1:" + HexFormat.of().formatHex(digest.digest());
        }
    }
}
