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
    private final HibernateLine line;

    /** Against the test class path's own Hibernate (7.4). */
    ParityCheck() {
        this(HibernateLine.CURRENT);
    }

    /** Against the export and the validate of one Hibernate line. */
    ParityCheck(HibernateLine line) {
        this.line = line;
    }

    /**
     * @param hibernateSettings extra Hibernate settings, such as a physical naming strategy
     */
    void assertParity(String database, Snapshot model, List<Class<?>> entities, Map<String, String> hibernateSettings)
            throws SQLException {
        Outcome outcome = measure(database, model, entities, hibernateSettings);
        // The share of Hibernate's facts ours reproduces: the figure a partial model reports.
        System.out.println("parity " + database + " (" + line + "): " + outcome.share());
        assertEquals(List.of(), outcome.ourUnsupported(), "what our migrations built that Migrate cannot model");
        assertEquals(String.join("\n", outcome.hibernate()), String.join("\n", outcome.ours()),
                "the schema our migrations built (actual) against the one Hibernate exported (expected)");
        assertEquals(outcome.hibernateUnsupported(), outcome.ourUnsupported(), "objects only one side created");

        // Hibernate's own check of the schema our migrations built.
        String refused = line.start(outcome.oursDatabase(), "validate", entities, hibernateSettings);
        if (refused != null) {
            // Hibernate's validate compares a columnDefinition's text with the type PostgreSQL reports
            // ("char(1) default 'N'" against bpchar) and so refuses its own export too: then, and only with the
            // very same message, it says nothing about ours.
            assertEquals(refused, line.start(outcome.hibernateDatabase(), "validate", entities, hibernateSettings),
                    line + "'s validate on its own export and on ours");
            System.out.println("parity " + database + ": " + line + "'s validate refuses its own export too: " + refused);
        }
        // A table generator works on a connection of its own, beside the session's: a pool of two.
        Map<String, String> twoConnections = new java.util.HashMap<>(hibernateSettings);
        twoConnections.put("hibernate.connection.pool_size", "2");
        try (SessionFactory persisting = hibernate(outcome.oursDatabase(), "none", entities, twoConnections)) {
            drawTableGeneratedIds(persisting, entities);
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
        // Hibernate's schema export runs while the session factory starts.
        line.start(hibernates, "create", entities, hibernateSettings);

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
                List.copyOf(hibernateSchema.unsupported()), List.copyOf(ourSchema.unsupported()), hibernates);
    }

    /**
     * Both schemas as {@link Comparison} lines.
     *
     * @param oursDatabase the database our migrations built, still there until {@link #close()}
     * @param hibernateDatabase the database Hibernate exported its schema into, likewise
     */
    record Outcome(String oursDatabase, List<String> hibernate, List<String> ours,
                   List<?> hibernateUnsupported, List<?> ourUnsupported, String hibernateDatabase) {

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

    /**
     * Our schema has the generator tables but not the first row of each segment that Hibernate's export
     * inserts: its TableGenerator inserts a missing row on first use. Drawing an id of each entity through its
     * generator, as persisting it would, proves it on our schema.
     */
    private static void drawTableGeneratedIds(SessionFactory factory, List<Class<?>> entities) {
        for (Class<?> entity : entities) {
            if (!tableGenerated(entity) || java.lang.reflect.Modifier.isAbstract(entity.getModifiers())) {
                continue;
            }
            // A model with a @TenantId entity (all models together) makes every session need a tenant.
            Object id;
            try (org.hibernate.Session session = tenants(entities)
                    ? factory.withOptions().tenantIdentifier((Object) "parity").openSession() : factory.openSession()) {
                org.hibernate.Transaction transaction = session.beginTransaction();
                java.lang.reflect.Constructor<?> constructor = entity.getDeclaredConstructor();
                constructor.setAccessible(true);
                Object instance = constructor.newInstance();
                // The generator alone, as persisting would call it: the entity's other columns may need values.
                org.hibernate.engine.spi.SharedSessionContractImplementor implementor =
                        (org.hibernate.engine.spi.SharedSessionContractImplementor) session;
                org.hibernate.generator.Generator generator = implementor.getFactory().getMappingMetamodel()
                        .getEntityDescriptor(entity).getGenerator();
                id = ((org.hibernate.generator.BeforeExecutionGenerator) generator).generate(implementor, instance, null,
                        org.hibernate.generator.EventType.INSERT);
                transaction.commit();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            assertNotNull(id, "the id Hibernate drew for a new " + entity.getSimpleName() + " from its generator table");
        }
    }

    private static boolean tenants(List<Class<?>> entities) {
        for (Class<?> entity : entities) {
            for (Class<?> type = entity; type != null; type = type.getSuperclass()) {
                for (java.lang.reflect.Field field : type.getDeclaredFields()) {
                    if (field.isAnnotationPresent(org.hibernate.annotations.TenantId.class)) {
                        return true;
                    }
                }
            }
        }
        return false;
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
        Configuration configuration = HibernateBoot.configuration(Postgres.url(database), Postgres.USER,
                Postgres.PASSWORD, action, settings);
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
            return new SchemaReader().withNamedSchemasOf(model).withVerbatimColumnsOf(model).read(c);
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(Postgres.url(database), Postgres.USER, Postgres.PASSWORD);
    }
}
