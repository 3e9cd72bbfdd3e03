package dev.optionsdeep.migrate.schema;

import java.util.Objects;

/**
 * A check constraint.
 *
 * <p>{@code expression} is the condition as it was written (by the processor, which follows
 * Hibernate's spelling, or by hand in a revision), without the {@code CHECK} keyword. Two checks are
 * equal when their names are equal and their expressions are equal after the cheap textual
 * normalisation of {@link #normalisedExpression()}, so that re-indenting or re-casing an expression
 * in a snapshot is no change.
 *
 * <p>What PostgreSQL prints back ({@code pg_get_constraintdef}) is another spelling altogether, and
 * not even a fixed point: {@code status IN ('A', 'B')} on a varchar column prints as
 * {@code ((status)::text = ANY ((ARRAY['A'::character varying, ...])::text[]))}, which parses and
 * prints back as {@code ((status)::text = ANY (ARRAY[('A'::character varying)::text, ...]))}.
 * Comparing a model with a live database therefore canonicalises both sides through PostgreSQL
 * ({@code dev.optionsdeep.migrate.introspect.CheckCanonicalizer}).
 */
public record CheckConstraint(String name, String expression) {

    public CheckConstraint {
        Names.require(name, "check constraint name");
        Objects.requireNonNull(expression, "expression");
        if (expression.isBlank()) {
            throw new IllegalArgumentException("check constraint " + name + " has no expression");
        }
    }

    /**
     * The expression with whitespace, letter case outside literals and quoted names, and parentheses
     * around the whole of it normalised: {@code (Status IN ('A', 'B'))} gives {@code status in('A','B')}.
     */
    public String normalisedExpression() {
        return CheckExpressions.normalise(expression);
    }

    public CheckConstraint withExpression(String newExpression) {
        return new CheckConstraint(name, newExpression);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CheckConstraint c && name.equals(c.name)
                && normalisedExpression().equals(c.normalisedExpression());
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, normalisedExpression());
    }
}
