package dev.optionsdeep.migrate.it.parity;

import dev.optionsdeep.migrate.it.support.Postgres;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * One Hibernate line as the parity oracle: 7.4 is the test class path's own; 6.6 and 7.2 are the jars the build
 * copied to {@code target/hibernate/LINE}, run in a class loader of their own together with the entity classes, so
 * that each line reads the entities with its own rules (and 6.6 with its own Jakarta Persistence, 3.1). Each line
 * has its own Envers too: Hibernate's class loader service also looks in the system class loader, where the test
 * class path's Envers 7.4 names its integrator; with the line's own Envers first, that name loads the line's class.
 */
record HibernateLine(String name, Set<String> lacking) {

    static final HibernateLine CURRENT = new HibernateLine("7.4", Set.of());

    /**
     * The lines -Amigrate.hibernate maps for, oldest first, each with the parity models it cannot read: those that
     * use what came with Hibernate 7 and Jakarta Persistence 3.2 (comment and secondPrecision of @Table/@Column,
     * @CheckConstraint, generators on a package, timestamp soft deletes) do not compile against 6.6; neutral's
     * {@code @Parent} on a field without accessors fails 6.6's and 7.2's start ("Could not locate getter method");
     * constructs' id bags use {@code @CollectionIdJavaClass}, which came with Hibernate 7; 7.2 refuses genidentity's
     * identity column in a composite key (Migrate reports it, MIGRATE-103); anymany's @ManyToAny key columns left
     * unnamed fail 6.6's and 7.2's start (a NullPointerException; Migrate reports it, MIGRATE-123); 6.6 draws the id
     * of gennamed_table's TABLE id naming a @GenericGenerator from a table named after the generator, which its own
     * export does not create (the schemas are equal; drawing an id fails on both); 6.6 does not make pkjoinone's one
     * referenced column unique, so PostgreSQL refuses its foreign key (Migrate reports it for 6.6, MIGRATE-123).
     */
    static final List<HibernateLine> SUPPORTED = List.of(
            new HibernateLine("6.6", Set.of("parity_attributes", "parity_enums", "parity_everything", "parity_neutral",
                    "parity_generators", "parity_tablegen", "parity_types", "parity_constructs", "parity_anymany",
                    "parity_gennamed_table", "parity_pkjoinone")),
            new HibernateLine("7.2", Set.of("parity_neutral", "parity_genidentity", "parity_anymany")),
            CURRENT);

    /** Whether a parity model compiles against this line's API. */
    boolean reads(String model) {
        return !lacking.contains(model);
    }

    private static final Map<String, ClassLoader> LOADERS = new ConcurrentHashMap<>();

    /**
     * Starts this line's Hibernate over a database.
     *
     * @param action {@code create} (its export) or {@code validate}
     * @return null when it started, else the message with which validate refused the schema
     */
    String start(String database, String action, List<Class<?>> entities, Map<String, String> settings) {
        ClassLoader loader = equals(CURRENT) ? HibernateBoot.class.getClassLoader()
                : LOADERS.computeIfAbsent(name + entityLocations(entities), key -> isolated(entities));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Hibernate loads some classes by name (embeddables, targets) through the context class loader.
        thread.setContextClassLoader(equals(CURRENT) && !entities.isEmpty() ? entities.get(0).getClassLoader() : loader);
        try {
            Method start = loader.loadClass(HibernateBoot.class.getName()).getMethod("start", String.class, String.class,
                    String.class, String.class, List.class, Map.class);
            return (String) start.invoke(null, Postgres.url(database), Postgres.USER, Postgres.PASSWORD, action,
                    entities.stream().map(Class::getName).toList(), equals(CURRENT) ? settings : withoutValidation(settings));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Hibernate " + name + " " + action + " on " + database, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** A line's own loader has no Jakarta Validation provider (the parity models it reads use no constraints). */
    private static Map<String, String> withoutValidation(Map<String, String> settings) {
        Map<String, String> all = new java.util.HashMap<>(settings);
        all.put("jakarta.persistence.validation.mode", "none");
        return all;
    }

    private ClassLoader isolated(List<Class<?>> entities) {
        Path jars = Path.of(System.getProperty("basedir", "."), "target/hibernate", name);
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> listed = Files.list(jars)) {
            for (Path jar : listed.sorted().toList()) {
                urls.add(jar.toUri().toURL());
            }
            for (Path location : entityLocations(entities)) {
                urls.add(location.toUri().toURL());
            }
        } catch (IOException e) {
            throw new IllegalStateException("the jars of Hibernate " + name + " were not copied to " + jars
                    + " by the build (it/pom.xml, maven-dependency-plugin)", e);
        }
        // Only the JDK beneath: not one class of the test class path's Hibernate or Jakarta Persistence.
        return new URLClassLoader("hibernate-" + name, urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    /** Where the entities, HibernateBoot and the JDBC driver are loaded from. */
    private static Set<Path> entityLocations(List<Class<?>> entities) {
        Set<Path> locations = new LinkedHashSet<>();
        locations.add(location(HibernateBoot.class));
        locations.add(location(org.postgresql.Driver.class));
        entities.forEach(entity -> locations.add(location(entity)));
        return locations;
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "Hibernate " + name;
    }
}
