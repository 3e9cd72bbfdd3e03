package dev.optionsdeep.migrate.it.parity;

import dev.optionsdeep.migrate.diff.SchemaDiff;
import dev.optionsdeep.migrate.introspect.CheckCanonicalizer;
import dev.optionsdeep.migrate.introspect.Introspection;
import dev.optionsdeep.migrate.introspect.SchemaReader;
import dev.optionsdeep.migrate.it.support.Postgres;
import dev.optionsdeep.migrate.postgres.PostgresSql;
import dev.optionsdeep.migrate.postgres.Statement;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.snapshot.Snapshot;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The parity check shared by the parity tests: build a model's schema from our snapshot in one
 * database, let Hibernate export its own into another, compare both as read back from pg_catalog,
 * then let Hibernate validate ours. Drops its databases when closed.
 */
final class ParityCheck implements AutoCloseable {

    private final List<String> databases = new ArrayList<>();

    /**
     * @param hibernateSettings extra Hibernate settings, such as a physical naming strategy
     */
    void assertParity(String database, Snapshot model, List<Class<?>> entities, Map<String, String> hibernateSettings)
            throws SQLException {
        String ours = createDatabase(database + "_ours");
        String hibernates = createDatabase(database + "_hibernate");

        try (Connection c = connect(ours); java.sql.Statement s = c.createStatement()) {
            for (Statement statement : PostgresSql.statements(SchemaDiff.between(Schema.EMPTY, model.schema()))) {
                s.execute(statement.sql());
            }
        }
        try (SessionFactory ignored = hibernate(hibernates, "create", entities, hibernateSettings)) {
            // Hibernate's schema export runs while the session factory starts.
        }

        Introspection ourSchema = introspect(ours, model.schema());
        Introspection hibernateSchema = introspect(hibernates, model.schema());
        assertEquals(List.of(), ourSchema.unsupported(), "what our migrations built that Migrate cannot model");
        Schema ourCanonical;
        Schema hibernateCanonical;
        try (Connection c = connect(ours)) {
            // Both as PostgreSQL spells its checks at the fixed point; each table's own columns give the types.
            ourCanonical = CheckCanonicalizer.canonical(c, ourSchema.schema());
            hibernateCanonical = CheckCanonicalizer.canonical(c, hibernateSchema.schema());
        }
        assertEquals(String.join("\n", Comparison.describe(hibernateCanonical, model.schema())),
                String.join("\n", Comparison.describe(ourCanonical, model.schema())),
                "the schema our migrations built (actual) against the one Hibernate exported (expected)");
        assertEquals(hibernateSchema.unsupported(), ourSchema.unsupported(), "objects only one side created");

        // Hibernate's own check of the schema our migrations built.
        try (SessionFactory validated = hibernate(ours, "validate", entities, hibernateSettings)) {
            assertNotNull(validated);
        }
        // A table generator works on a connection of its own, beside the session's: a pool of two.
        Map<String, String> twoConnections = new java.util.HashMap<>(hibernateSettings);
        twoConnections.put("hibernate.connection.pool_size", "2");
        try (SessionFactory persisting = hibernate(ours, "none", entities, twoConnections)) {
            persistTableGenerated(persisting, entities);
        }
    }

    /**
     * Our schema has the generator tables but not the first row of each segment that Hibernate's export
     * inserts: its TableGenerator inserts a missing row on first use. Persisting proves it on our schema.
     */
    private static void persistTableGenerated(SessionFactory factory, List<Class<?>> entities) {
        for (Class<?> entity : entities) {
            if (!tableGenerated(entity) || java.lang.reflect.Modifier.isAbstract(entity.getModifiers())) {
                continue;
            }
            Object id = factory.fromTransaction(session -> {
                try {
                    java.lang.reflect.Constructor<?> constructor = entity.getDeclaredConstructor();
                    constructor.setAccessible(true);
                    Object instance = constructor.newInstance();
                    session.persist(instance);
                    session.flush();
                    return session.getIdentifier(instance);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertNotNull(id, "the id Hibernate drew for a new " + entity.getSimpleName() + " from its generator table");
        }
    }

    private static boolean tableGenerated(Class<?> entity) {
        for (Class<?> type = entity; type != null; type = type.getSuperclass()) {
            for (java.lang.reflect.Field field : type.getDeclaredFields()) {
                jakarta.persistence.GeneratedValue generated = field.getAnnotation(jakarta.persistence.GeneratedValue.class);
                if (field.isAnnotationPresent(jakarta.persistence.Id.class) && generated != null
                        && generated.strategy() == jakarta.persistence.GenerationType.TABLE) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void close() throws SQLException {
        for (String db : databases) {
            Postgres.drop(db);
        }
    }

    private String createDatabase(String prefix) throws SQLException {
        String name = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        Postgres.create(name);
        databases.add(name);
        return name;
    }

    private static SessionFactory hibernate(String database, String action, List<Class<?>> entities,
                                            Map<String, String> settings) {
        Configuration configuration = new Configuration()
                .setProperty("hibernate.connection.url", Postgres.url(database))
                .setProperty("hibernate.connection.username", Postgres.USER)
                .setProperty("hibernate.connection.password", Postgres.PASSWORD)
                .setProperty("hibernate.hbm2ddl.auto", action)
                // Without it Hibernate creates tables in a named schema (@Table(schema)) but not the schema.
                .setProperty("hibernate.hbm2ddl.create_namespaces", "true")
                .setProperty("hibernate.connection.pool_size", "1");
        settings.forEach(configuration::setProperty);
        entities.forEach(configuration::addAnnotatedClass);
        return configuration.buildSessionFactory();
    }

    /** The default schema, and the named schemas the model has tables in. */
    private static Introspection introspect(String database, Schema model) throws SQLException {
        try (Connection c = connect(database)) {
            return new SchemaReader().withNamedSchemasOf(model).read(c);
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(Postgres.url(database), Postgres.USER, Postgres.PASSWORD);
    }
}
