package dev.optionsdeep.migrate.drift;

import java.util.Objects;

/**
 * One way a live database differs from the schema its revisions give it.
 *
 * @param object   what differs: {@code table}, {@code column}, {@code index}, {@code unique constraint},
 *                 {@code foreign key}, {@code check constraint}, {@code primary key}, {@code sequence},
 *                 {@code schema} or {@code table comment}
 * @param name     its name, qualified by its table where it has one ({@code companies.ticker})
 * @param kind     {@link Kind#ADDED} by hand, {@link Kind#MISSING} (dropped by hand), or {@link Kind#CHANGED}
 * @param expected what the revisions give it; null when added
 * @param found    what the database has; null when missing
 * @param message  the difference in words, for example {@code column companies.ticker changed type:
 *                 expected character varying(20), found character varying(40)}
 */
public record Difference(String object, String name, Kind kind, String expected, String found, String message) {

    public enum Kind {
        ADDED, MISSING, CHANGED;

        /** As machine-readable output writes it: {@code added}, {@code missing}, {@code changed}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Difference {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
