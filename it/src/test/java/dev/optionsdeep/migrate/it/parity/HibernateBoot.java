package dev.optionsdeep.migrate.it.parity;

import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

import java.util.Map;

/**
 * Starts Hibernate over a database, as the parity tests use it: {@code create} exports its schema, {@code validate}
 * checks one. Loaded by {@link HibernateLine} in a class loader of one Hibernate line's own jars, so it uses only what
 * 6.6, 7.2 and 7.4 have alike; the entities it is given by name come from the context class loader.
 */
public final class HibernateBoot {

    private HibernateBoot() {
    }

    /** Hibernate over a database, with the settings every parity test uses and {@code settings} besides. */
    static Configuration configuration(String url, String user, String password, String action,
                                       Map<String, String> settings) {
        Configuration configuration = new Configuration()
                .setProperty("hibernate.connection.url", url)
                .setProperty("hibernate.connection.username", user)
                .setProperty("hibernate.connection.password", password)
                .setProperty("hibernate.hbm2ddl.auto", action)
                // Without it Hibernate creates tables in a named schema (@Table(schema)) but not the schema.
                .setProperty("hibernate.hbm2ddl.create_namespaces", "true")
                .setProperty("hibernate.connection.pool_size", "1");
        settings.forEach(configuration::setProperty);
        return configuration;
    }

    /**
     * @return null when Hibernate started, else the message of its schema management refusal (validate)
     */
    public static String start(String url, String user, String password, String action, java.util.List<String> entities,
                               Map<String, String> settings) throws ClassNotFoundException {
        Configuration configuration = configuration(url, user, password, action, settings);
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (String entity : entities) {
            configuration.addAnnotatedClass(Class.forName(entity, true, loader));
        }
        try (SessionFactory started = configuration.buildSessionFactory()) {
            return started == null ? "no session factory" : null;
        } catch (org.hibernate.tool.schema.spi.SchemaManagementException refused) {
            return refused.getMessage();
        }
    }
}
