package dev.optionsdeep.migrate.benchmark;

import dev.optionsdeep.migrate.Log;
import dev.optionsdeep.migrate.executor.ConnectionSettings;
import dev.optionsdeep.migrate.executor.Migrator;
import dev.optionsdeep.migrate.migration.Revisions;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.flywaydb.core.Flyway;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/** Each tool's way to bring a database to the latest revision, and to ask where it is. */
final class Tools {

    private static final Log QUIET = new Log() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
            System.err.println("WARNING: " + message);
        }
    };

    private Tools() {
    }

    /**
     * The floor: what any tool must do at least, with plain JDBC: per revision one transaction of its
     * statements and one row in a version table.
     */
    static void floor(String url, List<List<String>> revisions) throws SQLException {
        try (Connection c = Pg.connect(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS floor_version (version integer PRIMARY KEY)");
            c.setAutoCommit(false);
            try (PreparedStatement version = c.prepareStatement("INSERT INTO floor_version (version) VALUES (?)")) {
                for (int i = 0; i < revisions.size(); i++) {
                    for (String sql : revisions.get(i)) {
                        s.execute(sql);
                    }
                    version.setInt(1, i + 1);
                    version.executeUpdate();
                    c.commit();
                }
            }
        }
    }

    /** As {@code Migrate.upgrade()} does: the revisions found on the class path, then the migrator. */
    static Migrator migrate(String url, ClassLoader revisions) {
        return migrate(url, Revisions.scan(revisions, Projects.PACKAGE));
    }

    static Migrator migrate(String url, Revisions revisions) {
        return new Migrator(new ConnectionSettings(url, Pg.USER, Pg.PASSWORD), revisions, QUIET, Duration.ofSeconds(60));
    }

    /** A class loader that has loaded none of the revision classes yet, as in a fresh JVM. */
    static ClassLoader fresh(Path classes) {
        try {
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, Tools.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Flyway flyway(String url, Path directory) {
        return Flyway.configure().dataSource(url, Pg.USER, Pg.PASSWORD)
                .locations("filesystem:" + directory).load();
    }

    static void liquibase(String url, Path directory) throws Exception {
        PrintStream out = System.out;
        // Liquibase prints a summary of every update to standard output.
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try (Connection c = Pg.connect(url)) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            try (Liquibase liquibase = new Liquibase("changelog.sql", new DirectoryResourceAccessor(directory), database)) {
                liquibase.update("");
            }
        } finally {
            System.setOut(out);
        }
    }
}
