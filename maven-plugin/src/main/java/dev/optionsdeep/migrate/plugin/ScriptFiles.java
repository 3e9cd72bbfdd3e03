package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.executor.Migrator;
import dev.optionsdeep.migrate.executor.SqlScript;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where {@code -Dsql} writes scripts: one file per database and move, named after both ends. */
final class ScriptFiles {

    static final String DIRECTORY = "migrate";

    private ScriptFiles() {
    }

    /**
     * Writes the script to {@code <build directory>/migrate/<database>-<direction>-<from>-<to>.sql},
     * replacing an older one of the same move.
     */
    static Path write(Path buildDirectory, SqlScript script) throws IOException {
        Path directory = buildDirectory.resolve(DIRECTORY);
        Files.createDirectories(directory);
        Path file = directory.resolve(script.database() + "-" + (script.upgrade() ? "upgrade" : "downgrade") + "-"
                + name(script.from()) + "-" + name(script.to()) + ".sql");
        Files.writeString(file, script.text(), StandardCharsets.UTF_8);
        return file;
    }

    /** The log line that tells where the script is and what it does. */
    static String summary(SqlScript script, Path file) {
        int n = script.moves().size();
        return script.database() + ": SQL script of the " + (script.upgrade() ? "upgrade " : "downgrade ")
                + Migrator.describe(script.from()) + " -> " + Migrator.describe(script.to()) + " (" + n + " revision"
                + (n == 1 ? "" : "s") + ") written to " + file.toAbsolutePath()
                + "\n    Review it, then run it: psql -v ON_ERROR_STOP=1 -f " + file.toAbsolutePath() + " <database>";
    }

    private static String name(java.util.List<String> revisions) {
        return revisions.isEmpty() ? "base" : String.join("+", revisions);
    }
}
