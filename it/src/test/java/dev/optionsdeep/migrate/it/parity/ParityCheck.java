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
        Outcome outcome = measure(database, model, entities, hibernateSettings);
        // The share of Hibernate's facts ours reproduces: the figure a partial model reports.
        System.out.println("parity " + database + ": " + outcome.share());
        assertEquals(List.of(), outcome.ourUnsupported(), "what our migrations built that Migrate cannot model");
        assertEquals(String.join("\n", outcome.hibernate()), String.join("\n", outcome.ours()),
                "the schema our migrations built (actual) against the one Hibernate exported (expected)");
        assertEquals(outcome.hibernateUnsupported(), outcome.ourUnsupported(), "objects only one side created");

        // Hibernate's own check of the schema our migrations built.
        try (SessionFactory validated = hibernate(outcome.oursDatabase(), "validate", entities, hibernateSettings)) {
            assertNotNull(validated);
        }
    }

    /**
     * Builds both schemas and describes them, without asserting: what a probe of a foreign model needs
     * as much as the assertion above.
     */
    Outcome measure(String database, Snapshot model, List<Class<?>> entities, Map<String, String> hibernateSettings)
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
        Schema ourCanonical;
        Schema hibernateCanonical;
        try (Connection c = connect(ours)) {
            // Both as PostgreSQL spells its checks at the fixed point; each table's own columns give the types.
            ourCanonical = CheckCanonicalizer.canonical(c, ourSchema.schema());
            hibernateCanonical = CheckCanonicalizer.canonical(c, hibernateSchema.schema());
        }
        return new Outcome(ours, Comparison.describe(hibernateCanonical, model.schema()),
                Comparison.describe(ourCanonical, model.schema()),
                List.copyOf(hibernateSchema.unsupported()), List.copyOf(ourSchema.unsupported()));
    }

    /**
     * Both schemas as {@link Comparison} lines.
     *
     * @param oursDatabase the database our migrations built, still there until {@link #close()}
     */
    record Outcome(String oursDatabase, List<String> hibernate, List<String> ours,
                   List<?> hibernateUnsupported, List<?> ourUnsupported) {

        /** Hibernate's lines that ours has too, each counted as often as both have it. */
        int reproduced() {
            Map<String, Integer> left = new java.util.HashMap<>();
            ours.forEach(line -> left.merge(line, 1, Integer::sum));
            int matched = 0;
            for (String line : hibernate) {
                if (left.getOrDefault(line, 0) > 0) {
                    left.merge(line, -1, Integer::sum);
                    matched++;
                }
            }
            return matched;
        }

        /** "412/418 facts": how much of Hibernate's schema ours reproduces exactly. */
        String share() {
            return reproduced() + "/" + hibernate.size() + " facts";
        }
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
        // Hibernate loads some classes by name (embeddables, targets) through the context class loader: a model
        // compiled at test time (the corpus) is visible only to its own loader.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        if (!entities.isEmpty()) {
            thread.setContextClassLoader(entities.get(0).getClassLoader());
        }
        try {
            return configuration.buildSessionFactory();
        } finally {
            thread.setContextClassLoader(previous);
        }
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
