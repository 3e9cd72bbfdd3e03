package dev.optionsdeep.migrate.processor.write;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.check.IncompleteModel;

import dev.optionsdeep.migrate.snapshot.Snapshot;
import dev.optionsdeep.migrate.snapshot.SnapshotCodec;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes each database's snapshot next to the compiled classes, once, through the {@link Filer}: what
 * could be mapped, with the problems that make it incomplete (see {@link IncompleteModel}).
 */
public final class SnapshotWriter {

    /** Under the class output, so that it lands in the jar and the Maven plugin finds it in target/classes. */
    static final String DIRECTORY = "META-INF/migrate/";

    private final Filer filer;

    public SnapshotWriter(Filer filer) {
        this.filer = filer;
    }

    static String path(String database) {
        return DIRECTORY + database + SnapshotCodec.FILE_SUFFIX;
    }

    /**
     * Writes the database's {@code @RenamedFrom} hints beside its snapshot, also when there are none, so
     * that a hint removed from the code is gone from the build output too.
     */
    public void writeRenameHints(String database, dev.optionsdeep.migrate.diff.RenameHints hints, List<? extends Element> entities,
                          Report report) {
        String path = DIRECTORY + database + dev.optionsdeep.migrate.snapshot.RenameHintsCodec.FILE_SUFFIX;
        try {
            FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, entities.toArray(Element[]::new));
            try (OutputStream out = file.openOutputStream()) {
                out.write(dev.optionsdeep.migrate.snapshot.RenameHintsCodec.write(database, hints).getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            if (entities.isEmpty()) {
                throw new java.io.UncheckedIOException(e); // nowhere to report it: the processor's last resort does
            }
            report.error(Code.SNAPSHOT_NOT_WRITTEN, "Could not write the rename hints " + path + " for database "
                    + database + ": " + e.getMessage() + ". Check that the class output directory is writable",
                    entities.get(0));
        }
    }

    /**
     * Writes the snapshot; on failure, reports it at the first entity (the Filer has no better place).
     *
     * @return the text written, for the check against the head revision's snapshot; null if it was not written
     */
    public String write(Snapshot snapshot, List<? extends Element> entities, Report report) {
        String path = path(snapshot.database());
        try {
            FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path,
                    entities.toArray(Element[]::new));
            // Bytes, not openWriter(): the snapshot is UTF-8 whatever javac's -encoding says.
            String text = SnapshotCodec.write(snapshot);
            try (OutputStream out = file.openOutputStream()) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            return text;
        } catch (IOException e) {
            if (entities.isEmpty()) {
                throw new java.io.UncheckedIOException(e); // nowhere to report it: the processor's last resort does
            }
            report.error(Code.SNAPSHOT_NOT_WRITTEN, "Could not write the schema snapshot " + path + " for database "
                    + snapshot.database() + ": " + e.getMessage() + ". Check that the class output directory is"
                    + " writable, and that no other processor writes the same file", entities.get(0));
            return null;
        }
    }
}
