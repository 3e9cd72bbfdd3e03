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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An IDE or an incremental build recompiles only the sources that changed, into a class output that
 * holds the rest. The processor must still see every entity: no false "dropped table", and the same
 * snapshot as a full build.
 */
class PartialCompilationTest {

    @TempDir
    Path dir;

    private Path src;
    private Path out;
    private Path revisions;

    @BeforeEach
    void fullBuildRecordedAsHeadRevision() throws IOException {
        src = Files.createDirectories(dir.resolve("src"));
        out = Files.createDirectories(dir.resolve("out"));
        revisions = Files.createDirectories(dir.resolve("revisions/db/migration/equities"));
        write("com/optionsdeep/equities/package-info.java", "@dev.optionsdeep.migrate.Database(\"equities\")\npackage com.optionsdeep.equities;\n");
        write("com/optionsdeep/equities/Company.java", company(""));
        write("com/optionsdeep/equities/Watchlist.java", """
                package com.optionsdeep.equities;
                import jakarta.persistence.*;
                @Entity @Table(name = "watchlists")
                public class Watchlist { @Id private Long id; @Column(length = 40) private String name; }
                """);
        List<String> warnings = compile("com/optionsdeep/equities/package-info.java", "com/optionsdeep/equities/Company.java",
                "com/optionsdeep/equities/Watchlist.java");
        assertTrue(warnings.stream().anyMatch(w -> w.contains("database equities has no revision yet")), warnings.toString());
        // What migrate:revision would record: this model as the head revision's snapshot.
        Files.copy(snapshot(), revisions.resolve("V1_Initial.schema.json"));
        Files.writeString(revisions.resolve("HEAD"), "aaaaaaaaaaa1 V1_Initial\n");
    }

    @Test
    void recompilingOneUnchangedEntityReportsNothingAndKeepsTheOthers() throws IOException {
        String full = Files.readString(snapshot());

        List<String> warnings = compile("com/optionsdeep/equities/Company.java");

        assertEquals(List.of(), warnings);
        assertEquals(full, Files.readString(snapshot()), "the snapshot of a partial build equals the full build's");
        assertTrue(Files.readString(out.resolve("META-INF/migrate/entities")).contains("com.optionsdeep.equities.Watchlist"));
    }

