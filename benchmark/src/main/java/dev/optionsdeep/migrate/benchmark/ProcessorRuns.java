package dev.optionsdeep.migrate.benchmark;

import dev.optionsdeep.migrate.snapshot.HeadRecord;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What the annotation processor adds to a compilation: {@code javac} in a process of its own on a generated model
 * of n entities, alone ({@code -proc:none}), with a processor that does nothing ({@link NothingProcessor}: the floor
 * any processor pays, javac's own processing rounds), with Migrate's processor writing the snapshot only, with the snapshot
 * and the check of the model against the head revision (what {@code mvn compile} runs; the head matches the model,
 * so the check does its whole diff and finds nothing), and with Hibernate's own {@code hibernate-processor} (the JPA
 * static metamodel, which JPA users already accept) instead. The variants take turns within each round, so a load
 * that changes during the run weighs on all of them alike. The sources are those of {@code bench/processor-overhead}.
 */
final class ProcessorRuns {

    /** One variant's medians: wall time and CPU time (user + system of the javac process), in ms. */
    record Variant(String label, Timer.Costs costs) {
    }

    private final Path work;
    private final int entities;

    ProcessorRuns(Path work, int entities) {
        this.work = work.resolve("processor-n" + entities).toAbsolutePath();
        this.entities = entities;
    }

    List<Variant> measure(int rounds) throws Exception {
        List<Path> sources = sources();
        String classPath = jar(dev.optionsdeep.migrate.schema.Schema.class) + File.pathSeparator
                + jar(jakarta.persistence.Entity.class);
        String migrate = jar(dev.optionsdeep.migrate.processor.EntityProcessor.class) + File.pathSeparator + classPath;
        Path revisions = headRevision(sources, classPath, migrate);
        List<String> labels = List.of("javac alone (-proc:none)",
                "with a processor that does nothing (claims every annotation: the floor of any processor)",
                "with Migrate's processor, snapshot only",
                "with Migrate's processor, snapshot and revision check (as mvn compile)",
                "with Hibernate's hibernate-processor instead");
        List<List<String>> options = List.of(List.of("-proc:none"),
                List.of("-processorpath", jar(NothingProcessor.class), "-processor", NothingProcessor.class.getName()),
                List.of("-processorpath", migrate, "-Amigrate.check=false"),
                List.of("-processorpath", migrate, "-Amigrate.revisions=" + revisions),
                List.of("-processorpath", hibernateProcessorPath()));
        for (List<String> variant : options) {
            javac(sources, classPath, variant); // untimed: the file cache, as for every variant
        }
        double[][] wall = new double[options.size()][rounds];
        double[][] cpu = new double[options.size()][rounds];
        for (int i = 0; i < rounds; i++) {
            for (int v = 0; v < options.size(); v++) {
                long start = System.nanoTime();
                cpu[v][i] = javac(sources, classPath, options.get(v));
                wall[v][i] = (System.nanoTime() - start) / 1e6;
            }
        }
        List<Variant> out = new ArrayList<>();
        for (int v = 0; v < options.size(); v++) {
            out.add(new Variant(labels.get(v), new Timer.Costs(Timer.median(wall[v]), Timer.median(cpu[v]), 0)));
        }
        return out;
    }

