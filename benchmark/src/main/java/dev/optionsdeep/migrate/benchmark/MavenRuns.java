package dev.optionsdeep.migrate.benchmark;

import dev.optionsdeep.migrate.snapshot.HeadRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whole {@code mvn} processes on one generated project that holds the same n revisions for both
 * plugins: Migrate's revision classes under {@code src/main/java}, Flyway's SQL files under
 * {@code flyway/}, flyway-maven-plugin pinned to the Flyway version of the rest of the benchmark.
 * Each process starts offline, quiet, with the local repository this benchmark runs with.
 */
final class MavenRuns {

    private final Path project;

    MavenRuns(Path work, Projects projects, int n, String migrateUrl, String flywayUrl) {
        this.project = work.resolve("mvn-n" + n);
        try {
            write(projects, n, migrateUrl, flywayUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compiles the project once and records the model it compiled as the head revision's snapshot and
     * head record, as migrate:revision would have written them.
     */
    void prepare(int n) throws IOException, InterruptedException {
        Path resources = project.resolve("src/main/resources/db/migration/bench");
        String head = "V%05d_CreateBench".formatted(n);
        if (Files.exists(resources.resolve(head + ".schema.json"))) {
            return;
        }
        run("compile");
        Files.createDirectories(resources);
        Files.copy(project.resolve("target/classes/META-INF/migrate/bench.schema.json"),
                resources.resolve(head + ".schema.json"));
        Files.writeString(resources.resolve("HEAD"), HeadRecord.text("bench", Projects.revisionId(n), head));
    }

    /** Runs {@code mvn -o -q <goals>} in the project; fails on a non-zero exit. */
    void run(String... goals) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mvn", "-o", "-q", "-B"));
        String repository = System.getProperty("maven.repo.local");
        if (repository != null && !repository.isBlank()) {
            command.add("-Dmaven.repo.local=" + repository);
        }
        command.addAll(List.of(goals));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(project.resolve("last-run.log").toFile());
        builder.environment().put("MIGRATE_BENCH_PASSWORD", Pg.PASSWORD);
        Process process = builder.start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed, see " + project.resolve("last-run.log"));
        }
    }

    private void write(Projects projects, int n, String migrateUrl, String flywayUrl) throws IOException {
        Path sources = project.resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            copy(projects.migrateSources(), sources);
            copy(projects.flywayDirectory(), project.resolve("flyway"));
            entities(sources.resolve("bench/model"), n);
        }
        Files.writeString(project.resolve("pom.xml"), pom(migrateUrl, flywayUrl));
        Files.deleteIfExists(project.resolve("target/migrate/compiled-inputs"));
    }

    /** The model the n revisions end at (see {@link Ddl#schema}), as JPA entities. */
    private static void entities(Path directory, int n) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("package-info.java"),
                "@dev.optionsdeep.migrate.Database(\"bench\")\npackage bench.model;\n");
        for (int i = 1; i <= n; i++) {
            String table = Ddl.table(i);
            String parent = i == 1 ? "    private Long parentId;\n" : """
                        @ManyToOne
                        @JoinColumn(name = "parent_id", foreignKey = @ForeignKey(name = "%s_parent_fk"))
                        private %s parent;
                    """.formatted(table, entity(i - 1));
            Files.writeString(directory.resolve(entity(i) + ".java"), """
                    package bench.model;

                    import jakarta.persistence.*;
                    import java.math.BigDecimal;
                    import java.time.Instant;

                    @Entity
                    @Table(name = "%s", indexes = @Index(name = "ix_%s_code", columnList = "code", unique = true))
                    public class %s {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
                        @Column(nullable = false, length = 40) private String code;
                        @Column(length = 200) private String name;
                        @Column(precision = 18, scale = 4) private BigDecimal price;
                        @Column(name = "created_at", nullable = false) private Instant createdAt;
                    %s}
                    """.formatted(table, table, entity(i), parent));
        }
    }

    private static String entity(int i) {
        return "Bench%05d".formatted(i);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    private static String pom(String migrateUrl, String flywayUrl) throws IOException {
        try (var in = MavenRuns.class.getResourceAsStream("whole-process-pom.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("@migrate.url@", migrateUrl).replace("@flyway.url@", flywayUrl)
                    .replace("@user@", Pg.USER).replace("@password@", Pg.PASSWORD);
        }
    }
}
