package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaFileObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compile-time detection of model changes that no revision captures (issue: the forgotten migration). */
class DriftTest {

    private static final JavaFileObject EQUITIES = Sources.database("com.optionsdeep.equities", "equities");

    private static final JavaFileObject COMPANY = company("");

    private static final JavaFileObject COMPANY_WITH_SYMBOL_TYPE = company("""
                @Column(name = "stock_symbol_type", length = 20)
                private String stockSymbolType;
            """);

    @TempDir
    Path revisions;

    @Test
    void aModelThatMatchesItsHeadRevisionCompilesQuietly() throws IOException {
        recordHead("equities", "ae1027a6acf3", EQUITIES, COMPANY);
        assertThat(compile(false, EQUITIES, COMPANY)).succeededWithoutWarnings();
    }

    @Test
    void anAddedColumnIsReportedAtItsEntityWithTheCommandThatCapturesIt() throws IOException {
        recordHead("equities", "ae1027a6acf3", EQUITIES, COMPANY);
        Compilation compilation = compile(false, EQUITIES, COMPANY_WITH_SYMBOL_TYPE);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        // One warning; its lines are checked one by one, as javac may re-indent the lines of a message.
        for (String line : List.of(
                "[MIGRATE-301] Company (table companies) differs from head revision ae1027a6acf3 of database equities,"
                        + " and no revision captures it:",
                "- add column companies.stock_symbol_type character varying(20) null",
                "Capture it: mvn migrate:revision -Dmessage=\"…\" -Ddatabase=equities")) {
            assertThat(compilation).hadWarningContaining(line)
                    .inFile(COMPANY_WITH_SYMBOL_TYPE).onLineContaining("@Entity");
        }
    }

    /** The entity left out of an incomplete model is not "dropped": the comparison waits for a complete model. */
    @Test
    void anIncompleteModelIsNotComparedAndSaysWhy() throws IOException {
        recordHead("equities", "ae1027a6acf3", EQUITIES, COMPANY);
        JavaFileObject unmappable = company("""
                    @org.hibernate.annotations.PartitionKey private Integer one;
                """);
        Compilation compilation = compile(false, EQUITIES, unmappable);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[MIGRATE-104] @PartitionKey on Company.one");
        assertThat(compilation).hadNoteContaining("[MIGRATE-301] database equities is not compared with its revisions:"
                + " its model is incomplete (1 problem above). Fix or exclude them first");
        for (javax.tools.Diagnostic<? extends JavaFileObject> d : compilation.warnings()) {
            org.junit.jupiter.api.Assertions.assertFalse(d.getMessage(null).contains("MIGRATE-301"), d.getMessage(null));
        }
    }

    @Test
    void aHintedRenameIsReportedAsTheRenameTheRevisionWillWrite() throws IOException {
        JavaFileObject withSector = company("""
                    @Column(length = 100) private String sector;
                """);
        recordHead("equities", "ae1027a6acf3", EQUITIES, withSector);
        JavaFileObject renamed = company("""
                    @dev.optionsdeep.migrate.RenamedFrom("sector")
                    @Column(name = "industry_sector", length = 100) private String sector;
                """);
        Compilation compilation = compile(false, EQUITIES, renamed);

        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining("- rename column companies.sector to industry_sector")
                .inFile(renamed).onLineContaining("@Entity");
        for (javax.tools.Diagnostic<? extends JavaFileObject> d : compilation.warnings()) {
            org.junit.jupiter.api.Assertions.assertFalse(d.getMessage(null).contains("drop column"), d.getMessage(null));
        }
    }

    @Test
    void strictModeMakesItAnError() throws IOException {
        recordHead("equities", "ae1027a6acf3", EQUITIES, COMPANY);
        Compilation compilation = compile(true, EQUITIES, COMPANY_WITH_SYMBOL_TYPE);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[MIGRATE-301] Company (table companies) differs from head revision")
                .inFile(COMPANY_WITH_SYMBOL_TYPE).onLineContaining("@Entity");
    }

