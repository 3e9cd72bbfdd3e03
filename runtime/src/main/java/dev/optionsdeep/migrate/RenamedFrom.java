package dev.optionsdeep.migrate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says that a table or column was renamed, so that {@code migrate:revision} renames it instead of
 * dropping the old one (and its data) and adding an empty new one. On an {@code @Entity} class it
 * names the table's old name; on a persistent field or getter, the old name of its column:
 *
 * <pre>{@code @RenamedFrom("ticker")
 * @Column(name = "symbol", length = 20)
 * private String symbol;}</pre>
 *
 * The value is the old name as the database has it (as the head revision's snapshot spells it).
 * Once a revision captures the rename, the old name is gone from the head revision and the hint has
 * no effect any more: keep it as documentation or delete it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface RenamedFrom {

    /** The table's or column's name before the rename. */
    String value();
}
