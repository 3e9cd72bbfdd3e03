package dev.optionsdeep.migrate.spring;

import dev.optionsdeep.migrate.migration.RevisionPackages;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code migrate.*} properties of {@code application.properties}.
 *
 * <pre>
 * migrate.enabled=true                       # upgrade at start-up (default true)
 * migrate.target=head                        # or a revision id, +1, …
 * migrate.lock-timeout=60s                   # wait for another migration of the same database
 * migrate.migration-package=db.migration     # as the plugin's &lt;migrationPackage&gt;
 * migrate.databases.algorithms.data-source=algorithmsDataSource
 * </pre>
 */
@ConfigurationProperties(prefix = "migrate")
public class MigrateProperties {

    /** Whether to upgrade the databases when the application starts. */
    private boolean enabled = true;

    /** The revision to upgrade to: {@code head}, a revision id or prefix, {@code +1}, {@code <branch>@head}. */
    private String target = "head";

    /** How long to wait for another migration of the same database to finish. */
    private Duration lockTimeout = Duration.ofSeconds(60);

    /** The parent package of the revisions, as in the plugin's {@code <migrationPackage>}. */
    private String migrationPackage = RevisionPackages.DEFAULT_PARENT;

    /** Per database (by the name of its revision package): which DataSource bean to migrate it through. */
    private Map<String, DatabaseProperties> databases = new LinkedHashMap<>();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public String getMigrationPackage() {
        return migrationPackage;
    }

    public void setMigrationPackage(String migrationPackage) {
        this.migrationPackage = migrationPackage;
    }

    public Map<String, DatabaseProperties> getDatabases() {
        return databases;
    }

    public void setDatabases(Map<String, DatabaseProperties> databases) {
        this.databases = databases;
    }

    /** {@code migrate.databases.<name>.*}. */
    public static class DatabaseProperties {

        /** The name of the DataSource bean this database is migrated through; the application's DataSource when absent. */
        private String dataSource;

        /** Whether to upgrade this database at start-up. */
        private boolean enabled = true;

        public String getDataSource() {
            return dataSource;
        }

        public void setDataSource(String dataSource) {
            this.dataSource = dataSource;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
