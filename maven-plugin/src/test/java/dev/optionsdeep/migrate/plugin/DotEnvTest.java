package dev.optionsdeep.migrate.plugin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A .env file that is not UTF-8 is named with its line and the fix, instead of "Input length = 1". */
class DotEnvTest {

    @TempDir
    Path dir;

    @Test
    void aLatin1FileNamesTheFileTheLineTheByteAndTheFix() throws IOException {
        Path file = Files.write(dir.resolve(".env"), "ENVIRONMENT=local\n# prices in euros\nCITY=Zürich\n".getBytes(StandardCharsets.ISO_8859_1));

        ConfigurationException e = assertThrows(ConfigurationException.class, () -> DotEnv.read(file));

        assertEquals(file + " line 3 is not valid UTF-8: byte 0xFC cannot be read (the file was probably saved as Latin-1"
                + " or Windows-1252). Save the file as UTF-8, or write that line with ASCII characters only.", e.getMessage());
    }

    @Test
    void aUtf8FileWithAByteOrderMarkReadsItsFirstLine() throws IOException {
        Path file = Files.write(dir.resolve(".env"), "\uFEFFENVIRONMENT=dev\nCITY=Zürich\n".getBytes(StandardCharsets.UTF_8));

        DotEnv env = DotEnv.read(file);

        assertEquals("dev", env.get("ENVIRONMENT"));
        assertEquals("Zürich", env.get("CITY"));
    }
}
