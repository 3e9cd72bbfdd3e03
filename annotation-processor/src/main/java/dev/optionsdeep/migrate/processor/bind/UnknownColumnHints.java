package dev.optionsdeep.migrate.processor.bind;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What to say about a column name in {@code @UniqueConstraint(columnNames)} or {@code @Index(columnList)} that names
 * no column, when it is written as EclipseLink takes it: EclipseLink copies the text into its DDL as it is, so a
 * model written for it may hold several columns in one string ({@code "authority,protocol,identifier"}) or an
 * expression ({@code "UPPER(identifier)"}), as Dataverse's {@code DvObject} does. Hibernate quotes either as one
 * column name, and its own export then fails on PostgreSQL ("column ... named in key does not exist").
 */
final class UnknownColumnHints {

    private UnknownColumnHints() {
    }

    /** The hint for {@code written}, if it is one of those, given the table's {@code columnNames}. */
    static Optional<String> of(String written, List<String> columnNames) {
        String name = written.strip();
        List<String> parts = Arrays.stream(name.split(",")).map(p -> p.strip().toLowerCase(Locale.ROOT)).toList();
        if (parts.size() > 1 && columnNames.containsAll(parts)) {
            return Optional.of(" It holds " + parts.size() + " columns in one string, which EclipseLink writes into its"
                    + " DDL as it is, and Hibernate quotes as one column name (its export then fails on PostgreSQL):"
                    + " write each column as its own string, {\"" + String.join("\", \"", parts) + "\"}.");
        }
        if (name.contains("(")) {
            return Optional.of(" It is an expression, which Hibernate quotes as one column name (its export then fails"
                    + " on PostgreSQL): index the columns only here, and create the expression index in a revision"
                    + " (ops.execute(\"create index ... (" + name + ")\")).");
        }
        return Optional.empty();
    }
}
