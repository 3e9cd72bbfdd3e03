package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;

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

    static String snapshot(Compilation compilation, String database) {
        try {
            return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "",
                    "META-INF/migrate/" + database + ".schema.json").orElseThrow().getCharContent(false).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
