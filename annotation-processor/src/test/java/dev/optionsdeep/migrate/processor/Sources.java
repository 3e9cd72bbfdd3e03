package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;

import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.snapshot.SnapshotCodec;

import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Test fixtures: source files to compile and the compiler to run them through. Asserts nothing. */
final class Sources {

    private Sources() {
    }

    /** Compiles with the model-to-revision check off: these tests are about mapping. */
    static Compilation compile(JavaFileObject... sources) {
        return compile(List.of(sources));
    }

    static Compilation compile(List<JavaFileObject> sources) {
        return Compiler.javac().withProcessors(new EntityProcessor()).withOptions("-Amigrate.check=false").compile(sources);
    }

    /**
     * Compiles in strict mode ({@code -Amigrate.strict=true}), where what Migrate cannot map is a compile
     * error, as the diagnostics tests assert it; by default the same diagnostic is a warning.
     */
    static Compilation compileStrict(JavaFileObject... sources) {
        return compileStrict(List.of(sources));
    }

    static Compilation compileStrict(List<JavaFileObject> sources) {
        return Compiler.javac().withProcessors(new EntityProcessor())
                .withOptions("-Amigrate.check=false", "-Amigrate.strict=true").compile(sources);
    }

    /** Compiles with no processor options at all. */
    static Compilation compileWithoutOptions(JavaFileObject... sources) {
        return Compiler.javac().withProcessors(new EntityProcessor()).compile(sources);
    }

    /** A source file; {@code qualifiedName} is its top-level class, such as {@code com.example.Company}. */
    static JavaFileObject source(String qualifiedName, String text) {
        return JavaFileObjects.forSourceString(qualifiedName, text);
    }

    /** {@code package-info.java} assigning {@code pkg} to {@code database}. */
    static JavaFileObject database(String pkg, String database) {
        return JavaFileObjects.forSourceString(pkg + ".package-info", """
                @dev.optionsdeep.migrate.Database("%s")
                package %s;
                """.formatted(database, pkg));
    }

    /** A jakarta entity in {@code com.example} with the common imports. */
    static JavaFileObject entity(String simpleName, String body) {
        return source("com.example." + simpleName, """
                package com.example;

                import jakarta.persistence.*;
                import java.math.BigDecimal;
                import java.time.*;
                import java.util.*;

                """ + body);
    }

    /** Compiles with the model-to-revision check off and these extra options, such as {@code -Amigrate.naming=snake_case}. */
    static Compilation compileWith(List<String> options, JavaFileObject... sources) {
        List<String> all = new java.util.ArrayList<>(List.of("-Amigrate.check=false"));
        all.addAll(options);
        return Compiler.javac().withProcessors(new EntityProcessor()).withOptions(all).compile(sources);
    }

    /**
     * The snapshot of {@code database}, one line per table, column, key and index, in snapshot order:
     * every detail of the JSON, in a form a golden text can show table by table.
     */
    static String describe(Compilation compilation, String database) {
        Schema schema = SnapshotCodec.read(snapshot(compilation, database), database).schema();
        StringBuilder out = new StringBuilder();
        for (Table t : schema.tables()) {
            out.append("table ").append(t.name()).append('\n');
            t.columns().forEach(c -> out.append("  ").append(c.describe()).append('\n'));
            if (t.primaryKey() != null) {
                out.append("  primary key ").append(t.primaryKey().name()).append(' ').append(t.primaryKey().columns())
                        .append('\n');
            }
            t.uniqueConstraints().forEach(u -> out.append("  unique ").append(u.name()).append(' ').append(u.columns())
                    .append('\n'));
            t.indexes().forEach(i -> out.append(i.unique() ? "  unique index " : "  index ").append(i.name()).append(' ')
                    .append(i.columns()).append('\n'));
            t.foreignKeys().forEach(f -> out.append("  foreign key ").append(f.name()).append(' ').append(f.describe())
                    .append('\n'));
            t.checks().forEach(k -> out.append("  check ").append(k.name()).append(' ').append(k.expression())
                    .append('\n'));
        }
        return out.toString();
    }

    static String snapshot(Compilation compilation, String database) {
        try {
            return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "",
                    "META-INF/migrate/" + database + ".schema.json").orElseThrow().getCharContent(false).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
