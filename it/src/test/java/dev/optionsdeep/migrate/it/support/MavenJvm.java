package dev.optionsdeep.migrate.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The JVM options of the Maven builds the tests start. The tests start a few hundred short builds, so
 * start-up is most of their time: a JVM tuned for it (C1 only, serial GC) makes each about a third
 * faster, and a class-data archive of Maven's own classes, written by the first build of this test
 * JVM and mapped by every later one, takes off about a tenth more of its CPU time.
 *
 * <p>The archive lives in the directory given by {@code migrate.mavenClassArchive} (one per test JVM,
 * under the module's {@code target/}) and is written anew by every test run, so it always matches
 * this JDK and this Maven. Without that property, or where the archive cannot be used, the builds simply start
 * without it; the JVM's CDS messages are silenced so that the builds print what they print anyway.
 */
final class MavenJvm {

    private static final String TUNED = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:cds*=off";

    private static final Path ARCHIVE = archive();

    /** Set once the archive is written (or cannot be); builds started before then run without it. */
    private static boolean settled = ARCHIVE == null;
    private static boolean writing;

    private MavenJvm() {
    }

    /** The options for the next build; its caller must pass the result to {@link #finished} when it ends. */
    static synchronized Options next() {
        if (settled) {
            return new Options(ARCHIVE != null && Files.isRegularFile(ARCHIVE)
                    ? TUNED + " -XX:SharedArchiveFile=" + ARCHIVE : TUNED, false);
        }
        if (writing) {
            return new Options(TUNED, false);
        }
        writing = true;
        return new Options(TUNED + " -XX:ArchiveClassesAtExit=" + written(), true);
    }

    /** Publishes the archive that a build wrote at its exit, in one atomic move. */
    static synchronized void finished(Options options) {
        if (!options.writesArchive()) {
            return;
        }
        try {
            if (Files.isRegularFile(written())) {
                Files.move(written(), ARCHIVE, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish " + ARCHIVE, e);
        } finally {
            writing = false;
            settled = true;
        }
    }

    /** What one build's {@code MAVEN_OPTS} are, and whether that build writes the archive. */
    record Options(String mavenOpts, boolean writesArchive) {
    }

    private static Path written() {
        return ARCHIVE.resolveSibling(ARCHIVE.getFileName() + ".writing");
    }

    private static Path archive() {
        String directory = System.getProperty("migrate.mavenClassArchive");
        if (directory == null || directory.isBlank()) {
            return null;
        }
        Path archive = Path.of(directory, "maven-classes.jsa");
        try {
            Files.createDirectories(archive.getParent());
            Files.deleteIfExists(archive);
            Files.deleteIfExists(archive.resolveSibling(archive.getFileName() + ".writing"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + archive, e);
        }
        return archive;
    }
}
