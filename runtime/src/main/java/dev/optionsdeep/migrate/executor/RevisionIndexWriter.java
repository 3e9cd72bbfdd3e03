package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.migration.RevisionIndex;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import dev.optionsdeep.migrate.migration.Revisions;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Writes the {@link RevisionIndex} of one package of compiled revisions, beside their class files: the
 * build calls it once the classes are written (the annotation processor, when javac is done). Entries of
 * class files that have not changed since the last index are kept as they are; every other revision's
 * class is loaded and its upgrade read, without a database, for its checksum, exactly as an upgrade
 * computes it.
 */
public final class RevisionIndexWriter {

    private RevisionIndexWriter() {
    }

    /**
     * Writes {@code <classesRoot>/<package path>/}{@value RevisionIndex#FILE}, or deletes it when the package
     * holds no revision; leaves the file untouched when its text would not change.
     *
     * @param parent the class loader the revision classes link against (one that has Migrate's runtime)
     * @return the number of revisions indexed
     */
    public static int write(Path classesRoot, String packageName, ClassLoader parent) throws IOException {
        Path dir = classesRoot.resolve(packageName.replace('.', '/'));
        Path file = dir.resolve(RevisionIndex.FILE);
        List<RevisionIndex.Entry> entries = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classesRoot.toUri().toURL()}, parent)) {
            Revisions revisions = Revisions.inDirectory(classesRoot, packageName, loader);
            for (RevisionInfo r : revisions.graph().revisions()) {
                Path classFile = dir.resolve(r.simpleName() + ".class");
                String checksum = revisions.indexedChecksum(r.id()).orElseGet(() -> checksum(revisions, r.id()));
                entries.add(entry(classFile, r, checksum));
            }
        }
        if (entries.isEmpty()) {
            Files.deleteIfExists(file);
            return 0;
        }
        String text = RevisionIndex.text(entries);
        if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            Path temporary = Files.createTempFile(dir, RevisionIndex.FILE, ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return entries.size();
    }

    private static RevisionIndex.Entry entry(Path classFile, RevisionInfo r, String checksum) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(classFile, BasicFileAttributes.class);
        CRC32 crc = new CRC32();
        try (InputStream in = Files.newInputStream(classFile)) {
            crc.update(in.readAllBytes());
        }
        return new RevisionIndex.Entry(classFile.getFileName().toString(), attributes.size(), crc.getValue(),
                attributes.lastModifiedTime().toMillis(), r, checksum);
    }

    /**
     * The checksum an upgrade would compare, or null when the code cannot be read here (its class does not load,
     * or its upgrade throws): such a revision is computed at run time, as without an index.
     */
    private static String checksum(Revisions revisions, String id) {
        try {
            ReadAhead read = ReadAhead.of(revisions.migration(id), true);
            return read.complete() || read.usesConnection() ? Checksum.of(read.steps()).value() : null;
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }
}
