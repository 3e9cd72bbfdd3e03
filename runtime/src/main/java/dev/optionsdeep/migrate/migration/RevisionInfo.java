package dev.optionsdeep.migrate.migration;

import java.util.List;
import java.util.Objects;

/**
 * A revision as the graph knows it: its id, the revisions it follows, its message and where its
 * code is.
 *
 * @param source the migration class's binary name, used to load it and to show it in history
 */
public record RevisionInfo(String id, List<String> parents, String message, String created, String source) {

    public RevisionInfo {
        Objects.requireNonNull(id, "id");
        parents = List.copyOf(parents);
        Objects.requireNonNull(message, "message");
        created = created == null ? "" : created;
        Objects.requireNonNull(source, "source");
    }

    public boolean isBase() {
        return parents.isEmpty();
    }
}
