package dev.optionsdeep.migrate.benchmark;

import dev.optionsdeep.migrate.diff.SchemaDiff;
import dev.optionsdeep.migrate.executor.RevisionIndexWriter;
import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.RevisionIndex;
import dev.optionsdeep.migrate.plugin.codegen.MigrationSource;
import dev.optionsdeep.migrate.plugin.codegen.RevisionSpec;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The same N revisions for every tool, written once per size under the work directory: Migrate's
 * generated classes (compiled), Flyway's SQL files and Liquibase's formatted SQL changelog.
 */
final class Projects {

    static final String PACKAGE = "db.migration.bench";
    private static final Instant START = Instant.parse("2027-01-01T00:00:00Z");

    private final Path root;

    Projects(Path work, int n) {
        this.root = work.resolve("n" + n);
        if (!Files.isDirectory(root.resolve("done"))) {
            write(n);
        }
        Path index = migrateClasses().resolve(PACKAGE.replace('.', '/')).resolve(RevisionIndex.FILE);
        if (!Files.exists(index)) { // as the annotation processor writes it in a project's build
            try {
                RevisionIndexWriter.write(migrateClasses(), PACKAGE, Projects.class.getClassLoader());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    Path migrateClasses() {
        return root.resolve("migrate/classes");
    }

    Path migrateSources() {
        return root.resolve("migrate/src");
    }

    Path flywayDirectory() {
        return root.resolve("flyway");
    }

    Path liquibaseDirectory() {
        return root.resolve("liquibase");
    }

    static String revisionId(int i) {
        return "%012x".formatted(0xbe000000L + i);
    }

    private void write(int n) {
        try {
            Path sources = migrateSources();
            List<String> files = new ArrayList<>();
            StringBuilder changelog = new StringBuilder("--liquibase formatted sql\n");
            Files.createDirectories(flywayDirectory());
            Files.createDirectories(liquibaseDirectory());
            for (int i = 1; i <= n; i++) {
                files.add(MigrationSource.write(spec(i), sources).toString());
                String sql = String.join(";\n", Ddl.sql(i)) + ";\n";
                Files.writeString(flywayDirectory().resolve("V" + i + "__" + Ddl.table(i) + ".sql"), sql);
                changelog.append("\n--changeset bench:").append(i).append('\n').append(sql);
            }
            Files.writeString(liquibaseDirectory().resolve("changelog.sql"), changelog);
            compile(files);
            Files.createDirectories(root.resolve("done"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RevisionSpec spec(int i) {
        var changes = Ddl.changes(i);
        return new RevisionSpec(PACKAGE, "V%05d_CreateBench".formatted(i), revisionId(i),
                i == 1 ? List.of() : List.of(revisionId(i - 1)), "create " + Ddl.table(i), START.plusSeconds(i),
                changes, SchemaDiff.inverse(changes));
    }

    private void compile(List<String> files) throws IOException {
        Files.createDirectories(migrateClasses());
        List<String> args = new ArrayList<>(List.of("--release", "17", "-proc:none", "-encoding", "UTF-8",
                "-classpath", runtimeJar(), "-d", migrateClasses().toString()));
        args.addAll(files);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        if (javac.run(null, null, errors, args.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("javac failed: " + errors.toString(StandardCharsets.UTF_8));
        }
    }

    private static String runtimeJar() {
        try {
            return Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
