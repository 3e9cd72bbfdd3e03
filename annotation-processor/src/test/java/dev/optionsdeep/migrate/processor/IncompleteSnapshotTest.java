package dev.optionsdeep.migrate.processor;

import dev.optionsdeep.migrate.snapshot.Snapshot;
import dev.optionsdeep.migrate.snapshot.SnapshotCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs javac itself, as Maven does, to see what lands in the class output: an entity Migrate cannot
 * map no longer fails the build, but the snapshot says the model is incomplete, and why.
 */
class IncompleteSnapshotTest {

    @TempDir
    Path classes;

    private boolean compile(List<String> options, List<String> messages, String... entities) {
        List<JavaFileObject> sources = new ArrayList<>(JavaxPersistence.api());
        for (String e : entities) {
            String name = e.replaceAll("(?s).*public class (\\w+).*", "$1");
            sources.add(Sources.source("com.example." + name, "package com.example; " + e));
        }
        List<String> all = new ArrayList<>(List.of("-d", classes.toString(), "-proc:only"));
        all.addAll(options);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaCompiler.CompilationTask task = ToolProvider.getSystemJavaCompiler().getTask(null, null, diagnostics,
                all, null, sources);
        task.setProcessors(List.of(new EntityProcessor()));
        boolean ok = task.call();
        diagnostics.getDiagnostics().forEach(d -> messages.add(d.getKind() + " " + d.getMessage(null)));
        return ok;
    }

    @Test
    void anEntityThatCannotBeMappedIsAWarningAndTheSnapshotSaysWhyItIsIncomplete() throws Exception {
        List<String> messages = new ArrayList<>();
        assertTrue(compile(List.of(), messages,
                "@javax.persistence.Entity public class Company { @javax.persistence.Id Long id; }",
                "@javax.persistence.Entity public class Exchange { String code; }"));
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("WARNING [MIGRATE-102] @Entity Exchange has no @Id")
                && m.contains("@Unmanaged")), messages.toString());
        Path file = classes.resolve("META-INF/migrate/default.schema.json");
        Snapshot snapshot = SnapshotCodec.read(Files.readString(file), file.toString());
        assertEquals(List.of("company"), snapshot.schema().tables().stream().map(t -> t.name()).toList());
        assertEquals(1, snapshot.problems().size(), snapshot.problems().toString());
        assertEquals("MIGRATE-102", snapshot.problems().get(0).code());
        assertEquals("com.example.Exchange", snapshot.problems().get(0).where());
        assertTrue(snapshot.problems().get(0).message().startsWith("@Entity Exchange has no @Id attribute"),
                snapshot.problems().get(0).message());
    }

    @Test
    void inStrictModeItIsACompileError() {
        List<String> messages = new ArrayList<>();
        assertFalse(compile(List.of("-Amigrate.strict=true"), messages,
                "@javax.persistence.Entity public class Company { @javax.persistence.Id Long id; }",
                "@javax.persistence.Entity public class Exchange { String code; }"));
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("ERROR [MIGRATE-102]")), messages.toString());
    }

    /**
     * javac's -Werror counts a processor's warnings: a team building with it could not adopt Migrate on a model
     * with a construct Migrate does not map. -Amigrate.warnings=note prints them as notes, which it does not count;
     * the snapshot still lists the problem, and strict mode still fails.
     */
    @Test
    void withWarningsAsNotesABuildWithWerrorCompilesAndStrictModeStillFails() throws Exception {
        String[] entities = {"@javax.persistence.Entity public class Company { @javax.persistence.Id Long id; }",
                "@javax.persistence.Entity public class Exchange { String code; }"};
        List<String> werror = new ArrayList<>();
        assertFalse(compile(List.of("-Werror"), werror, entities));
        assertTrue(werror.stream().anyMatch(m -> m.startsWith("WARNING [MIGRATE-102]")), werror.toString());

        List<String> notes = new ArrayList<>();
        assertTrue(compile(List.of("-Werror", "-Amigrate.warnings=note"), notes, entities));
        assertTrue(notes.stream().anyMatch(m -> m.startsWith("NOTE [MIGRATE-102] @Entity Exchange has no @Id")), notes.toString());
        assertTrue(notes.stream().noneMatch(m -> m.startsWith("WARNING")), notes.toString());
        Path file = classes.resolve("META-INF/migrate/default.schema.json");
        assertEquals("MIGRATE-102", SnapshotCodec.read(Files.readString(file), file.toString()).problems().get(0).code());

        List<String> strict = new ArrayList<>();
        assertFalse(compile(List.of("-Amigrate.warnings=note", "-Amigrate.strict=true"), strict, entities));
        assertTrue(strict.stream().anyMatch(m -> m.startsWith("ERROR [MIGRATE-102]")), strict.toString());

        List<String> typo = new ArrayList<>();
        assertTrue(compile(List.of("-Amigrate.warnings=quiet"), typo, entities));
        assertTrue(typo.stream().anyMatch(m -> m.startsWith("WARNING [MIGRATE-122] -Amigrate.warnings=quiet is not warning"
                + " or note")), typo.toString());
    }

    /** An entity whose every entity fails still gets a snapshot, so the goals say why rather than "run mvn compile". */
    @Test
    void aDatabaseWithNoMappableEntityStillHasASnapshotListingItsProblems() throws Exception {
        assertTrue(compile(List.of(), new ArrayList<>(), "@javax.persistence.Entity public class Exchange { String code; }"));
        Path file = classes.resolve("META-INF/migrate/default.schema.json");
        Snapshot snapshot = SnapshotCodec.read(Files.readString(file), file.toString());
        assertTrue(snapshot.schema().tables().isEmpty());
        assertEquals("com.example.Exchange", snapshot.problems().get(0).where());
    }

    @Test
    void withoutErrorsTheSnapshotIsWrittenToTheClassOutput() {
        List<JavaFileObject> sources = new ArrayList<>(JavaxPersistence.api());
        sources.add(Sources.source("com.example.Company",
                "package com.example; @javax.persistence.Entity public class Company { @javax.persistence.Id Long id; }"));

        JavaCompiler.CompilationTask task = ToolProvider.getSystemJavaCompiler().getTask(null, null, null,
                List.of("-d", classes.toString(), "-proc:only"), null, sources);
        task.setProcessors(List.of(new EntityProcessor()));

        assertTrue(task.call());
        assertTrue(Files.exists(classes.resolve("META-INF/migrate/default.schema.json")));
    }
}
