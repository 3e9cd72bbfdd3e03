package dev.optionsdeep.migrate.it.parity.modern;

import java.util.List;

/** An account's preferences, stored as one JSON document. */
public record Preferences(String theme, boolean newsletter, List<String> mutedTopics) {
}
