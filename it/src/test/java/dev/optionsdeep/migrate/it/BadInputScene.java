package dev.optionsdeep.migrate.it;

import dev.optionsdeep.migrate.Log;
import dev.optionsdeep.migrate.Migrate;
import dev.optionsdeep.migrate.executor.ConnectionSettings;
import dev.optionsdeep.migrate.executor.Migrator;
import dev.optionsdeep.migrate.it.support.Postgres;
import dev.optionsdeep.migrate.migration.Revisions;
import dev.optionsdeep.migrate.plugin.Environment;
import dev.optionsdeep.migrate.plugin.PluginInputs;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Where one bad input is given: its own fresh database (owned by the role that logs in with a
 * password), a temporary directory for a .env file, and a log that records everything said.
 */
final class BadInputScene implements AutoCloseable {

    static final String USER = Postgres.PASSWORD_ROLE;
    static final String PASSWORD = Postgres.PASSWORD_ROLE_PASSWORD;
    private static final String PACKAGE = "dev.optionsdeep.migrate.it.badinput";
    private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(10);

    private final String database;
    private final Path directory;
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> secrets = new LinkedHashSet<>(List.of(PASSWORD));
    private Charset dotEnvCharset = StandardCharsets.UTF_8;

    private BadInputScene(String database, Path directory) {
        this.database = database;
        this.directory = directory;
    }

    /** A scene with a fresh database when {@code fixture} is not null, brought to where the case starts. */
    static BadInputScene open(String fixture, BadInput.Action setUp) throws Exception {
        String database = fixture == null ? null : "badinput_" + fixture + "_" + UUID.randomUUID().toString().substring(0, 8);
        if (database != null) {
            Postgres.create(database, USER);
        }
        BadInputScene scene = new BadInputScene(database, Files.createTempDirectory("badinput"));
        setUp.run(scene);
        return scene;
    }

    String url() {
        return Postgres.url(database == null ? "no_database" : database);
    }

    /** {@code text} with the scene's database, .env file and password in place of {@code {db}}, {@code {dotenv}}, {@code {pw}}. */
    String expand(String text) {
        return text.replace("{db}", String.valueOf(database)).replace("{dotenv}", directory.resolve(".env").toString())
                .replace("{pw}", PASSWORD);
    }

    Migrate migrate(String fixture) {
        return Migrate.database(fixture).migrationPackage(PACKAGE).url(url(), USER, PASSWORD).lockTimeout(LOCK_TIMEOUT)
                .log(log());
    }

    Migrator migrator(String fixture) {
        return migrator(fixture, settings(url(), null));
    }

    Migrator migrator(String fixture, String url, String user) {
        return migrator(fixture, new ConnectionSettings(url, user, PASSWORD));
    }

    Migrator migrator(String fixture, ConnectionSettings settings) {
        return new Migrator(settings, Revisions.scan(getClass().getClassLoader(), PACKAGE + "." + fixture), log(), LOCK_TIMEOUT);
    }

    /** Settings with this password (the scene's when null), which then must not appear anywhere either. */
    ConnectionSettings settings(String url, String password) {
        if (password != null) {
            secrets.add(password);
        }
        return new ConnectionSettings(url, USER, password == null ? PASSWORD : password);
    }

    ConnectionSettings settings(String url, String schema, Map<String, String> session) {
        return new ConnectionSettings(url, USER, PASSWORD, schema, session);
    }

    /** Chooses an environment as the goals do, with {@code dotEnv} (when not null) as the project's .env file. */
    String resolve(List<Environment> environments, Map<String, String> variables, String dotEnv, String requested)
            throws IOException {
        Path file = null;
        if (dotEnv != null) {
            file = Files.write(directory.resolve(".env"), expand(dotEnv).getBytes(dotEnvCharset));
        }
        Map<String, String> expanded = variables.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> expand(e.getValue())));
        return PluginInputs.resolve(environments, expanded, file, Map.of("warehouse", List.of("admin", PASSWORD)), requested);
    }

    void writeDotEnvAsLatin1() {
        dotEnvCharset = StandardCharsets.ISO_8859_1;
    }

    /** Runs a statement in the scene's database as the server's administrator, to prepare a case. */
    void admin(String sql) throws SQLException {
        Postgres.execute(database, sql);
    }

    /**
     * Everything a bad input must leave as it was: schemas, columns, indexes, comments, and every row
     * of every table (the version and history tables among them).
     */
    List<String> state() throws SQLException {
        if (database == null) {
            return List.of();
        }
        List<String> state = new ArrayList<>();
        state.addAll(query("SELECT 'schema ' || nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%'"
                + " AND nspname <> 'information_schema' ORDER BY 1"));
        state.addAll(query("SELECT 'column ' || table_schema || '.' || table_name || '.' || column_name || ' ' || data_type"
                + " FROM information_schema.columns WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1"));
        state.addAll(query("SELECT 'index ' || schemaname || '.' || indexname FROM pg_indexes"
                + " WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1"));
        state.addAll(query("SELECT 'comment ' || c.relname || ': ' || d.description FROM pg_description d"
                + " JOIN pg_class c ON c.oid = d.objoid WHERE c.relnamespace <> 'pg_catalog'::regnamespace"
                + " AND c.relnamespace <> 'information_schema'::regnamespace ORDER BY 1"));
        for (String table : query("SELECT format('%I.%I', schemaname, tablename) FROM pg_tables"
                + " WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1")) {
            query("SELECT * FROM " + table + " ORDER BY 1").forEach(row -> state.add("row " + table + ": " + row));
        }
        return state;
    }

    private List<String> query(String sql) throws SQLException {
        return Postgres.rows(database, sql);
    }

    /** Fails when the password, or any other secret the case used, appears in the exception or the log. */
    void assertNoSecretIn(Throwable thrown) {
        String text = trace(thrown) + "\n" + String.join("\n", log);
        for (String secret : secrets) {
            assertFalse(text.contains(secret), () -> "the secret " + secret + " appears in:\n" + text);
        }
    }

    static String trace(Throwable thrown) {
        StringWriter out = new StringWriter();
        thrown.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    private Log log() {
        return new Log() {
            @Override
            public void info(String message) {
                log.add(message);
            }

            @Override
            public void warn(String message) {
                log.add("WARNING: " + message);
            }
        };
    }

    @Override
    public void close() throws Exception {
        if (database != null) {
            Postgres.drop(database);
        }
        try (var files = Files.walk(directory)) {
            for (Path p : files.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
