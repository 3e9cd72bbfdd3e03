package dev.optionsdeep.migrate.processor;

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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * compile-testing hides generated files once a compilation fails, so this runs javac itself to see
 * that nothing lands in the class output: a snapshot missing the entity in error would look complete.
 */
class NoSnapshotOnErrorTest {

    @TempDir
    Path classes;

    @Test
    void anEntityInErrorMeansNoSnapshotAtAll() {
        List<JavaFileObject> sources = new ArrayList<>(JavaxPersistence.api());
        sources.add(Sources.source("com.example.Company",
                "package com.example; @javax.persistence.Entity public class Company { @javax.persistence.Id Long id; }"));
        sources.add(Sources.source("com.example.Exchange",
                "package com.example; @javax.persistence.Entity public class Exchange { String code; }"));

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaCompiler.CompilationTask task = javac.getTask(null, null, diagnostics,
                List.of("-d", classes.toString(), "-proc:only"), null, sources);
        task.setProcessors(List.of(new EntityProcessor()));

        assertFalse(task.call());
        assertTrue(diagnostics.getDiagnostics().stream().anyMatch(d -> d.getMessage(null).startsWith("[MIGRATE-102]")));
        assertFalse(Files.exists(classes.resolve("META-INF/migrate/default.schema.json")));
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
