package dev.optionsdeep.migrate.processor;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Entities of a library jar, which the application's compilation never compiles, put into a database with
 * {@code @Database(include = …)}: the "library" is compiled into a class directory first, then the application
 * with it on the class path.
 */
class IncludedEntitiesTest {

    private static final String APP_PACKAGE_INFO = "com/optionsdeep/equities/package-info.java";

    @TempDir
    Path dir;

    private Path src;
    private Path lib;
    private Path out;

    @BeforeEach
    void compileTheLibrary() throws IOException {
        src = Files.createDirectories(dir.resolve("src"));
        lib = Files.createDirectories(dir.resolve("lib"));
        out = Files.createDirectories(dir.resolve("out"));
        write("org/example/audit/Audited.java", """
                package org.example.audit;
                import jakarta.persistence.*;
                @MappedSuperclass
                public abstract class Audited { @Column(length = 30) private String author; }
                """);
        write("org/example/audit/Where.java", """
                package org.example.audit;
                import jakarta.persistence.*;
                @Embeddable
                public class Where { @Column(length = 15) private String host; }
                """);
        write("org/example/audit/AuditEntry.java", """
                package org.example.audit;
                import jakarta.persistence.*;
                @Entity @Table(name = "audit_entries")
                public class AuditEntry extends Audited {
                    @Id private Long id; private Where origin;
                    @Lob @Column(length = 10000) private byte[] payload; // no effect (MIGRATE-201), not the user's to edit
                }
                """);
        write("org/example/util/Strings.java", "package org.example.util;\npublic final class Strings {}\n");
        compile(lib, List.of("-proc:none"), "org/example/audit/Audited.java", "org/example/audit/Where.java",
                "org/example/audit/AuditEntry.java", "org/example/util/Strings.java");
        write("com/optionsdeep/equities/Company.java", """
                package com.optionsdeep.equities;
                import jakarta.persistence.*;
                @Entity @Table(name = "companies")
                public class Company { @Id private Long id; @ManyToOne private org.example.audit.AuditEntry lastAudit; }
                """);
    }

    @Test
    void theIncludedEntitiesAreMappedAsIfCompiledHere() throws IOException {
        writePackageInfo("\"org.example.audit\"");

        List<String> warnings = compileApp(APP_PACKAGE_INFO, "com/optionsdeep/equities/Company.java");

        assertEquals(List.of(), warnings, "no MIGRATE-201 asking to edit the library's source");
        String snapshot = snapshot();
        assertTrue(snapshot.contains("\"name\": \"audit_entries\""), snapshot);
        assertTrue(snapshot.contains("\"name\": \"payload\""), snapshot);
        assertTrue(snapshot.contains("\"name\": \"author\""), "the mapped superclass's column: " + snapshot);
        assertTrue(snapshot.contains("\"name\": \"host\""), "the embeddable's column: " + snapshot);
        assertTrue(snapshot.contains("companies_last_audit_id_fkey") || snapshot.contains("lastaudit_id"), snapshot);
        String index = Files.readString(out.resolve("META-INF/migrate/entities"));
        assertFalse(index.contains("AuditEntry"), "a library entity is not one of this compilation's: " + index);
    }

    @Test
    void anIncrementalCompilationStillMapsTheIncludedEntities() throws IOException {
        writePackageInfo("\"org.example.audit\"");
        compileApp(APP_PACKAGE_INFO, "com/optionsdeep/equities/Company.java");
        String full = snapshot();

        List<String> warnings = compileApp("com/optionsdeep/equities/Company.java");

        assertEquals(List.of(), warnings);
        assertEquals(full, snapshot(), "the snapshot of a partial build equals the full build's");
    }

    /** The entity index keeps the {@code @Database} package, whose package-info.java is not recompiled. */
    @Test
    void aDatabaseOfLibraryEntitiesOnlySurvivesAnIncrementalCompilation() throws IOException {
        writePackageInfo("\"org.example.audit\"");
        write("com/optionsdeep/equities/Clock.java", "package com.optionsdeep.equities;\npublic class Clock {}\n");
        compileApp(APP_PACKAGE_INFO, "com/optionsdeep/equities/Clock.java");
        String full = snapshot();
        assertTrue(full.contains("\"name\": \"audit_entries\""), full);

        List<String> warnings = compileApp("com/optionsdeep/equities/Clock.java");

        assertEquals(List.of(), warnings);
        assertEquals(full, snapshot());
    }

