package dev.optionsdeep.migrate.plugin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A module without entities, run alone: the failure names the dependency whose classes hold the model. */
class EntityModulesTest {

    @TempDir
    Path temp;

    @Test
    void namesTheReactorModuleOrJarThatHoldsTheModelAndNothingElse() throws Exception {
        Path own = Files.createDirectories(temp.resolve("app/target/classes/META-INF/migrate"));
        Files.writeString(own.resolve("entities"), "");
        Path domain = Files.createDirectories(temp.resolve("domain/target/classes/META-INF/migrate"));
        Files.writeString(domain.resolve("catalog.schema.json"), "{}");
        Path jar = temp.resolve("domain-1.0.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("META-INF/migrate/catalog.schema.json"));
            zip.closeEntry();
        }
        Path otherJar = temp.resolve("lib.jar");
        try (OutputStream out = Files.newOutputStream(otherJar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.closeEntry();
        }
        Path output = temp.resolve("app/target/classes");
        String classes = temp.resolve("domain/target/classes").toString();

        String advice = EntityModules.advice(List.of(output.toString(), classes, otherJar.toString()), output);
        assertTrue(advice.startsWith(" The entities are compiled in a dependency (" + classes + "): the goals run in the"
                + " module that has the @Entity classes"), advice);
        assertTrue(EntityModules.advice(List.of(jar.toString()), output).contains("(" + jar + ")"));
        assertEquals("", EntityModules.advice(List.of(output.toString(), otherJar.toString()), output));
    }
}
