package dev.optionsdeep.migrate.migration;

import java.util.List;
import java.util.Objects;

/**
 * A revision as the graph knows it: its id, the revisions it follows, its message and where its
 * code is.
 *
 * @param source       the migration class's binary name, used to load it and to show it in history
 * @param branchLabels the names this revision gives to the branch it starts; usually none
 * @param dependsOn    revisions that must be applied before this one without it following them
 */
public record RevisionInfo(String id, List<String> parents, String message, String created, String source,
                           List<String> branchLabels, List<String> dependsOn) {

    public RevisionInfo {
        Objects.requireNonNull(id, "id");
        parents = List.copyOf(parents);
        Objects.requireNonNull(message, "message");
        created = created == null ? "" : created;
        Objects.requireNonNull(source, "source");
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
    }

    /** A revision without branch labels or dependencies. */
    public RevisionInfo(String id, List<String> parents, String message, String created, String source) {
        this(id, parents, message, created, source, List.of(), List.of());
    }

    public boolean isBase() {
        return parents.isEmpty();
    }

    /** Whether this revision joins several lines of history. */
    public boolean isMerge() {
        return parents.size() > 1;
    }

    /** The class's simple name, for example {@code V20261124_030451_CreateCompaniesTable}. */
    public String simpleName() {
        return source.substring(source.lastIndexOf('.') + 1);
    }
}
