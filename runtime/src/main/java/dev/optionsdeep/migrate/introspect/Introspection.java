package dev.optionsdeep.migrate.introspect;

import dev.optionsdeep.migrate.schema.Schema;

import java.util.List;
import java.util.Objects;

/**
 * What {@link SchemaReader} found in a live schema.
 *
 * <p>{@code schema} holds everything the model can say exactly. Anything it cannot say is named in
 * {@code unsupported}, one entry per object or attribute, in the user's words (for example
 * {@code index companies_lower_ticker_idx on companies is an expression index, which Migrate does
 * not model yet}). An index or constraint the model cannot express is left out of {@code schema};
 * a column is always kept (its table needs it) with the nearest definition the model has. So when
 * {@code unsupported} is empty, {@code schema} is the database's schema, exactly.
 *
 * @param unsupported sorted, so that two readings of the same database are equal
 */
public record Introspection(Schema schema, List<String> unsupported) {

    public Introspection {
        Objects.requireNonNull(schema, "schema");
        unsupported = List.copyOf(unsupported);
    }

    /** Whether {@link #schema()} is all there is: nothing was left out or approximated. */
    public boolean isExact() {
        return unsupported.isEmpty();
    }
}
