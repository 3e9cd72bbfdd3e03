package dev.optionsdeep.migrate.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A private copy of an example project from {@code examples/}, whose {@code local} environment
 * points at databases created for this test alone ({@code equities_it_1a2b3c4d} instead of
 * {@code equities-local}). Nothing else in the copy differs from what a user has.
 */
public final class ExampleProject implements AutoCloseable {

    private static final String LOCAL_URL = "jdbc:postgresql://localhost:5432/{database}-local";

    private final Path directory;
    private final String suffix;
    private final List<String> databases;

    private ExampleProject(Path directory, String suffix, List<String> databases) {
        this.directory = directory;
        this.suffix = suffix;
        this.databases = databases;
    }

    /** Copies {@code examples/<name>} into {@code parent} and creates the test's databases. */
    public static ExampleProject copy(String name, Path parent, String... databases) throws IOException, SQLException {
        return copyOwnedBy(null, name, parent, databases);
    }

    /** As {@link #copy}, with the databases owned by {@code owner} (null: the server's superuser). */
    public static ExampleProject copyOwnedBy(String owner, String name, Path parent, String... databases)
            throws IOException, SQLException {
        return copy(owner, Path.of(System.getProperty("migrate.examples")).resolve(name), parent, databases);
    }

    /**
     * As {@link #copy}, for a test project of {@code it/src/test/projects} (builds shaped as real applications'
     * are, that no user starts from): its top {@code pom.xml} has the {@code local} environment.
     */
    public static ExampleProject copyTestProject(String name, Path parent, String... databases)
            throws IOException, SQLException {
        return copy(null, Path.of(System.getProperty("migrate.projects")).resolve(name), parent, databases);
    }

    private static ExampleProject copy(String owner, Path source, Path parent, String... databases)
            throws IOException, SQLException {
        String name = source.getFileName().toString();
        Path target = parent.resolve(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path from : files.filter(p -> !source.relativize(p).startsWith("target")).toList()) {
                Path to = target.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        String suffix = "it_" + UUID.randomUUID().toString().substring(0, 8);
        Path pom = target.resolve("pom.xml");
        String text = Files.readString(pom, StandardCharsets.UTF_8);
        if (!text.contains(LOCAL_URL)) {
            throw new IllegalStateException(pom + " no longer has the local URL " + LOCAL_URL + " that the tests redirect");
        }
        Files.writeString(pom, text.replace(LOCAL_URL, Postgres.url("{database}_" + suffix))
                .replace("<version>0.1.0-SNAPSHOT</version>", "<version>" + System.getProperty("migrate.version") + "</version>"),
                StandardCharsets.UTF_8);
        ExampleProject project = new ExampleProject(target, suffix, List.of(databases));
        for (String db : databases) {
            if (owner == null) {
                Postgres.create(project.database(db));
            } else {
                Postgres.create(project.database(db), owner);
            }
        }
        return project;
    }

    public Path directory() {
        return directory;
    }

    /** The real name of the test's copy of a database: {@code equities} becomes {@code equities_it_1a2b3c4d}. */
    public String database(String name) {
        return name + "_" + suffix;
    }

    public List<String> rows(String db, String sql) throws SQLException {
        return Postgres.rows(database(db), sql);
    }

    /** Changes the test's copy of a database by hand: one SQL statement. */
    public void execute(String db, String sql) throws SQLException {
        Postgres.execute(database(db), sql);
    }

    public Path file(String relative) {
        return directory.resolve(relative);
    }

    public String read(String relative) {
        try {
            return Files.readString(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the one occurrence of {@code from} in a file; fails if it is not there exactly once. */
    public void edit(String relative, String from, String to) throws IOException {
        String text = read(relative);
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new IllegalStateException(relative + " must contain exactly one \"" + from + "\"");
        }
        Files.writeString(file(relative), text.replace(from, to), StandardCharsets.UTF_8);
    }

    public void write(String relative, String text) throws IOException {
        Files.writeString(file(relative), text, StandardCharsets.UTF_8);
    }

    public void delete(String relative) throws IOException {
        Files.delete(file(relative));
    }

    /** The project's files (sources, snapshots, build output) whose text contains {@code needle}. */
    public List<Path> filesContaining(String needle) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                try {
                    return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(needle);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }

    /** The files of a folder of the project, by name, sorted; empty when the folder does not exist. */
    public List<String> list(String relative) throws IOException {
        Path dir = file(relative);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Override
    public void close() throws SQLException {
        for (String db : databases) {
            Postgres.drop(database(db));
        }
    }
}
