package dev.optionsdeep.migrate.executor;

import java.util.List;

/**
 * Revisions applied to the database have changed in the code since: nothing was run. The message
 * names each revision and its first differing step, and what to do.
 */
public final class ChecksumMismatchException extends RuntimeException {

    private final List<String> revisions;

    ChecksumMismatchException(List<String> revisions, String message) {
        super(message);
        this.revisions = List.copyOf(revisions);
    }

    /** The ids of the revisions whose code no longer matches what was applied. */
    public List<String> revisions() {
        return revisions;
    }
}
