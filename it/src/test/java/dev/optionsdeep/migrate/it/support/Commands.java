package dev.optionsdeep.migrate.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Other tools a user runs beside Maven, git and psql, run the way the user runs them. */
public final class Commands {

    /** What a command printed (standard output and error together) and how it ended. */
    public record Result(int exitCode, String output) {

        public Result assertSuccess() {
            if (exitCode != 0) {
                throw new AssertionError("exit " + exitCode + ":\n" + output);
            }
            return this;
        }
    }

    private Commands() {
    }

    /** {@code git <arguments>} in {@code directory}, with a fixed author so that commits need no setup. */
    public static Result git(Path directory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.com",
                "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(arguments));
        return run(directory, command, Map.of());
    }

    /** Runs an SQL file against a database of the tests' server as a DBA would: psql, stopping at the first error. */
    public static Result psql(String database, Path file) throws IOException, InterruptedException {
        return run(file.getParent(), List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", Postgres.HOST,
                "-p", Postgres.PORT, "-U", Postgres.USER, "-d", database, "-f", file.toString()),
                Map.of("PGPASSWORD", Postgres.PASSWORD));
    }

    private static Result run(Path directory, List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        pb.environment().putAll(environment);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), output);
    }
}
