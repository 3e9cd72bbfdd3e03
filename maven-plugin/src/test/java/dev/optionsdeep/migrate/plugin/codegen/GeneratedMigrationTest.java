package dev.optionsdeep.migrate.plugin.codegen;

import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.Revision;
import dev.optionsdeep.migrate.plugin.codegen.support.InMemoryCompiler;
import dev.optionsdeep.migrate.plugin.codegen.support.Revisions;
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
        return Revisions.all();
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
    void revisionAnnotationCarriesIdParentsMessageAndCreatedTime(RevisionSpec spec) {
        Class<? extends Migration> type = compile(spec).getClass();
        Revision revision = type.getAnnotation(Revision.class);

        assertEquals(spec.revisionId(), revision.id());
        assertArrayEquals(spec.parents().toArray(String[]::new), revision.parents());
        assertEquals(spec.message(), revision.message());
        assertEquals(spec.created().truncatedTo(ChronoUnit.SECONDS), Instant.parse(revision.created()));
        assertTrue(Modifier.isPublic(type.getModifiers()) && Modifier.isFinal(type.getModifiers()));
    }

    private static Migration compile(RevisionSpec spec) {
        return InMemoryCompiler.instantiate(spec.qualifiedClassName(), MigrationSource.render(spec), Migration.class);
    }
}