    @Test
    void aPackageTwoDatabasesIncludeGoesToTheFirst() throws IOException {
        writePackageInfo("\"org.example.audit\"");
        write("com/optionsdeep/rates/package-info.java", "@dev.optionsdeep.migrate.Database(value = \"rates\","
                + " include = \"org.example.audit\")\npackage com.optionsdeep.rates;\n");

        List<String> warnings = compileApp(APP_PACKAGE_INFO, "com/optionsdeep/rates/package-info.java",
                "com/optionsdeep/equities/Company.java");

        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("[MIGRATE-208] package org.example.audit is included by @Database on"
                + " com.optionsdeep.equities already"), warnings.get(0));
        assertTrue(snapshot().contains("\"name\": \"audit_entries\""));
        assertFalse(Files.exists(out.resolve("META-INF/migrate/rates.schema.json")), "no entity in rates");
    }

    @Test
    void aPackageMissingOrWithoutEntitiesIsReportedWithTheFix() throws IOException {
        writePackageInfo("{\"org.example.audit\", \"org.example.missing\", \"org.example.util\", \"org.example\"}");

        List<String> warnings = compileApp(APP_PACKAGE_INFO, "com/optionsdeep/equities/Company.java");

        assertEquals(3, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("[MIGRATE-208] @Database include \"org.example.missing\" names a package"
                + " that is not on the class path"), warnings.get(0));
        assertTrue(warnings.get(1).contains("\"org.example.util\" names a package without @Entity classes"), warnings.get(1));
        assertTrue(warnings.get(2).contains("Name the package that holds the entity classes"), warnings.get(2));
        assertTrue(snapshot().contains("\"name\": \"audit_entries\""));
    }

    @Test
    void anIncludedPackageAlsoCompiledHereMapsEachEntityOnce() throws IOException {
        writePackageInfo("\"org.example.audit\"");
        write("org/example/audit/AuditNote.java", """
                package org.example.audit;
                import jakarta.persistence.*;
                @Entity @Table(name = "audit_notes")
                public class AuditNote { @Id private Long id; }
                """);
        write("org/example/audit/AuditEntry.java", """
                package org.example.audit;
                import jakarta.persistence.*;
                @Entity @Table(name = "audit_entries")
                public class AuditEntry extends Audited { @Id private Long id; private Where origin; }
                """);

        List<String> warnings = compileApp(APP_PACKAGE_INFO, "com/optionsdeep/equities/Company.java",
                "org/example/audit/AuditNote.java", "org/example/audit/AuditEntry.java");

        assertEquals(List.of(), warnings);
        String snapshot = snapshot();
        assertTrue(snapshot.contains("\"name\": \"audit_notes\""), snapshot);
        assertEquals(1, snapshot.split("\"name\": \"audit_entries\"", -1).length - 1, snapshot);
    }

    @Test
    void anEntityScanOfAPackageNeitherCompiledNorIncludedIsReported() throws IOException {
        writePackageInfo("{}");
        write("org/springframework/boot/persistence/autoconfigure/EntityScan.java", """
                package org.springframework.boot.persistence.autoconfigure;
                /** Stands in for Spring Boot 4's @EntityScan, which the processor reads by name. */
                public @interface EntityScan { String[] value() default {}; String[] basePackages() default {}; }
                """);
        write("com/optionsdeep/equities/App.java", """
                package com.optionsdeep.equities;
                @org.springframework.boot.persistence.autoconfigure.EntityScan(basePackages = {"com.optionsdeep", "org.example.audit"})
                public class App {}
                """);

        List<String> warnings = compileApp(APP_PACKAGE_INFO, "com/optionsdeep/equities/Company.java",
                "com/optionsdeep/equities/App.java", "org/springframework/boot/persistence/autoconfigure/EntityScan.java");

        warnings = warnings.stream().filter(w -> w.startsWith("[MIGRATE-209]")).toList();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("[MIGRATE-209] @EntityScan on App names package org.example.audit, whose"
                + " entities Hibernate maps but this compilation does not compile"), warnings.get(0));
        assertTrue(warnings.get(0).contains("Add include = \"org.example.audit\" to the @Database"), warnings.get(0));
        assertFalse(snapshot().contains("\"name\": \"audit_entries\""), "never mapped silently");
    }

    /** Axon's Spring Boot starter registers its entity packages itself, with no @EntityScan: the warning names them. */
    @Test
    void aPackageALibraryAutoConfigurationRegistersIsReportedUntilIncluded() throws IOException {
        write("org/axonframework/springboot/util/RegisterDefaultEntities.java", """
                package org.axonframework.springboot.util;
                /** Stands in for Axon's annotation, which the processor reads by name from the class file. */
                @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                public @interface RegisterDefaultEntities { String[] packages(); }
                """);
        write("org/axonframework/springboot/autoconfig/JpaAutoConfiguration.java", """
                package org.axonframework.springboot.autoconfig;
                @org.axonframework.springboot.util.RegisterDefaultEntities(packages = {"org.example.audit", "org.example.util"})
                public class JpaAutoConfiguration {}
                """);
        compile(lib, List.of("-proc:none"), "org/axonframework/springboot/util/RegisterDefaultEntities.java",
                "org/axonframework/springboot/autoconfig/JpaAutoConfiguration.java");
        writeCompanyAlone();
        writePackageInfo("{}");

        List<String> warnings = compileApp(APP_PACKAGE_INFO, "com/optionsdeep/equities/Company.java").stream()
                .filter(w -> w.startsWith("[MIGRATE-209]")).toList();

        assertEquals(1, warnings.size(), "org.example.util holds no entity, so nothing is said of it: " + warnings);
        assertEquals("[MIGRATE-209] org.axonframework.springboot.autoconfig.JpaAutoConfiguration (on the class path)"
                + " registers package org.example.audit for Hibernate, whose entities this compilation does not compile:"
                + " their tables would be missing from the snapshot. Add include = {\"org.example.audit\"} to the"
                + " @Database of the database they belong to", warnings.get(0));
        assertFalse(snapshot().contains("\"name\": \"audit_entries\""), "never mapped silently");

        writePackageInfo("\"org.example.audit\"");
        warnings = compileApp(APP_PACKAGE_INFO, "com/optionsdeep/equities/Company.java");
        assertEquals(List.of(), warnings.stream().filter(w -> w.startsWith("[MIGRATE-209]")).toList());
        assertTrue(snapshot().contains("\"name\": \"audit_entries\""), snapshot());
    }

    /** Spring Modulith's JPA event publication registers its entity's package through Spring Boot's annotation. */
    @Test
    void aPackageSpringModulithsAutoConfigurationRegistersIsReported() throws IOException {
        write("org/springframework/boot/autoconfigure/AutoConfigurationPackage.java", """
                package org.springframework.boot.autoconfigure;
                /** Stands in for Spring Boot's annotation, which the processor reads by name from the class file. */
                @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                public @interface AutoConfigurationPackage {
                    String[] basePackages() default {}; Class<?>[] basePackageClasses() default {};
                }
                """);
        write("org/springframework/modulith/events/jpa/JpaEventPublicationAutoConfiguration.java", """
                package org.springframework.modulith.events.jpa;
                @org.springframework.boot.autoconfigure.AutoConfigurationPackage(
                        basePackageClasses = org.example.audit.AuditEntry.class)
                public class JpaEventPublicationAutoConfiguration {}
                """);
        compile(lib, List.of("-proc:none", "-classpath", lib.toString()),
                "org/springframework/boot/autoconfigure/AutoConfigurationPackage.java",
                "org/springframework/modulith/events/jpa/JpaEventPublicationAutoConfiguration.java");
        writeCompanyAlone();
        writePackageInfo("{}");

        List<String> warnings = compileApp(APP_PACKAGE_INFO, "com/optionsdeep/equities/Company.java").stream()
                .filter(w -> w.startsWith("[MIGRATE-209]")).toList();

        assertEquals(List.of("[MIGRATE-209] org.springframework.modulith.events.jpa.JpaEventPublicationAutoConfiguration"
                + " (on the class path) registers package org.example.audit for Hibernate, whose entities this"
                + " compilation does not compile: their tables would be missing from the snapshot. Add include ="
                + " {\"org.example.audit\"} to the @Database of the database they belong to"), warnings);
    }

    /**
     * A library entity using a type the compile class path lacks (a runtime-scoped dependency of the library): javac
     * says nothing of a class file's missing type, so Migrate must, and still write the (incomplete) snapshot.
     */
    @Test
    void aLibraryEntityUsingATypeTheClassPathLacksIsLeftOutWithAReason() throws IOException {
        write("org/example/events/Kind.java", "package org.example.events;\npublic enum Kind { CREATED, DELETED }\n");
        write("org/example/events/Event.java", """
                package org.example.events;
                import jakarta.persistence.*;
                @Entity @Table(name = "events")
                public class Event { @Id private Long id; @Enumerated(EnumType.STRING) private Kind kind; }
                """);
        compile(lib, List.of("-proc:none"), "org/example/events/Kind.java", "org/example/events/Event.java");
        Files.delete(lib.resolve("org/example/events/Kind.class")); // in a jar only the runtime class path has
        writeCompanyAlone();
        writePackageInfo("\"org.example.events\"");

        List<String> warnings = compileApp(APP_PACKAGE_INFO, "com/optionsdeep/equities/Company.java");

        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("[MIGRATE-105] @Entity org.example.events.Event of an"
                + " included package uses a type the compile class path lacks")), warnings.toString());
        String snapshot = snapshot();
        assertTrue(snapshot.contains("\"name\": \"companies\""), "written, not given up on: " + snapshot);
        assertFalse(snapshot.contains("\"name\": \"events\""), snapshot);
        assertTrue(snapshot.contains("org.example.events.Event"), "the snapshot says what it lacks: " + snapshot);
    }

    /** Rare (the library then knows the application's class), and mapped as Hibernate maps it: a foreign key. */
    @Test
    void aLibraryEntityReferencingAnEntityOfTheApplicationGetsItsForeignKey() throws IOException {
        writePackageInfo("\"org.example.tags\"");
        writeCompanyAlone();
        write("org/example/tags/Tag.java", """
                package org.example.tags;
                import jakarta.persistence.*;
                @Entity @Table(name = "tags")
                public class Tag { @Id private Long id; @ManyToOne private com.optionsdeep.equities.Company company; }
                """);
        compile(lib, List.of("-proc:none", "-classpath", System.getProperty("java.class.path")),
                "org/example/tags/Tag.java", "com/optionsdeep/equities/Company.java");
        Files.delete(lib.resolve("com/optionsdeep/equities/Company.class")); // the application's, not the jar's

        List<String> warnings = compileApp(APP_PACKAGE_INFO, "com/optionsdeep/equities/Company.java");

        assertEquals(List.of(), warnings);
        String snapshot = snapshot();
        assertTrue(snapshot.contains("\"name\": \"tags\""), snapshot);
        assertTrue(snapshot.contains("\"referencedTable\": \"companies\""), snapshot);
    }

    /** The application's one entity, without the relationship to the library's entity the others start from. */
    private void writeCompanyAlone() throws IOException {
        write("com/optionsdeep/equities/Company.java", """
                package com.optionsdeep.equities;
                import jakarta.persistence.*;
                @Entity @Table(name = "companies")
                public class Company { @Id private Long id; }
                """);
    }

    private void writePackageInfo(String include) throws IOException {
        write(APP_PACKAGE_INFO, "@dev.optionsdeep.migrate.Database(value = \"equities\", include = " + include
                + ")\npackage com.optionsdeep.equities;\n");
    }

    private List<String> compileApp(String... files) throws IOException {
        return compile(out, List.of("-classpath", out + File.pathSeparator + lib + File.pathSeparator
                + System.getProperty("java.class.path"), "-implicit:none"), files);
    }

    /** Compiles these sources into {@code into} with the processor (unless told otherwise); returns the warnings. */
    private List<String> compile(Path into, List<String> extra, String... files) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = manager.getJavaFileObjectsFromPaths(
                    List.of(files).stream().map(src::resolve).toList());
            List<String> options = new ArrayList<>(List.of("-d", into.toString()));
            options.addAll(extra);
            JavaCompiler.CompilationTask task = javac.getTask(null, manager, diagnostics, options, null, units);
            task.setProcessors(List.of(new EntityProcessor()));
            assertTrue(task.call(), diagnostics.getDiagnostics().toString());
        }
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
                .map(d -> d.getMessage(null)).filter(m -> !m.contains("has no revision yet")).toList();
    }

    private String snapshot() throws IOException {
        return Files.readString(out.resolve("META-INF/migrate/equities.schema.json"));
    }

    private void write(String relative, String text) throws IOException {
        Path file = src.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
