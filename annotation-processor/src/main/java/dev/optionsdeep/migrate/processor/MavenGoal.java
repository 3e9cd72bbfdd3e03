package dev.optionsdeep.migrate.processor;

import java.util.Arrays;

/**
 * Which Maven goal the compilation serves, read from the command line of the JVM javac runs in (Maven
 * compiles in its own JVM unless told to fork). {@code migrate:revision} compiles the project in
 * order to capture the model's changes: telling the user to capture them, while that very command
 * does, is noise.
 */
final class MavenGoal {

    private MavenGoal() {
    }

    /** True when the command line runs {@code migrate:revision} (or the plugin's fully named revision goal). */
    static boolean isRevision(String javaCommand) {
        if (javaCommand == null) {
            return false;
        }
        return Arrays.stream(javaCommand.split("\\s+"))
                .anyMatch(t -> t.equals("migrate:revision") || t.matches("dev\\.optionsdeep\\.migrate:migrate-maven-plugin(:[^:]+)?:revision"));
    }

    /** For this JVM: {@link #isRevision(String)} of its {@code sun.java.command}. */
    static boolean isRevision() {
        return isRevision(System.getProperty("sun.java.command"));
    }
}
