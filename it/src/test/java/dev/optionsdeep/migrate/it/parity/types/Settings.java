package dev.optionsdeep.migrate.it.parity.types;

import java.util.List;

/** A value stored as JSON. */
public record Settings(String theme, int pageSize, List<String> favourites) {
}
