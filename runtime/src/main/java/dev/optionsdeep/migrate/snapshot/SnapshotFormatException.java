package dev.optionsdeep.migrate.snapshot;

/** A snapshot file that cannot be read: malformed, or written by a newer format version. */
public final class SnapshotFormatException extends RuntimeException {

    public SnapshotFormatException(String message) {
        super(message);
    }
}
