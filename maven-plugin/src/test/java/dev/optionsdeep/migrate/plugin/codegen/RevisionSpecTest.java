package dev.optionsdeep.migrate.plugin.codegen;

import dev.optionsdeep.migrate.change.Change;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RevisionSpecTest {

    private static final Instant CREATED = Instant.parse("2026-11-24T02:46:35Z");

    @Test
    void qualifiedClassNameJoinsPackageAndClass() {
        assertEquals("com.example.migrations.V1", spec("com.example.migrations", "V1").qualifiedClassName());
        assertEquals("V1", spec("", "V1").qualifiedClassName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1V", "class", "V-1", "V 1", "a.V"})
    void rejectsWhatIsNotAClassName(String className) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> spec("p", className));

        assertTrue(e.getMessage().contains("not a Java class name"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"com..example", "com.example.", "com.class", "com-example"})
    void rejectsWhatIsNotAPackageName(String packageName) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> spec(packageName, "V1"));

        assertTrue(e.getMessage().contains("not a Java package name"), e.getMessage());
    }

    @Test
    void keepsItsOwnCopyOfTheLists() {
        List<String> parents = new ArrayList<>(List.of("abc"));
        List<Change> upgrade = new ArrayList<>();
        RevisionSpec spec = new RevisionSpec("p", "V1", "id", parents, "m", CREATED, upgrade, List.of());

        parents.add("def");

        assertEquals(List.of("abc"), spec.parents());
        assertThrows(UnsupportedOperationException.class, () -> spec.upgrade().add(null));
    }

    private static RevisionSpec spec(String packageName, String className) {
        return new RevisionSpec(packageName, className, "0123456789ab", List.of(), "m", CREATED, List.of(), List.of());
    }
}
