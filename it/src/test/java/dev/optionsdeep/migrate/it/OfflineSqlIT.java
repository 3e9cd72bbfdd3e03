package dev.optionsdeep.migrate.it;

import dev.optionsdeep.migrate.it.support.Build;
import dev.optionsdeep.migrate.it.support.Commands;
import dev.optionsdeep.migrate.it.support.ExampleProject;
import dev.optionsdeep.migrate.it.support.Maven;
import dev.optionsdeep.migrate.it.support.Postgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code -Dsql}: the script a DBA reviews and runs with psql leaves a database exactly as an online
 * upgrade leaves another, version table and history included; downgrade scripts need a range; a
 * revision running its own JDBC code cannot be scripted.
 */
class OfflineSqlIT {

    private static final String REVISIONS = "src/main/java/db/migration/equities";

    @TempDir
    Path temp;

    private ExampleProject project;
    private Maven mvn;
    private String scripted;

    @BeforeEach
    void copyExample() throws Exception {
        project = ExampleProject.copy("options-deep", temp, "equities");
        mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "postgres");
        // The DBA's database: the scripts run here, the online upgrade in the project's own.
        scripted = project.database("equities") + "_sql";
        Postgres.create(scripted);
    }

    @AfterEach
    void dropDatabases() throws Exception {
        Postgres.drop(scripted);
        project.close();
    }

    @Test
    void aScriptRunWithPsqlMatchesAnOnlineUpgrade() throws Exception {
        Build sql = mvn.run("migrate:revision", "-Dmessage=Create companies table", "migrate:upgrade", "-Dsql",
                "-Ddatabase=equities").assertSuccess().assertNotPrinted("Environment local");
        String r1 = sql.find("equities: revision ([0-9a-f]{12}) written to ");
        Path upgrade = Path.of(sql.find("equities: SQL script of the upgrade base -> " + r1
                + " \\(1 revision\\) written to (\\S+\\.sql)"));
        assertEquals(project.file("target/migrate/equities-upgrade-base-" + r1 + ".sql").toAbsolutePath(), upgrade);
        String text = Files.readString(upgrade);
        assertTrue(text.contains("BEGIN;\n\nCREATE TABLE companies (") && text.contains("INSERT INTO migrate_version (revision)"
                + " VALUES ('" + r1 + "');\n"), text);
        // Writing the script touched no database, not even to create the version table.
        assertEquals(List.of("0"), project.rows("equities", "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
        Commands.psql(scripted, upgrade).assertSuccess();

        mvn.run("migrate:upgrade", "-Ddatabase=equities").assertSuccess();
        assertEquals(state(project.database("equities")), state(scripted));

        // A downgrade script cannot ask the database where it is.
        mvn.run("migrate:downgrade", "-Dsql", "-Dtarget=-1", "-Ddatabase=equities").assertFailure()
                .assertPrinted("database equities: a downgrade script cannot ask the database where it is: give the range,"
                        + " -Dtarget=<from>:<to>, for example -Dtarget=head:-1 or -Dtarget=head:base");
        // The downgrade script runs first; then an empty revision is written for hand-written steps.
        Build down = mvn.run("migrate:downgrade", "-Dsql", "-Dtarget=head:base", "migrate:revision",
                "-Dmessage=Normalise tickers", "-Dautogenerate=false", "-Ddatabase=equities").assertSuccess();
        Commands.psql(scripted, Path.of(down.find("equities: SQL script of the downgrade " + r1
                + " -> base \\(1 revision\\) written to (\\S+\\.sql)"))).assertSuccess();
        assertEquals(List.of("migrate_history", "migrate_version"),
                Postgres.rows(scripted, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"));
        assertEquals(List.of("upgrade", "downgrade"), Postgres.rows(scripted, "SELECT direction FROM migrate_history ORDER BY id"));

        // Hand-written JDBC code has no SQL to show: the script is refused, naming the revision.
        String r2 = down.find("equities: revision ([0-9a-f]{12}) written to ");
        String file = project.list(REVISIONS).stream().filter(f -> f.contains("NormaliseTickers")).findFirst().orElseThrow();
        String source = project.read(REVISIONS + "/" + file);
        String filled = source.replaceFirst("(public void upgrade\\(Operations ops\\) \\{\\n)\\s*// [^\\n]*\\n",
                "$1        try (java.sql.Statement s = ops.connection().createStatement()) {\n"
                        + "            s.execute(\"UPDATE companies SET ticker = upper(ticker)\");\n"
                        + "        } catch (java.sql.SQLException e) {\n"
                        + "            throw new IllegalStateException(e);\n"
                        + "        }\n");
        assertTrue(filled.contains("ops.connection()"), filled);
        project.write(REVISIONS + "/" + file, filled);
        mvn.run("migrate:upgrade", "-Dsql", "-Dtarget=" + r1 + ":head", "-Ddatabase=equities").assertFailure()
                .assertPrinted("database equities: revision " + r2 + " (Normalise tickers) runs its own JDBC code through"
                        + " ops.connection() in db.migration.equities." + file.replace(".java", "") + ".upgrade(), which"
                        + " cannot be written to an SQL script. Apply it online (mvn migrate:upgrade without -Dsql), or"
                        + " write its steps with ops.execute(\"…\") so that scripts can carry them.");
    }

    /** What a migration leaves in a database, but for who ran it, when, and how long it took. */
    private static List<String> state(String database) throws Exception {
        List<String> state = new ArrayList<>();
        state.addAll(Postgres.rows(database, "SELECT c.relname || '.' || a.attname || ' '"
                + " || format_type(a.atttypid, a.atttypmod) || ' ' || a.attnotnull || ' ' || a.attidentity::text"
                + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                + " WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.attnum > 0"
                + " AND NOT a.attisdropped ORDER BY 1"));
        state.addAll(Postgres.rows(database, "SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint"
                + " WHERE connamespace = 'public'::regnamespace ORDER BY 1"));
        state.addAll(Postgres.rows(database, "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1"));
        state.addAll(Postgres.rows(database, "SELECT 'version ' || revision FROM migrate_version ORDER BY 1"));
        state.addAll(Postgres.rows(database, "SELECT concat_ws(' | ', 'history', revision, direction, from_revisions,"
                + " to_revisions, message, checksum) FROM migrate_history ORDER BY id"));
        return state;
    }
}
