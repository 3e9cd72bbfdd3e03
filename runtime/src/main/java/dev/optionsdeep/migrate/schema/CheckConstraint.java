package dev.optionsdeep.migrate.schema;

import java.util.Objects;

/**
 * A check constraint. {@code expression} is the condition as PostgreSQL prints it back
 * ({@code pg_get_constraintdef} without the {@code CHECK} keyword), so that a constraint read from a
 * database compares equal to the one it was created from.
 *
 * <p>PostgreSQL's printed form is not always stable when parsed again: {@code status IN ('A', 'B')}
 * on a varchar column prints as {@code ((status)::text = ANY ((ARRAY['A'::character varying, ...])::text[]))},
 * which parses and prints back as {@code ((status)::text = ANY (ARRAY[('A'::character varying)::text, ...]))}.
 * Whoever builds a check (the processor, a hand-written revision) must use the stable form; comparing
 * expressions that differ only in such spelling needs the normalisation issue 4 describes.
 */
public record CheckConstraint(String name, String expression) {

    public CheckConstraint {
        Names.require(name, "check constraint name");
        Objects.requireNonNull(expression, "expression");
        if (expression.isBlank()) {
            throw new IllegalArgumentException("check constraint " + name + " has no expression");
        }
    }
}
