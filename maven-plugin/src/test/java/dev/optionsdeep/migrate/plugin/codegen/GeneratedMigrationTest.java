package dev.optionsdeep.migrate.plugin.codegen;

import dev.optionsdeep.migrate.change.CreateIndex;
import dev.optionsdeep.migrate.change.CreateTable;
import dev.optionsdeep.migrate.change.ExecuteSql;
import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.Revision;
import dev.optionsdeep.migrate.plugin.codegen.support.InMemoryCompiler;
import dev.optionsdeep.migrate.plugin.codegen.support.SampleRevisions;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A generated migration compiles without warnings, and running it replays exactly the changes it
 * was generated from: the source is a faithful rendering, not just a plausible-looking one.
 */
class GeneratedMigrationTest {

    static List<RevisionSpec> revisions() {
        return SampleRevisions.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("revisions")
    void upgradeReplaysTheChangesItWasGeneratedFrom(RevisionSpec spec) {
        Migration migration = compile(spec);

        assertEquals(spec.upgrade(), Operations.stepsOf(migration, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("revisions")
    void downgradeReplaysTheChangesItWasGeneratedFrom(RevisionSpec spec) {
        Migration migration = compile(spec);

        assertEquals(spec.downgrade(), Operations.stepsOf(migration, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("revisions")
    void revisionAnnotationCarriesIdParentsLabelsDependenciesMessageAndCreatedTime(RevisionSpec spec) {
        Class<? extends Migration> type = compile(spec).getClass();
        Revision revision = type.getAnnotation(Revision.class);

        assertEquals(spec.revisionId(), revision.id());
        assertArrayEquals(spec.parents().toArray(String[]::new), revision.parents());
        assertArrayEquals(spec.branchLabels().toArray(String[]::new), revision.branchLabels());
        assertArrayEquals(spec.dependsOn().toArray(String[]::new), revision.dependsOn());
        assertEquals(spec.message(), revision.message());
        assertEquals(spec.created().truncatedTo(ChronoUnit.SECONDS), Instant.parse(revision.created()));
        assertTrue(Modifier.isPublic(type.getModifiers()) && Modifier.isFinal(type.getModifiers()));
    }

    /** JavaPoet breaks lines at U+2028 and U+2029 without escaping them; every literal must survive them. */
    @Test
    void lineAndParagraphSeparatorsSurviveInEveryString() {
        String odd = "odd\u2028name\u2029";
        Table table = new Table(odd, List.of(new Column(odd, "text\u2028", false, false)),
                new PrimaryKey(odd + "pkey", List.of(odd)), List.of(), List.of());
        RevisionSpec spec = new RevisionSpec("example", "V20270101_000000_Separators", "\u2029abc",
                List.of("\u2028"), "first\u2028second\u2029", Instant.parse("2027-01-01T00:00:00Z"),
                List.of(new CreateTable(table), new CreateIndex(odd, new Index(odd, List.of(odd), false))),
                List.of(new ExecuteSql("\u2028SELECT 1\u2029")));

        Migration migration = compile(spec);

        assertEquals(spec.upgrade(), Operations.stepsOf(migration, true));
        assertEquals(spec.downgrade(), Operations.stepsOf(migration, false));
        Revision revision = migration.getClass().getAnnotation(Revision.class);
        assertEquals(spec.message(), revision.message());
        assertEquals(spec.revisionId(), revision.id());
        assertArrayEquals(new String[] {"\u2028"}, revision.parents());
    }

    private static Migration compile(RevisionSpec spec) {
        return InMemoryCompiler.instantiate(spec.qualifiedClassName(), MigrationSource.render(spec), Migration.class);
    }
}
