package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.Log;
import dev.optionsdeep.migrate.migration.RevisionException;
import dev.optionsdeep.migrate.migration.Revisions;
import dev.optionsdeep.migrate.support.PostgresServer;
import dev.optionsdeep.migrate.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SQL scripts run with psql leave a database exactly as a live run does: schema, data, version
 * table and history (but for who, when and how long).
 */
class SqlScriptTest {

    private static final String FIXTURES = "dev.optionsdeep.migrate.executor.fixtures.";

    @RegisterExtension
    final TestDatabase online = new TestDatabase();

    @RegisterExtension
    final TestDatabase offline = new TestDatabase();

    @TempDir
    Path temp;

    @Test
    void upgradeScriptOfTwoBranchesMatchesALiveUpgrade() throws Exception {
        Revisions revisions = revisions("branches");
        new Migrator(online.settings(), revisions, Log.console(), Duration.ofSeconds(30)).upgrade("heads");

        SqlScript script = SqlScript.of("equities", revisions, true, "heads");
        psql(offline, script.text());

        assertEquals(List.of(), script.from());
        assertEquals(List.of("b20000000002", "d40000000004"), script.to());
        assertEquals(state(online), state(offline));
    }

    @Test
    void rangeScriptsGoUpAndDownFromWhereTheyStart() throws Exception {
        Revisions revisions = revisions("equities");
        Migrator live = new Migrator(online.settings(), revisions, Log.console(), Duration.ofSeconds(30));
        live.upgrade("+1");
        psql(offline, SqlScript.of("equities", revisions, true, "base:+1").text());
        assertEquals(state(online), state(offline));

        live.upgrade("head");
        SqlScript rest = SqlScript.of("equities", revisions, true, "ae1027:head");
        assertEquals(2, rest.moves().size());
        psql(offline, rest.text());
        assertEquals(state(online), state(offline));

        live.downgrade("-2");
        SqlScript back = SqlScript.of("equities", revisions, false, "head:-2");
        assertEquals(List.of("c5a3f9d0e231"), back.from());
        assertEquals(List.of("ae1027a6acf3"), back.to());
        psql(offline, back.text());
        assertEquals(state(online), state(offline));
    }

    @Test
    void aDowngradeScriptNeedsARange() {
        RevisionException e = assertThrows(RevisionException.class,
                () -> SqlScript.of("equities", revisions("equities"), false, "-1"));
        assertEquals("a downgrade script cannot ask the database where it is: give the range, -Dtarget=<from>:<to>,"
                + " for example -Dtarget=head:-1 or -Dtarget=head:base", e.getMessage());
    }

    @Test
    void aRevisionRunningItsOwnJdbcCodeCannotBeScripted() {
        RevisionException e = assertThrows(RevisionException.class,
                () -> SqlScript.of("data", revisions("data"), true, "head"));
        assertEquals("revision da7a00000002 (Double every price) runs its own JDBC code through ops.connection() in"
                + " dev.optionsdeep.migrate.executor.fixtures.data.V2_DoublePrices.upgrade(), which cannot be written to"
                + " an SQL script. Apply it online (mvn migrate:upgrade without -Dsql), or write its steps with"
                + " ops.execute(\"…\") so that scripts can carry them.", e.getMessage());
    }

    private Revisions revisions(String fixture) {
        return Revisions.scan(getClass().getClassLoader(), FIXTURES + fixture);
    }

    /** Runs a script as a DBA would: psql, stopping at the first error. */
    private void psql(TestDatabase db, String script) throws IOException, InterruptedException {
        Path file = Files.writeString(temp.resolve("script-" + System.nanoTime() + ".sql"), script, StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1",
                "-h", PostgresServer.HOST, "-p", PostgresServer.PORT, "-U", PostgresServer.USER, "-d", db.name(),
                "-f", file.toString()).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", PostgresServer.PASSWORD);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "psql failed:\n" + output + "\nscript:\n" + script);
        assertTrue(!output.contains("ERROR"), output);
    }

    /** Everything a migration leaves behind that must not depend on how it ran. */
    private static List<String> state(TestDatabase db) throws SQLException {
        List<String> state = new ArrayList<>();
        state.addAll(db.rows("SELECT c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)"
                + " || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END || ' ' || a.attidentity::text"
                + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped ORDER BY 1"));
        state.addAll(db.rows("SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint"
                + " WHERE connamespace = 'public'::regnamespace ORDER BY 1"));
        state.addAll(db.rows("SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1"));
        state.addAll(db.rows("SELECT 'version ' || revision FROM migrate_version ORDER BY 1"));
        state.addAll(db.rows("SELECT 'history ' || concat_ws(' | ', revision, direction, from_revisions, to_revisions,"
                + " message, checksum) FROM migrate_history ORDER BY id"));
        if (!db.rows("SELECT to_regclass('stock_prices')").get(0).equals("null")) {
            state.addAll(db.rows("SELECT 'stock_prices ' || ticker FROM stock_prices ORDER BY 1"));
        }
        return state;
    }
}