    @Test
    void recompilingOneChangedEntityReportsOnlyItsChange() throws IOException {
        write("com/optionsdeep/equities/Company.java", company("    @Column(length = 20) private String sector;\n"));

        List<String> warnings = compile("com/optionsdeep/equities/Company.java");

        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("Company (table companies) differs from head revision aaaaaaaaaaa1"), warnings.get(0));
        assertTrue(warnings.get(0).contains("add column companies.sector character varying(20) null"), warnings.get(0));
        assertTrue(Files.readString(snapshot()).contains("\"watchlists\""));
    }

    @Test
    void anEntityWhoseClassIsGoneIsDroppedFromTheModel() throws IOException {
        Files.delete(src.resolve("com/optionsdeep/equities/Watchlist.java"));
        Files.delete(out.resolve("com/optionsdeep/equities/Watchlist.class"));

        List<String> warnings = compile("com/optionsdeep/equities/Company.java");

        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("drop table watchlists"), warnings.get(0));
        assertTrue(!Files.readString(snapshot()).contains("\"watchlists\""));
    }

    @Test
    void recompilingOnlyAnEmbeddableUpdatesTheEntitiesThatEmbedIt() throws IOException {
        write("com/optionsdeep/equities/Listing.java", """
                package com.optionsdeep.equities;
                import jakarta.persistence.*;
                @Entity @Table(name = "listings")
                public class Listing { @Id private Long id; private Venue venue; }
                """);
        write("com/optionsdeep/equities/Venue.java", """
                package com.optionsdeep.equities;
                import jakarta.persistence.*;
                @Embeddable
                public class Venue { @Column(length = 10) private String mic; }
                """);
        compile("com/optionsdeep/equities/Listing.java", "com/optionsdeep/equities/Venue.java");
        write("com/optionsdeep/equities/Venue.java", """
                package com.optionsdeep.equities;
                import jakarta.persistence.*;
                @Embeddable
                public class Venue { @Column(length = 10) private String mic; @Column(length = 2) private String country; }
                """);

        compile("com/optionsdeep/equities/Venue.java");

        String snapshot = Files.readString(snapshot());
        assertTrue(snapshot.contains("\"country\""), snapshot);
        assertTrue(snapshot.contains("\"watchlists\""), snapshot);
    }

    @Test
    void anUnchangedAutoApplyConverterStillAppliesWhenOnlyTheEntityIsRecompiled() throws IOException {
        write("com/optionsdeep/equities/Money.java", """
                package com.optionsdeep.equities;
                public record Money(long cents) {}
                """);
        write("com/optionsdeep/equities/MoneyConverter.java", """
                package com.optionsdeep.equities;
                import jakarta.persistence.*;
                @Converter(autoApply = true)
                public class MoneyConverter implements AttributeConverter<Money, Long> {
                    public Long convertToDatabaseColumn(Money m) { return m == null ? null : m.cents(); }
                    public Money convertToEntityAttribute(Long c) { return c == null ? null : new Money(c); }
                }
                """);
        write("com/optionsdeep/equities/Company.java", company("    private Money marketCap;\n"));
        compile("com/optionsdeep/equities/Money.java", "com/optionsdeep/equities/MoneyConverter.java",
                "com/optionsdeep/equities/Company.java");
        String full = Files.readString(snapshot());
        assertTrue(full.contains("\"name\": \"marketcap\",\n          \"type\": \"bigint\""), full);

        compile("com/optionsdeep/equities/Company.java");

        assertEquals(full, Files.readString(snapshot()), "the converter applies without being recompiled");
    }

    @Test
    void recompilingAnEntityThatReferencesAnUnchangedOneKeepsItsForeignKey() throws IOException {
        write("com/optionsdeep/equities/Listing.java", """
                package com.optionsdeep.equities;
                import jakarta.persistence.*;
                @Entity @Table(name = "listings")
                public class Listing { @Id private Long id; @ManyToOne(optional = false) private Company company; }
                """);
        compile("com/optionsdeep/equities/Listing.java");
        String full = Files.readString(snapshot());
        assertTrue(full.contains("listings_company_id_fkey"), full);

        // Only Listing is recompiled: Company is read from its class file, and its key still gives the column's type.
        compile("com/optionsdeep/equities/Listing.java");

        assertEquals(full, Files.readString(snapshot()), "the snapshot of a partial build equals the full build's");
    }

    @Test
    void recompilingOnlyASingleTableSubclassRebuildsTheSharedTableFromTheClassFiles() throws IOException {
        write("com/optionsdeep/equities/Order.java", """
                package com.optionsdeep.equities;
                import jakarta.persistence.*;
                @Entity @Table(name = "orders") @org.hibernate.annotations.Check(constraints = "quantity > 0")
                public class Order { @Id private Long id; private int quantity; private Side side; }
                """);
        write("com/optionsdeep/equities/Side.java", """
                package com.optionsdeep.equities;
                public enum Side { BUY, SELL }
                """);
        write("org/hibernate/annotations/Check.java", """
                package org.hibernate.annotations;
                import java.lang.annotation.*;
                /** Stands in for Hibernate's @Check, which the processor reads by name. */
                @Retention(RetentionPolicy.RUNTIME)
                public @interface Check { String constraints(); }
                """);
        write("com/optionsdeep/equities/LimitOrder.java", """
                package com.optionsdeep.equities;
                import jakarta.persistence.*;
                @Entity
                public class LimitOrder extends Order { @Enumerated(EnumType.STRING) private Side limitSide; }
                """);
        compile("com/optionsdeep/equities/Order.java", "com/optionsdeep/equities/Side.java",
                "org/hibernate/annotations/Check.java", "com/optionsdeep/equities/LimitOrder.java");
        write("com/optionsdeep/equities/LimitOrder.java", """
                package com.optionsdeep.equities;
                import jakarta.persistence.*;
                @Entity
                public class LimitOrder extends Order { @Enumerated(EnumType.STRING) private Side limitSide; private int tick; }
                """);

        compile("com/optionsdeep/equities/LimitOrder.java");

        // The root, its enum and its @Check come from class files now; the subclass brings its new check.
        String snapshot = Files.readString(snapshot());
        for (String expression : List.of("side between 0 and 1", "limitside in ('BUY','SELL')",
                "dtype in ('Order','LimitOrder')", "quantity > 0", "dtype <> 'LimitOrder' or (tick is not null)")) {
            assertTrue(snapshot.contains("\"expression\": \"" + expression + "\""), expression + " in " + snapshot);
        }
    }

    /** Compiles these sources into {@code out}, with {@code out} on the class path as IDEs do; returns the warnings. */
    private List<String> compile(String... files) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = manager.getJavaFileObjectsFromPaths(
                    List.of(files).stream().map(src::resolve).toList());
            List<String> options = List.of("-d", out.toString(),
                    "-classpath", out + File.pathSeparator + System.getProperty("java.class.path"),
                    "-Amigrate.revisions=" + dir.resolve("revisions"), "-implicit:none");
            JavaCompiler.CompilationTask task = javac.getTask(null, manager, diagnostics, options, null, units);
            task.setProcessors(List.of(new EntityProcessor()));
            boolean ok = task.call();
            assertTrue(ok, diagnostics.getDiagnostics().toString());
        }
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
                .map(d -> d.getMessage(null)).toList();
    }

    private Path snapshot() {
        return out.resolve("META-INF/migrate/equities.schema.json");
    }

    private void write(String relative, String text) throws IOException {
        Path file = src.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String company(String extra) {
        return """
                package com.optionsdeep.equities;
                import jakarta.persistence.*;
                @Entity @Table(name = "companies")
                public class Company {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
                    @Column(nullable = false, length = 20) private String ticker;
                %s}
                """.formatted(extra);
    }
}
