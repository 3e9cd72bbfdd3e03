package dev.optionsdeep.migrate.it.parity;

import dev.optionsdeep.migrate.diff.SchemaDiff;
import dev.optionsdeep.migrate.introspect.Introspection;
import dev.optionsdeep.migrate.introspect.SchemaReader;
import dev.optionsdeep.migrate.it.support.Postgres;
import dev.optionsdeep.migrate.postgres.PostgresSql;
import dev.optionsdeep.migrate.postgres.Statement;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.snapshot.Snapshot;
import dev.optionsdeep.migrate.snapshot.SnapshotCodec;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Hibernate parity: for each model, the schema our migrations build equals the schema Hibernate's
 * own export creates, and Hibernate's validation passes on ours. Hibernate is only the oracle here.
 */
class ParityIT {

    private final List<String> databases = new ArrayList<>();

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of("parity_optionsdeep", List.of(
                        dev.optionsdeep.migrate.it.parity.optionsdeep.Company.class,
                        dev.optionsdeep.migrate.it.parity.optionsdeep.Strategy.class)),
                Arguments.of("parity_shop", List.of(
                        dev.optionsdeep.migrate.it.parity.shop.Customer.class,
                        dev.optionsdeep.migrate.it.parity.shop.Product.class,
                        dev.optionsdeep.migrate.it.parity.shop.Coupon.class)),
                Arguments.of("parity_everything", List.of(
                        dev.optionsdeep.migrate.it.parity.everything.AllTypes.class,
                        dev.optionsdeep.migrate.it.parity.everything.MoreTypes.class,
                        dev.optionsdeep.migrate.it.parity.everything.Ticket.class,
                        dev.optionsdeep.migrate.it.parity.everything.Invoice.class)),
                Arguments.of("parity_structure", List.of(
                        dev.optionsdeep.migrate.it.parity.structure.Warehouse.class,
                        dev.optionsdeep.migrate.it.parity.structure.Supplier.class)),
                Arguments.of("parity_inheritance", List.of(
                        dev.optionsdeep.migrate.it.parity.inheritance.Account.class,
                        dev.optionsdeep.migrate.it.parity.inheritance.SavingsAccount.class,
                        dev.optionsdeep.migrate.it.parity.inheritance.CheckingAccount.class,
                        dev.optionsdeep.migrate.it.parity.inheritance.PremiumChecking.class,
                        dev.optionsdeep.migrate.it.parity.inheritance.Branch.class,
                        dev.optionsdeep.migrate.it.parity.inheritance.Kiosk.class,
                        dev.optionsdeep.migrate.it.parity.inheritance.Ledger.class,
                        dev.optionsdeep.migrate.it.parity.inheritance.Register.class)));
    }

    @AfterEach
    void dropDatabases() throws SQLException {
        for (String db : databases) {
            Postgres.drop(db);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void ourMigrationsBuildTheSchemaHibernateExpects(String database, List<Class<?>> entities) throws Exception {
        Snapshot model = snapshot(database);
        String ours = createDatabase(database + "_ours");
        String hibernates = createDatabase(database + "_hibernate");

        try (Connection c = connect(ours); java.sql.Statement s = c.createStatement()) {
            for (Statement statement : PostgresSql.statements(SchemaDiff.between(Schema.EMPTY, model.schema()))) {
                s.execute(statement.sql());
            }
        }
        try (SessionFactory ignored = hibernate(hibernates, "create", entities)) {
            // Hibernate's schema export runs while the session factory starts.
        }

        Introspection ourSchema = introspect(ours);
        Introspection hibernateSchema = introspect(hibernates);
        assertEquals(List.of(), ourSchema.unsupported(), "what our migrations built that Migrate cannot model");
        assertEquals(String.join("\n", Comparison.describe(hibernateSchema.schema(), model.schema())),
                String.join("\n", Comparison.describe(ourSchema.schema(), model.schema())),
                "the schema our migrations built (actual) against the one Hibernate exported (expected)");
        assertEquals(hibernateSchema.unsupported(), ourSchema.unsupported(), "objects only one side created");

        // Hibernate's own check of the schema our migrations built.
        try (SessionFactory validated = hibernate(ours, "validate", entities)) {
            assertNotNull(validated);
        }
    }

    private static Snapshot snapshot(String database) throws IOException {
        String path = "META-INF/migrate/" + database + SnapshotCodec.FILE_SUFFIX;
        try (InputStream in = ParityIT.class.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, path + " was not written by the annotation processor for the parity models");
            return SnapshotCodec.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), path);
        }
    }

    private String createDatabase(String prefix) throws SQLException {
        String name = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        Postgres.create(name);
        databases.add(name);
        return name;
    }

    private static SessionFactory hibernate(String database, String action, List<Class<?>> entities) {
        Configuration configuration = new Configuration()
                .setProperty("hibernate.connection.url", Postgres.url(database))
                .setProperty("hibernate.connection.username", Postgres.USER)
                .setProperty("hibernate.connection.password", Postgres.PASSWORD)
                .setProperty("hibernate.hbm2ddl.auto", action)
                .setProperty("hibernate.connection.pool_size", "1");
        entities.forEach(configuration::addAnnotatedClass);
        return configuration.buildSessionFactory();
    }

    private static Introspection introspect(String database) throws SQLException {
        try (Connection c = connect(database)) {
            return new SchemaReader().read(c);
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(Postgres.url(database), Postgres.USER, Postgres.PASSWORD);
    }
}
