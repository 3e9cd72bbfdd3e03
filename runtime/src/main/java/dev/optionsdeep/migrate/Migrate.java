package dev.optionsdeep.migrate;

import dev.optionsdeep.migrate.executor.ConnectionFactory;
import dev.optionsdeep.migrate.executor.ConnectionSettings;
import dev.optionsdeep.migrate.executor.Locking;
import dev.optionsdeep.migrate.executor.Migrator;
import dev.optionsdeep.migrate.executor.Step;
import dev.optionsdeep.migrate.migration.RevisionPackages;
import dev.optionsdeep.migrate.migration.Revisions;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Migrates a database from the application itself, without Maven: finds the compiled revisions on
 * the class path and upgrades with the same lock, transactions and history as {@code migrate:upgrade}.
 *
 * <pre>{@code
 * Migrate.database("equities")
 *        .dataSource(dataSource)
 *        .upgrade();            // to head
 * }</pre>
 */
public final class Migrate {

    private final String database;
    private final ConnectionFactory connections;
    private final String migrationPackage;
    private final ClassLoader classLoader;
    private final Locking locking;
    private final Log log;

    private Migrate(String database, ConnectionFactory connections, String migrationPackage, ClassLoader classLoader,
                    Locking locking, Log log) {
        this.database = database;
        this.connections = connections;
        this.migrationPackage = migrationPackage;
        this.classLoader = classLoader;
        this.locking = locking;
        this.log = log;
    }

    /** Starts configuring the migration of one database, by the name its entities' {@link Database} gives. */
    public static Migrate database(String database) {
        Objects.requireNonNull(database, "database");
        return new Migrate(database, null, RevisionPackages.DEFAULT_PARENT, Migrate.class.getClassLoader(),
                Locking.defaults(), Log.console());
    }

    /** Connect through the application's data source. */
    public Migrate dataSource(DataSource dataSource) {
        return with(ConnectionFactory.of(Objects.requireNonNull(dataSource, "dataSource")));
    }

    /** Connect with a JDBC URL; {@code password} may be null for trust authentication. */
    public Migrate url(String url, String username, String password) {
        return with(ConnectionFactory.of(new ConnectionSettings(url, username, password)));
    }

    /** Connect with full settings (schema, session settings). */
    public Migrate connection(ConnectionSettings settings) {
        return with(ConnectionFactory.of(settings));
    }

    /** The parent package of the revisions, as in the plugin's {@code <migrationPackage>}; default {@code db.migration}. */
    public Migrate migrationPackage(String parentPackage) {
        RevisionPackages.of(parentPackage, database);
        return new Migrate(database, connections, parentPackage, classLoader, locking, log);
    }

    /** The class loader that sees the compiled revisions; default the one that loaded Migrate. */
    public Migrate classLoader(ClassLoader loader) {
        return new Migrate(database, connections, migrationPackage, Objects.requireNonNull(loader), locking, log);
    }

    /** How long to wait for another migration of the same database; default 60 seconds. */
    public Migrate lockTimeout(Duration timeout) {
        return locking(locking.withMigrationLockWait(Objects.requireNonNull(timeout)));
    }

    /**
     * PostgreSQL's {@code lock_timeout} while migrating: how long a statement waits for a table lock
     * before its revision fails and is retried; default 5 seconds, null keeps the session's own setting.
     */
    public Migrate tableLockTimeout(Duration timeout) {
        return locking(locking.withTableLockTimeout(timeout));
    }

    /** How often a revision that failed on {@code lock_timeout} is retried, and the first pause (doubled each time); default 3, 1 s. */
    public Migrate lockRetries(int retries, Duration backoff) {
        return locking(locking.withRetries(retries, Objects.requireNonNull(backoff)));
    }

    /** All lock settings at once. */
    public Migrate locking(Locking settings) {
        return new Migrate(database, connections, migrationPackage, classLoader, Objects.requireNonNull(settings), log);
    }

    /** Where progress goes; default standard output. */
    public Migrate log(Log destination) {
        return new Migrate(database, connections, migrationPackage, classLoader, locking, Objects.requireNonNull(destination));
    }

    /** Upgrades to head. */
    public List<Step> upgrade() {
        return upgrade("head");
    }

    /** Upgrades to a target: {@code head}, {@code +1}, a revision id or prefix. */
    public List<Step> upgrade(String target) {
        return migrator().upgrade(target);
    }

    /** The revisions the database is at; empty at base. */
    public List<String> current() {
        return migrator().current();
    }

    private Migrate with(ConnectionFactory factory) {
        return new Migrate(database, factory, migrationPackage, classLoader, locking, log);
    }

    private Migrator migrator() {
        if (connections == null) {
            throw new IllegalStateException("Migrate.database(\"" + database + "\") needs a connection:"
                    + " call .dataSource(…) or .url(…) before upgrading");
        }
        Revisions revisions = Revisions.scan(classLoader, RevisionPackages.of(migrationPackage, database));
        if (revisions.graph().isEmpty()) {
            log.warn("no revisions of database " + database + " found in package "
                    + RevisionPackages.of(migrationPackage, database) + " on the class path");
        }
        return new Migrator(connections, revisions, log, locking);
    }
}
