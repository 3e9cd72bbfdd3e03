package dev.optionsdeep.migrate.benchmark;

import dev.optionsdeep.migrate.snapshot.HeadRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /**
     * Median wall time and CPU time (user + system of the mvn process, as bash's {@code times} reports
     * its children) over {@code rounds} runs of {@code mvn <goals>}, after one untimed run.
     */
    Timer.Costs time(int rounds, String... goals) throws IOException, InterruptedException {
        run(goals);
        double[] wall = new double[rounds];
        double[] cpu = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            cpu[i] = run(goals);
            wall[i] = (System.nanoTime() - start) / 1e6;
        }
        return new Timer.Costs(Timer.median(wall), Timer.median(cpu), 0);
    }

    /**
     * As {@link #time}, for several commands at once, taken in turn within each round (after one untimed
     * run of each), so that a load that rises or falls during the benchmark weighs on all of them alike.
     * The result is in the order of {@code commands}.
     */
    List<Timer.Costs> timeInTurn(int rounds, List<List<String>> commands) throws IOException, InterruptedException {
        for (List<String> goals : commands) {
            run(goals.toArray(String[]::new));
        }
        double[][] wall = new double[commands.size()][rounds];
        double[][] cpu = new double[commands.size()][rounds];
        for (int i = 0; i < rounds; i++) {
            for (int c = 0; c < commands.size(); c++) {
                long start = System.nanoTime();
                cpu[c][i] = run(commands.get(c).toArray(String[]::new));
                wall[c][i] = (System.nanoTime() - start) / 1e6;
            }
        }
        List<Timer.Costs> costs = new java.util.ArrayList<>();
        for (int c = 0; c < commands.size(); c++) {
            costs.add(new Timer.Costs(Timer.median(wall[c]), Timer.median(cpu[c]), 0));
        }
        return costs;
    }

    /** Runs {@code mvn -o -q <goals>} in the project, fails on a non-zero exit; the CPU it took, in ms. */
    double run(String... goals) throws IOException, InterruptedException {
        StringBuilder command = new StringBuilder("mvn -o -q -B");
        String repository = System.getProperty("maven.repo.local");
        if (repository != null && !repository.isBlank()) {
            command.append(" -Dmaven.repo.local=").append(repository);
        }
        for (String goal : goals) {
            command.append(' ').append(goal);
        }
        return timed(project, command.toString(), project.resolve("last-run.log"));
    }

    /**
     * Runs a shell command in {@code directory}, its output to {@code log}; fails on a non-zero exit. The CPU time
     * the command's processes took (user + system, from bash's {@code times}), in ms.
     */
    static double timed(Path directory, String command, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command + "; status=$?; times; exit $status")
                .directory(directory.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("MIGRATE_BENCH_PASSWORD", Pg.PASSWORD);
        if (builder.start().waitFor() != 0) {
            throw new IllegalStateException(command + " failed, see " + log);
        }
        List<String> lines = Files.readAllLines(log);
        return childrenCpu(lines.get(lines.size() - 1));
    }

    /** bash's {@code times} line for its children, {@code 0m1.234s 0m0.056s}: user + system in ms. */
    private static double childrenCpu(String line) {
        double ms = 0;
        for (String time : line.trim().split(" ")) {
            int m = time.indexOf('m');
            ms += (Integer.parseInt(time.substring(0, m)) * 60 + Double.parseDouble(time.substring(m + 1, time.length() - 1))) * 1000;
        }
        return ms;
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
