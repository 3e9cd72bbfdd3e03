package dev.optionsdeep.migrate.drift;

import java.util.List;

/**
 * What comparing a live database with its revisions found.
 *
 * @param revisions   the revisions the database is at (empty at base), whose snapshots it was compared with
 * @param differences every difference, sorted by name; empty when the database is as its revisions say
 * @param ignored     what the database holds that Migrate does not model (views, functions, triggers,
 *                    extensions, …): listed, never drift
 */
public record DriftReport(List<String> revisions, List<Difference> differences, List<String> ignored) {

    public DriftReport {
        revisions = List.copyOf(revisions);
        differences = List.copyOf(differences);
        ignored = List.copyOf(ignored);
    }

    public boolean hasDrift() {
        return !differences.isEmpty();
    }
}
