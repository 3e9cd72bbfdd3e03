package dev.optionsdeep.migrate.spring;

import dev.optionsdeep.migrate.spring.shop.Company;
import dev.optionsdeep.migrate.spring.shop.CompanyRepository;
import dev.optionsdeep.migrate.spring.shop.ShopApplication;
import dev.optionsdeep.migrate.spring.warehouse.WarehouseApplication;
import dev.optionsdeep.migrate.support.PostgresServer;
import dev.optionsdeep.migrate.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real Spring Boot applications (Boot 3.5, Hibernate 6.6) starting against PostgreSQL with
 * migrate-spring-boot on the class path and nothing but properties: the upgrade runs before JPA,
 * so Hibernate's {@code validate} passes on an empty database.
 */
class SpringBootStartupTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @RegisterExtension
    final TestDatabase second = new TestDatabase();

    @Test
    void anEmptyDatabaseIsUpgradedToHeadBeforeHibernateValidatesIt() throws Exception {
        try (ConfigurableApplicationContext app = start(ShopApplication.class, datasource(db))) {
            CompanyRepository companies = app.getBean(CompanyRepository.class);
            companies.save(new Company("ACME"));
            assertEquals(List.of("ACME"), companies.findAll().stream().map(Company::ticker).toList());
        }
        assertEquals(List.of("5a1c0e7b2d34"), db.rows("SELECT revision FROM migrate_version"));
        assertEquals(List.of("upgrade|5a1c0e7b2d34"), db.rows("SELECT direction, revision FROM migrate_history"));

        try (ConfigurableApplicationContext again = start(ShopApplication.class, datasource(db))) {
            assertEquals(1, again.getBean(CompanyRepository.class).count());
        }
        assertEquals(1, db.rows("SELECT * FROM migrate_history").size(), "a second start has nothing to upgrade");
    }

    @Test
    void aFailingUpgradeStopsTheApplicationWithItsMessage() throws Exception {
        List<String> properties = datasource(db);
        properties.add("migrate.migration-package=failing.migration");
        RuntimeException failure = assertThrows(RuntimeException.class, () -> start(ShopApplication.class, properties));

        MigrateStartupException cause = causeOfType(failure, MigrateStartupException.class);
        assertTrue(cause.getMessage().startsWith("Migrate could not upgrade database shop to head at start-up: revision"
                + " 9e8d7c6b5a41 (Half done) failed at step"), cause.getMessage());
        assertTrue(cause.getMessage().contains("relation \"no_such_table\" does not exist"), cause.getMessage());
        assertTrue(cause.action().contains("migrate.enabled=false"), cause.action());
        assertEquals(List.of(), db.rows("SELECT revision FROM migrate_version"));
        assertEquals(List.of(), db.rows("SELECT tablename FROM pg_tables WHERE tablename = 'companies'"),
                "the failed revision was rolled back whole");
    }

    @Test
    void eachDatabaseIsUpgradedThroughTheDataSourceItIsMappedTo() throws Exception {
        List<String> properties = datasource(db);
        properties.addAll(List.of("migrate.migration-package=warehouse.migration",
                "migrate.databases.algorithms.data-source=algorithmsDataSource",
                "algorithms.url=" + PostgresServer.url(second.name())));
        start(WarehouseApplication.class, properties).close();

        assertEquals(List.of("companies|1b2c3d4e5f60"), tablesAndRevision(db));
        assertEquals(List.of("strategies|2c3d4e5f6071"), tablesAndRevision(second));
    }

    @Test
    void twoDatabasesWithoutAMappingStopTheApplicationBeforeTouchingEither() throws Exception {
        List<String> properties = datasource(db);
        properties.addAll(List.of("migrate.migration-package=warehouse.migration", "algorithms.url=unused"));
        RuntimeException failure = assertThrows(RuntimeException.class, () -> start(WarehouseApplication.class, properties));

        MigrateStartupException cause = causeOfType(failure, MigrateStartupException.class);
        assertEquals("The application has revisions of several databases (algorithms, equities) and none of them is"
                + " mapped to a DataSource; in one PostgreSQL database they would share one version table.",
                cause.getMessage());
        assertTrue(cause.action().contains("migrate.databases.equities.data-source="), cause.action());
        assertEquals(List.of(), db.rows("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"));
    }

    @Test
    void migrateEnabledFalseLeavesTheDatabaseAlone() throws Exception {
        List<String> properties = datasource(db);
        properties.addAll(List.of("migrate.enabled=false", "spring.jpa.hibernate.ddl-auto=none"));
        try (ConfigurableApplicationContext app = start(ShopApplication.class, properties)) {
            assertTrue(app.getBeansOfType(MigrateInitializer.class).isEmpty());
        }
        assertEquals(List.of(), db.rows("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"));
    }

    private static ConfigurableApplicationContext start(Class<?> application, List<String> properties) {
        // As command-line arguments, which take precedence over application.properties.
        return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
    }

    private static List<String> datasource(TestDatabase database) {
        return new ArrayList<>(List.of("spring.datasource.url=" + PostgresServer.url(database.name()),
                "spring.datasource.username=" + PostgresServer.USER, "spring.datasource.password=" + PostgresServer.PASSWORD));
    }

    private static List<String> tablesAndRevision(TestDatabase database) throws Exception {
        return database.rows("SELECT t.tablename, v.revision FROM pg_tables t, migrate_version v"
                + " WHERE t.schemaname = 'public' AND t.tablename NOT LIKE 'migrate_%'");
    }

    private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + failure, failure);
    }
}
