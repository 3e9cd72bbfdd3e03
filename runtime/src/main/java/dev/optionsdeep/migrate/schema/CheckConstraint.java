package dev.optionsdeep.migrate.schema;

import java.util.Objects;

/**
 * A check constraint. {@code expression} is the condition as PostgreSQL prints it back
 * ({@code pg_get_constraintdef} without the {@code CHECK} keyword), so that a constraint read from a
 * database compares equal to the one it was created from.
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
