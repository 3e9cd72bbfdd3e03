package dev.optionsdeep.migrate.processor.check;

import dev.optionsdeep.migrate.processor.ProcessorOptions;

import dev.optionsdeep.migrate.migration.RevisionPackages;
import dev.optionsdeep.migrate.snapshot.HeadRecord;
import dev.optionsdeep.migrate.snapshot.Snapshot;
import dev.optionsdeep.migrate.snapshot.SnapshotCodec;
import dev.optionsdeep.migrate.snapshot.SnapshotFormatException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javax.annotation.processing.Filer;
import javax.tools.StandardLocation;

/**
 * Reads a database's head revision as {@code migrate:revision} recorded it: the {@code HEAD} record
 * and that revision's snapshot, both resources beside the revision classes. By default they are
 * read from the class output, where the build copies resources before compiling.
 */
public final class HeadSnapshots {

    /** The head of a database; {@code snapshot} is empty when it has no revisions yet. */
    record Head(String revisionId, Snapshot snapshot) {
    }

    /** The revisions say something that cannot be read as one head. */
    static final class Unreadable extends Exception {
        final boolean severalHeads;

        Unreadable(String message, boolean severalHeads) {
            super(message);
            this.severalHeads = severalHeads;
        }
    }

    private final Filer filer;
    private final ProcessorOptions options;

    public HeadSnapshots(Filer filer, ProcessorOptions options) {
        this.filer = filer;
        this.options = options;
    }

    /**
     * The head of {@code database}, or empty when it has no revisions yet. {@code model} is the model's snapshot and
     * {@code modelText} its text as written (null if it was not): a head snapshot of that very text is the model's
     * (the usual case, right after {@code migrate:revision}), and is not parsed again.
     */
    Optional<Head> read(String database, String modelText, Snapshot model) throws Unreadable {
        String pkg = RevisionPackages.of(options.migrationPackage(), database);
        Optional<String> record = text(pkg, HeadRecord.FILE_NAME);
        if (record.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = HeadRecord.lines(record.get());
        if (HeadRecord.hasConflict(lines)) {
            throw new Unreadable("the HEAD record of database " + database + " has a merge conflict: two branches each"
                    + " added a revision, so the database has several heads", true);
        }
        String[] parts = lines.size() == 1 ? lines.get(0).split("\\s+") : new String[0];
        if (parts.length != 2) {
            throw new Unreadable("the HEAD record of database " + database + " (" + pkg.replace('.', '/')
                    + "/HEAD) should hold one line \"<revision id> <class name>\"", false);
        }
        String file = parts[1] + SnapshotCodec.FILE_SUFFIX;
        String snapshotText = text(pkg, file).orElseThrow(() -> new Unreadable("the snapshot of head revision " + parts[0]
                + " of database " + database + " (" + pkg.replace('.', '/') + "/" + file + ") is missing: restore it"
                + " from version control", false));
        if (model != null && snapshotText.equals(modelText)) {
            return Optional.of(new Head(parts[0], model));
        }
        try {
            return Optional.of(new Head(parts[0], SnapshotCodec.read(snapshotText, file)));
        } catch (SnapshotFormatException e) {
            throw new Unreadable("the snapshot of head revision " + parts[0] + " of database " + database
                    + " cannot be read: " + e.getMessage(), false);
        }
    }

    private Optional<String> text(String pkg, String name) throws Unreadable {
        if (options.revisions() != null) {
            Path file = options.revisions().resolve(pkg.replace('.', '/')).resolve(name);
            try {
                return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
            } catch (IOException e) {
                throw new Unreadable("cannot read " + file + ": " + e.getMessage(), false);
            }
        }
        try (InputStream in = filer.getResource(StandardLocation.CLASS_OUTPUT, pkg, name).openInputStream()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // not there: no revisions yet
        }
    }
}
