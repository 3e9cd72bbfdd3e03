package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.Log;
import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.RevisionIndex;
import dev.optionsdeep.migrate.migration.Revisions;
import dev.optionsdeep.migrate.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build's revision index: a scan takes an entry only for the class file it describes, an upgrade at
 * head then loads no revision class, and anything else (a class edited since, an index missing) is read
 * from the class files as without an index. Revisions are compiled here, into a directory of their own.
 */
class RevisionIndexTest {

    private static final String PACKAGE = "idx.revisions";
    private static final String DIR = PACKAGE.replace('.', '/');

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @TempDir
    Path work;

    @Test
    void theIndexHoldsEachRevisionWithTheChecksumItsCodeGives() throws Exception {
        Path classes = compile("v1", 20);

        assertEquals(2, RevisionIndexWriter.write(classes, PACKAGE, getClass().getClassLoader()));

        List<String> lines = Files.readAllLines(classes.resolve(DIR).resolve(RevisionIndex.FILE));
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).startsWith("V1_CreateCompanies.class\t"), lines.get(1));
        assertTrue(lines.get(1).contains("\t1d1000000001\t\tCreate companies\\c with tickers\t"), lines.get(1));
        try (Counting loader = new Counting(classes)) {
            Revisions indexed = Revisions.scan(loader, PACKAGE);
            assertEquals(List.of(), loader.found);
            Files.delete(classes.resolve(DIR).resolve(RevisionIndex.FILE));
            Revisions read = Revisions.scan(loader, PACKAGE);
            assertEquals(read.graph().revisions(), indexed.graph().revisions());
            assertEquals(Optional.of(checksumOfCode(read, "1d1000000001")), indexed.indexedChecksum("1d1000000001"));
            assertEquals(Optional.of(checksumOfCode(read, "1d1000000002")), indexed.indexedChecksum("1d1000000002"));
        }
    }

    @Test
    void aMissingIndexMeansEveryClassFileIsRead() throws Exception {
        Path classes = compile("v1", 20);

        try (Counting loader = new Counting(classes)) {
            Revisions revisions = Revisions.scan(loader, PACKAGE);
            assertEquals(2, revisions.graph().revisions().size());
            assertEquals(Optional.empty(), revisions.indexedChecksum("1d1000000001"));
        }
    }

    @Test
    void aClassChangedSinceTheIndexIsReadFromItsClassFileAndAnUnchangedOneIsKept() throws Exception {
        Path classes = compile("v1", 20);
        RevisionIndexWriter.write(classes, PACKAGE, getClass().getClassLoader());
        Path index = classes.resolve(DIR).resolve(RevisionIndex.FILE);
        String written = Files.readString(index);
        // Compiled again without the index (javac alone, say): the first class is new, the index is not.
        Path edited = compile("v2", 40);
        copyClass(edited, classes, "V1_CreateCompanies");
        // The second is the same class file with a new time: its CRC-32 still matches.
        copyClass(edited, classes, "V2_AddSector");
        Files.setLastModifiedTime(classes.resolve(DIR).resolve("V2_AddSector.class"), FileTime.fromMillis(1_000));

        try (Counting loader = new Counting(classes)) {
            Revisions revisions = Revisions.scan(loader, PACKAGE);
            assertEquals(Optional.empty(), revisions.indexedChecksum("1d1000000001"));
            assertTrue(revisions.indexedChecksum("1d1000000002").isPresent());
            assertEquals("Create companies, with wider tickers", revisions.graph().get("1d1000000001").message());
        }
        assertEquals(written, Files.readString(index));
        RevisionIndexWriter.write(classes, PACKAGE, getClass().getClassLoader());
        assertFalse(written.equals(Files.readString(index)));
    }

    @Test
    void anIndexLeftUnreadableIsNoIndex() throws Exception {
        Path classes = compile("v1", 20);
        RevisionIndexWriter.write(classes, PACKAGE, getClass().getClassLoader());
        Path index = classes.resolve(DIR).resolve(RevisionIndex.FILE);
        Files.writeString(index, Files.readString(index).replace("\t", " "));

        try (Counting loader = new Counting(classes)) {
            Revisions revisions = Revisions.scan(loader, PACKAGE);
            assertEquals(2, revisions.graph().revisions().size());
            assertEquals(Optional.empty(), revisions.indexedChecksum("1d1000000001"));
        }
    }

    @Test
    void anUpgradeAtHeadLoadsNoRevisionClassAndAnEditedOneIsStillCaught() throws Exception {
        Path classes = compile("v1", 20);
        RevisionIndexWriter.write(classes, PACKAGE, getClass().getClassLoader());
        try (Counting loader = new Counting(classes)) {
            migrator(loader).upgrade("head");
        }

        try (Counting loader = new Counting(classes)) {
            assertEquals(List.of(), migrator(loader).upgrade("head"));
            assertEquals(List.of(), loader.found);
            assertTrue(new Checksums(db.settings(), Revisions.scan(loader, PACKAGE), Log.console(), Duration.ofSeconds(1))
                    .validate().passed());
            assertEquals(List.of(), loader.found);
        }
        // Edited and compiled without the index: the stale entry is not taken.
        copyClass(compile("v2", 40), classes, "V1_CreateCompanies");
        assertMismatchInFirstRevision(classes);
        // Edited with the index written again: the index's checksum differs from the history's, so the code decides.
        RevisionIndexWriter.write(classes, PACKAGE, getClass().getClassLoader());
        assertMismatchInFirstRevision(classes);
    }

    @Test
    void aJarsIndexIsCheckedAgainstTheJarsOwnSizesAndChecksums() throws Exception {
        Path classes = compile("v1", 20);
        RevisionIndexWriter.write(classes, PACKAGE, getClass().getClassLoader());
        Path jar = jar(classes, work.resolve("app.jar"));
        try (Counting loader = new Counting(jar)) {
            migrator(loader).upgrade("head");
        }
        try (Counting loader = new Counting(jar)) {
            Revisions revisions = Revisions.scan(loader, PACKAGE);
            assertTrue(revisions.indexedChecksum("1d1000000001").isPresent());
            assertEquals(List.of(), migrator(loader).upgrade("head"));
            assertEquals(List.of(), loader.found);
        }
        // A jar put together by hand: the edited class beside the old index.
        copyClass(compile("v2", 40), classes, "V1_CreateCompanies");
        Path handMade = jar(classes, work.resolve("hand.jar"));
        try (Counting loader = new Counting(handMade)) {
            Revisions revisions = Revisions.scan(loader, PACKAGE);
            assertEquals(Optional.empty(), revisions.indexedChecksum("1d1000000001"));
            assertTrue(revisions.indexedChecksum("1d1000000002").isPresent());
            assertThrows(ChecksumMismatchException.class, () -> migrator(loader).upgrade("head"));
        }
    }

    private void assertMismatchInFirstRevision(Path classes) throws IOException {
        try (Counting loader = new Counting(classes)) {
            ChecksumMismatchException e = assertThrows(ChecksumMismatchException.class, () -> migrator(loader).upgrade("head"));
            assertEquals(List.of("1d1000000001"), e.revisions());
            assertTrue(e.getMessage().contains("step 1 differs (create table companies)"), e.getMessage());
            assertEquals(List.of(PACKAGE + ".V1_CreateCompanies"), loader.found);
        }
    }

    private Migrator migrator(ClassLoader loader) {
        return new Migrator(db.settings(), Revisions.scan(loader, PACKAGE), Log.console(), Duration.ofSeconds(30));
    }

    private static String checksumOfCode(Revisions revisions, String id) {
        return Checksum.of(RevisionSteps.read(revisions.migration(id), true)).value();
    }

    /** Two revisions, compiled into {@code work/<name>}; {@code length} is the ticker column's. */
    private Path compile(String name, int length) throws IOException {
        Path sources = work.resolve(name + "-src").resolve(DIR);
        Path classes = work.resolve(name);
        Files.createDirectories(sources);
        Files.createDirectories(classes);
        String message = length == 20 ? "Create companies, with tickers" : "Create companies, with wider tickers";
        Files.writeString(sources.resolve("V1_CreateCompanies.java"), """
                package %s;
                import dev.optionsdeep.migrate.migration.*;
                import static dev.optionsdeep.migrate.migration.Definitions.column;
                @Revision(id = "1d1000000001", message = "%s")
                public final class V1_CreateCompanies implements Migration {
                    public void upgrade(Operations ops) {
                        ops.createTable("companies", column("id", "bigint").notNull(),
                                column("ticker", "character varying(%d)").notNull());
                    }
                    public void downgrade(Operations ops) {
                        ops.dropTable("companies", column("id", "bigint").notNull(),
                                column("ticker", "character varying(%d)").notNull());
                    }
                }
                """.formatted(PACKAGE, message, length, length));
        Files.writeString(sources.resolve("V2_AddSector.java"), """
                package %s;
                import dev.optionsdeep.migrate.migration.*;
                import static dev.optionsdeep.migrate.migration.Definitions.column;
                @Revision(id = "1d1000000002", parents = "1d1000000001", message = "Add sector")
                public final class V2_AddSector implements Migration {
                    public void upgrade(Operations ops) {
                        ops.addColumn("companies", column("sector", "text"));
                    }
                    public void downgrade(Operations ops) {
                        ops.dropColumn("companies", column("sector", "text"));
                    }
                }
                """.formatted(PACKAGE));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String runtime = Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, null, errors, "-proc:none", "-cp", runtime, "-d", classes.toString(),
                sources.resolve("V1_CreateCompanies.java").toString(), sources.resolve("V2_AddSector.java").toString());
        assertEquals(0, status, errors.toString(StandardCharsets.UTF_8));
        return classes;
    }

    private static void copyClass(Path from, Path to, String simpleName) throws IOException {
        Files.copy(from.resolve(DIR).resolve(simpleName + ".class"), to.resolve(DIR).resolve(simpleName + ".class"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path jar(Path classes, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(f -> !f.equals(classes)).sorted().toList()) {
                String name = classes.relativize(f).toString().replace('\\', '/');
                out.putNextEntry(new JarEntry(Files.isDirectory(f) ? name + "/" : name));
                if (Files.isRegularFile(f)) {
                    try (InputStream in = Files.newInputStream(f)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    /** A class loader over a directory or jar of revisions that records each revision class it defines. */
    private static final class Counting extends URLClassLoader {

        final List<String> found = new ArrayList<>();

        Counting(Path root) throws IOException {
            super(new URL[] {root.toUri().toURL()}, RevisionIndexTest.class.getClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            if (name.startsWith(PACKAGE + ".")) {
                found.add(name);
            }
            return super.findClass(name);
        }
    }
}
