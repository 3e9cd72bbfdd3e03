package dev.optionsdeep.migrate.migration;

import java.util.List;
import java.util.Objects;

/**
 * Where a target expression points: the revisions the database is to be at (empty for base), as
 * {@link Targets#resolveAll} finds them.
 *
 * @param expression  the target as the user wrote it, for messages
 * @param revisions   the revisions to be at, in revision order; empty for base
 * @param branchStart for {@code <branch>@base}, the first revision of the branch: a downgrade then
 *                    reverts that branch only, not the revisions it started from; otherwise null
 */
public record Target(String expression, List<String> revisions, String branchStart) {

    public Target {
        Objects.requireNonNull(expression, "expression");
        revisions = List.copyOf(revisions);
    }

    public boolean isBase() {
        return revisions.isEmpty() && branchStart == null;
    }
}
