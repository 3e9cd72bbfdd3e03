package dev.optionsdeep.migrate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Leaves an entity's table, or an attribute's columns, out of what Migrate manages: the annotation
 * processor does not map it and does not report anything about it, and {@code migrate:revision}
 * never creates, changes or drops it. Use it for what Migrate cannot map, or should not (a table
 * another application owns, a column a trigger fills).
 *
 * <pre>{@code @Entity
 * @Unmanaged("created by the billing system")
 * public class LegacyInvoice { … }}</pre>
 *
 * <p>What the user must then do: write that schema by hand, in a revision
 * ({@code mvn migrate:revision -Dautogenerate=false -Dmessage="…"} and {@code ops.execute("…")}), or
 * leave it to whoever owns it. An unmanaged entity is still known to the relationships of the others:
 * their foreign keys to its table are created as Hibernate creates them, so its table must exist
 * (created by an earlier revision) before the revision that adds them runs; what its own table holds,
 * its join tables and its foreign keys to other tables are the user's.
 *
 * <p>For classes that cannot be annotated, the processor option
 * {@code -Amigrate.exclude=com.acme.Legacy,com.acme.Order#notes,audit_log} does the same for entities
 * (by class name), attributes ({@code class#attribute}, the class that declares it) and tables (by name).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface Unmanaged {

    /** Why it is left out, for the next reader; Migrate does not use it. */
    String value() default "";
}
