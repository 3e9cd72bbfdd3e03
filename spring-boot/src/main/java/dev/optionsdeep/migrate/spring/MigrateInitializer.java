package dev.optionsdeep.migrate.spring;

import dev.optionsdeep.migrate.Migrate;
import dev.optionsdeep.migrate.executor.Migrator;
import dev.optionsdeep.migrate.executor.Step;
import org.springframework.beans.factory.InitializingBean;

import javax.sql.DataSource;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Upgrades every configured database to the target when the application starts. The
 * EntityManagerFactory and every other bean that initialises against the database depend on this
 * bean, so JPA (and Hibernate's {@code validate}) only ever see the upgraded schema.
 */
public class MigrateInitializer implements InitializingBean {

    private final Map<String, DataSource> dataSources;
    private final MigrateProperties properties;
    private final ClassLoader classLoader;
    private final CommonsLog log = new CommonsLog();

    /**
     * @param dataSources each database to upgrade, with the DataSource it is upgraded through, in order
     */
    MigrateInitializer(Map<String, DataSource> dataSources, MigrateProperties properties, ClassLoader classLoader) {
        this.dataSources = Map.copyOf(dataSources);
        this.properties = properties;
        this.classLoader = classLoader;
        requireOneDatabaseEach(dataSources);
    }

    @Override
    public void afterPropertiesSet() {
        dataSources.keySet().stream().sorted().forEach(this::upgrade);
    }

    private void upgrade(String database) {
        String target = properties.getTarget();
        try {
            List<Step> steps = Migrate.database(database)
                    .dataSource(dataSources.get(database))
                    .migrationPackage(properties.getMigrationPackage())
                    .classLoader(classLoader)
                    .lockTimeout(properties.getLockTimeout())
                    .log(log)
                    .upgrade(target);
            log.info("database " + database + ": " + (steps.isEmpty() ? "already at " + target
                    : "upgraded " + Migrator.describe(steps.get(0).from()) + " -> "
                    + Migrator.describe(steps.get(steps.size() - 1).to())));
        } catch (RuntimeException e) {
            throw new MigrateStartupException("Migrate could not upgrade database " + database + " to " + target
                    + " at start-up: " + e.getMessage(),
                    "Fix the revision or the database as the message says, then start the application again; "
                            + "to start without upgrading, set migrate.enabled=false.", e);
        }
    }

    /** Two databases upgraded through one DataSource would share its version table. */
    private static void requireOneDatabaseEach(Map<String, DataSource> dataSources) {
        Map<DataSource, String> seen = new IdentityHashMap<>();
        dataSources.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String other = seen.putIfAbsent(e.getValue(), e.getKey());
            if (other != null) {
                throw new MigrateStartupException("databases " + other + " and " + e.getKey()
                        + " are upgraded through the same DataSource, so they would share one version table.",
                        "Give each its own DataSource bean with migrate.databases.<name>.data-source=<bean name>.", null);
            }
        });
    }
}