    @Test
    void aDatabaseWithoutRevisionsIsReportedAtItsPackage() {
        Compilation compilation = compile(false, EQUITIES, COMPANY);
        assertThat(compilation).hadWarningContaining("[MIGRATE-301] database equities has no revision yet, so nothing"
                        + " creates its 1 table. Create the first revision: mvn migrate:revision -Dmessage=\"Create tables\""
                        + " -Ddatabase=equities")
                .inFile(EQUITIES).onLineContaining("package com.optionsdeep.equities");
    }

    @Test
    void aRemovedEntityIsReportedAtTheDatabasePackage() throws IOException {
        JavaFileObject strategy = Sources.source("com.optionsdeep.equities.Watchlist", """
                package com.optionsdeep.equities;
                import jakarta.persistence.*;
                @Entity @Table(name = "watchlists")
                public class Watchlist { @Id private Long id; }
                """);
        recordHead("equities", "ae1027a6acf3", EQUITIES, COMPANY, strategy);
        Compilation compilation = compile(false, EQUITIES, COMPANY);
        assertThat(compilation).hadWarningContaining("[MIGRATE-301] table watchlists differs from head revision ae1027a6acf3"
                        + " of database equities, and no revision captures it:")
                .inFile(EQUITIES).onLineContaining("package com.optionsdeep.equities");
        assertThat(compilation).hadWarningContaining("- drop table watchlists");
    }

    @Test
    void aMergeConflictInTheHeadRecordMeansSeveralHeads() throws IOException {
        recordHead("equities", "ae1027a6acf3", EQUITIES, COMPANY);
        Files.writeString(headFile("equities"), """
                # The head revision of database equities, rewritten by migrate:revision.
                <<<<<<< HEAD
                b4f2e8c9d120 V20261124_040000_AddSector
                =======
                c0ffee000001 V20261124_040100_AddIndustry
                >>>>>>> feature/industry
                """);
        assertThat(compile(true, EQUITIES, COMPANY)).hadErrorContaining("[MIGRATE-302] the HEAD record of database equities"
                + " has a merge conflict: two branches each added a revision, so the database has several heads. Merge the"
                + " heads: mvn migrate:merge -Dmessage=\"Merge heads\" -Ddatabase=equities");
    }

    @Test
    void severalHeadsAmongTheRevisionClassesAreReportedAtEachHead() throws IOException {
        recordHead("equities", "ae1027a6acf3", EQUITIES, COMPANY);
        JavaFileObject base = revision("V1_Base", "aaaaaaaaaaa1", "");
        JavaFileObject left = revision("V2_Left", "bbbbbbbbbbb2", "aaaaaaaaaaa1");
        JavaFileObject right = revision("V3_Right", "ccccccccccc3", "aaaaaaaaaaa1");

        Compilation compilation = compile(false, EQUITIES, COMPANY, base, left, right);
        for (JavaFileObject head : List.of(left, right)) {
            assertThat(compilation).hadWarningContaining("[MIGRATE-302] database equities has several heads (bbbbbbbbbbb2,"
                    + " ccccccccccc3): upgrade cannot tell which to apply. Merge them: mvn migrate:merge").inFile(head);
        }
        // Without their common parent in the compilation, nothing can be judged, and nothing is said.
        assertThat(compile(false, EQUITIES, COMPANY, left, right)).succeededWithoutWarnings();
    }