    /** A Markdown table of the variants, each as a ratio to javac alone and to Hibernate's processor. */
    String table(List<Variant> variants) {
        Timer.Costs javac = variants.get(0).costs();
        Timer.Costs hibernate = variants.get(variants.size() - 1).costs();
        StringBuilder out = new StringBuilder("| compiling " + entities + " entities | wall | CPU of javac | ÷ javac alone"
                + " (wall / CPU) | ÷ hibernate-processor (wall / CPU) |\n|---|---|---|---|---|\n");
        for (Variant v : variants) {
            Timer.Costs c = v.costs();
            out.append(String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.2f× / %.2f× | %.2f× / %.2f× |%n", v.label(),
                    c.wall(), c.client(), c.wall() / javac.wall(), c.client() / javac.client(),
                    c.wall() / hibernate.wall(), c.client() / hibernate.client()));
        }
        return out.toString();
    }

    /** Runs javac on the sources into a fresh directory; fails on a non-zero exit; the CPU it took, in ms. */
    private double javac(List<Path> sources, String classPath, List<String> options) throws IOException,
            InterruptedException {
        Path out = work.resolve("out");
        clean(out);
        Files.createDirectories(out);
        Path arguments = work.resolve("javac-arguments");
        List<String> lines = new ArrayList<>(List.of("-d", out.toString(), "-cp", classPath));
        lines.addAll(options);
        sources.forEach(s -> lines.add(s.toString()));
        Files.write(arguments, lines.stream().map(ProcessorRuns::quoted).toList());
        return MavenRuns.timed(work, "javac @" + arguments, work.resolve("last-javac.log"));
    }

    /** The head revision's snapshot and head record: the model itself, as migrate:revision would have written it. */
    private Path headRevision(List<Path> sources, String classPath, String migrate) throws Exception {
        javac(sources, classPath, List.of("-processorpath", migrate, "-Amigrate.check=false"));
        Path revisions = work.resolve("revisions");
        Path bench = revisions.resolve("db/migration/bench");
        Files.createDirectories(bench);
        Files.copy(work.resolve("out/META-INF/migrate/bench.schema.json"), bench.resolve("V1_Initial.schema.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(bench.resolve("HEAD"), HeadRecord.text("bench", "aaaaaaaaaaa1", "V1_Initial"));
        return revisions;
    }

    /** hibernate-processor and its dependencies, resolved by Maven from a throw-away POM (offline). */
    private String hibernateProcessorPath() throws IOException, InterruptedException {
        Path project = work.resolve("hibernate-processor");
        Files.createDirectories(project);
        try (var pom = ProcessorRuns.class.getResourceAsStream("hibernate-processor-pom.xml")) {
            Files.write(project.resolve("pom.xml"), pom.readAllBytes());
        }
        String repository = System.getProperty("maven.repo.local");
        MavenRuns.timed(project, "mvn -o -q -B" + (repository == null || repository.isBlank() ? "" : " -Dmaven.repo.local="
                + repository) + " dependency:build-classpath -Dmdep.outputFile=path", project.resolve("last-run.log"));
        return Files.readString(project.resolve("path")).trim();
    }

    /** n entities of eight columns, an index and a unique constraint each (as bench/processor-overhead). */
    private List<Path> sources() throws IOException {
        Path pkg = work.resolve("src/bench/model");
        clean(work.resolve("src"));
        Files.createDirectories(pkg);
        List<Path> out = new ArrayList<>();
        out.add(Files.writeString(pkg.resolve("package-info.java"),
                "@dev.optionsdeep.migrate.Database(\"bench\")\npackage bench.model;\n"));
        for (int i = 1; i <= entities; i++) {
            out.add(Files.writeString(pkg.resolve("Entity" + i + ".java"), """
                    package bench.model;

                    import jakarta.persistence.*;
                    import java.math.BigDecimal;
                    import java.time.Instant;

                    @Entity
                    @Table(name = "entity_%1$d", indexes = @Index(columnList = "code"), uniqueConstraints = @UniqueConstraint(columnNames = "name"))
                    public class Entity%1$d {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
                        @Column(nullable = false, length = 40) private String code;
                        @Column(nullable = false, length = 200) private String name;
                        private Integer quantity;
                        @Column(precision = 18, scale = 4) private BigDecimal price;
                        private Boolean active;
                        @Column(name = "created_at", nullable = false) private Instant createdAt;
                        private java.util.UUID reference;
                    }
                    """.formatted(i)));
        }
        return out;
    }

    private static String jar(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A javac argument file's form of one argument: quoted, with backslashes and quotes escaped. */
    private static String quoted(String argument) {
        return '"' + argument.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static void clean(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
