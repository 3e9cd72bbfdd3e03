package dev.optionsdeep.migrate.processor;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Gradle runs an annotation processor incrementally only when the processor declares its category.
 * Ours aggregates every entity of a database into one snapshot: "aggregating", so that Gradle hands
 * it every entity again whenever one changes.
 */
class GradleIncrementalTest {

    @Test
    void theProcessorDeclaresItselfAggregating() throws IOException {
        try (InputStream in = EntityProcessor.class.getClassLoader()
                .getResourceAsStream("META-INF/gradle/incremental.annotation.processors")) {
            assertNotNull(in, "META-INF/gradle/incremental.annotation.processors is missing from the processor jar");
            assertEquals(EntityProcessor.class.getName() + ",aggregating",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        }
    }
}