    @Test
    void withSeveralHeadsTheOtherBranchsChangesAreNotCalledUncaptured() throws IOException {
        // The head record names one head; the column was captured on the other branch.
        recordHead("equities", "ae1027a6acf3", EQUITIES, COMPANY);
        JavaFileObject base = revision("V1_Base", "aaaaaaaaaaa1", "");
        JavaFileObject left = revision("V2_Left", "bbbbbbbbbbb2", "aaaaaaaaaaa1");
        JavaFileObject right = revision("V3_Right", "ccccccccccc3", "aaaaaaaaaaa1");

        Compilation compilation = compile(false, EQUITIES, COMPANY_WITH_SYMBOL_TYPE, base, left, right);
        assertThat(compilation).hadWarningContaining("[MIGRATE-302] database equities has several heads");
        assertTrue(compilation.warnings().stream().noneMatch(w -> w.getMessage(null).contains("[MIGRATE-301]")),
                compilation.warnings().toString());
        assertThat(compilation).hadNoteContaining("[MIGRATE-301] database equities is not compared with its revisions"
                + " while it has several heads");
    }

    @Test
    void anUnreadableOrNewerHeadSnapshotIsReported() throws IOException {
        recordHead("equities", "ae1027a6acf3", EQUITIES, COMPANY);
        Files.writeString(snapshotFile("equities", "V1_Initial"), "{\"format\": 9, \"database\": \"equities\", \"tables\": []}");
        assertThat(compile(false, EQUITIES, COMPANY)).hadWarningContaining("[MIGRATE-303] the snapshot of head revision"
                + " ae1027a6acf3 of database equities cannot be read: V1_Initial.schema.json: written by a newer Migrate"
                + " (snapshot format 9; this version reads up to " + dev.optionsdeep.migrate.snapshot.SnapshotCodec.FORMAT + ")");
    }

    @Test
    void anEntityInNoDatabaseWhileOthersAreAssignedIsAnError() {
        JavaFileObject stray = Sources.source("com.optionsdeep.misc.Note", """
                package com.optionsdeep.misc;
                import jakarta.persistence.*;
                @Entity public class Note { @Id private Long id; }
                """);
        Compilation compilation = compile(true, EQUITIES, COMPANY, stray);
        assertThat(compilation).hadErrorContaining("[MIGRATE-118] @Entity Note belongs to no database, while other entities"
                + " are assigned one with @Database. Put @Database(\"…\") on package-info.java of com.optionsdeep.misc or of a"
                + " parent package").inFile(stray).onLineContaining("@Entity");
    }

    private Compilation compile(boolean strict, JavaFileObject... sources) {
        List<String> options = new ArrayList<>(List.of("-Amigrate.revisions=" + revisions));
        if (strict) {
            options.add("-Amigrate.strict=true");
        }
        return Compiler.javac().withProcessors(new EntityProcessor()).withOptions(options).compile(sources);
    }

    /** Writes what migrate:revision would: the model of {@code sources} as the snapshot of head revision {@code id}. */
    private void recordHead(String database, String id, JavaFileObject... sources) throws IOException {
        String snapshot = Sources.snapshot(Sources.compileStrict(sources), database);
        Files.createDirectories(headFile(database).getParent());
        Files.writeString(snapshotFile(database, "V1_Initial"), snapshot);
        Files.writeString(headFile(database), "# head\n" + id + " V1_Initial\n");
    }

    private Path headFile(String database) {
        return revisions.resolve("db/migration/" + database + "/HEAD");
    }

    private Path snapshotFile(String database, String className) {
        return revisions.resolve("db/migration/" + database + "/" + className + ".schema.json");
    }

    private static JavaFileObject revision(String className, String id, String parent) {
        return Sources.source("db.migration.equities." + className, """
                package db.migration.equities;
                import dev.optionsdeep.migrate.migration.*;
                @Revision(id = "%s", parents = {%s}, message = "m")
                public final class %s implements Migration {
                    public void upgrade(Operations ops) { }
                    public void downgrade(Operations ops) { }
                }
                """.formatted(id, parent.isEmpty() ? "" : "\"" + parent + "\"", className));
    }

    private static JavaFileObject company(String extra) {
        return Sources.source("com.optionsdeep.equities.Company", """
                package com.optionsdeep.equities;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "companies")
                public class Company {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
                    @Column(nullable = false, length = 20) private String ticker;
                %s}
                """.formatted(extra));
    }
}
