package dev.optionsdeep.migrate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Assigns the entities of a package, and of its subpackages, to one database. Put it on
 * {@code package-info.java}:
 *
 * <pre>{@code @Database("equities")
 * package com.optionsdeep.equities;
 *
 * import dev.optionsdeep.migrate.Database;}</pre>
 *
 * The nearest annotated package wins. A project whose entities carry no assignment has one database,
 * named {@value #DEFAULT}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface Database {

    /** The name of the database a project without any {@code @Database} has. */
    String DEFAULT = "default";

    /** The database name: what {@code -Ddatabase=…} selects and what {@code {database}} in a URL becomes. */
    String value();

    /**
     * Packages of entities that come from the class path (a library jar) rather than from this compilation, mapped
     * into this database exactly as if compiled with it: each package's own {@code @Entity} and auto-applied
     * {@code @Converter} classes, not its subpackages'. Hibernate maps such entities when the application lists
     * their packages (Spring Boot's {@code @EntityScan}, Axon's starter); the annotation processor sees only the
     * classes it compiles, so it needs them named here, for example
     * {@code @Database(value = "equities", include = "org.axonframework.eventhandling.tokenstore.jpa")}.
     */
    String[] include() default {};
}
