package dev.optionsdeep.migrate.schema;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Validation shared by the schema records. */
final class Names {

    private Names() {
    }

    /** PostgreSQL's NAMEDATALEN - 1: it silently cuts a longer name to this many bytes. */
    static final int MAX_BYTES = 63;

    static String require(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        if (name.length() * 3 <= MAX_BYTES) {
            return name; // no char takes more than three bytes in UTF-8: spare the encoding of every short name
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            // Otherwise the database would hold a shorter name than the model, and every diff would disagree.
            throw new IllegalArgumentException(what + " " + name + " is " + bytes + " bytes long in UTF-8;"
                    + " PostgreSQL keeps only the first " + MAX_BYTES + " bytes of a name, so shorten it");
        }
        return name;
    }

    /** A table name: {@code table}, or {@code schema.table}, each part a valid name without dots. */
    static String requireTable(String name) {
        return requireQualified(name, "table");
    }

    /** A table or sequence name: {@code name}, or {@code schema.name}, each part a valid name without dots. */
    static String requireQualified(String name, String what) {
        Objects.requireNonNull(name, what + " name");
        String[] parts = name.split("\\.", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException(what + " name " + name + " has more than one dot; Migrate reads a dot as"
                    + " the one between schema and " + what + " (schema." + what + "), so rename the " + what
                    + " without dots");
        }
        if (parts.length == 2) {
            require(parts[0], "schema name of " + what + " " + name);
        }
        require(parts[parts.length - 1], what + " name");
        return name;
    }

    static List<String> requireColumns(List<String> columns, String owner) {
        List<String> copy = List.copyOf(columns);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(owner + " must name at least one column");
        }
        copy.forEach(c -> require(c, "column name in " + owner));
        return copy;
    }

    /** Copies {@code items}, rejecting two with the same name. */
    static <T> List<T> unique(List<T> items, Function<T, String> name, String what) {
        List<T> copy = List.copyOf(items);
        Set<String> seen = new HashSet<>();
        for (T item : copy) {
            if (!seen.add(name.apply(item))) {
                throw new IllegalArgumentException("duplicate " + what + " " + name.apply(item));
            }
        }
        return copy;
    }

    /** Copies and sorts by name, rejecting duplicates: the canonical order of unordered sets. */
    static <T> List<T> sortedUnique(List<T> items, Function<T, String> name, String what) {
        List<T> copy = new ArrayList<>(unique(items, name, what));
        copy.sort((a, b) -> name.apply(a).compareTo(name.apply(b)));
        return List.copyOf(copy);
    }
}
