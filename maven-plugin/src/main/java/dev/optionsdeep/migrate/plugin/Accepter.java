package dev.optionsdeep.migrate.plugin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Who accepts a revision's changed code, as the history records it: the OS user, and the git user when known. */
final class Accepter {

    private Accepter() {
    }

    static String describe(Path projectDirectory) {
        String user = System.getProperty("user.name", "unknown");
        String name = git(projectDirectory, "user.name");
        String email = git(projectDirectory, "user.email");
        if (name == null && email == null) {
            return user;
        }
        return user + " (git: " + (name == null ? "" : name) + (email == null ? "" : (name == null ? "<" : " <") + email + ">") + ")";
    }

    /** A git setting as the project's checkout sees it; null when git is missing or the setting is not set. */
    private static String git(Path directory, String key) {
        try {
            Process p = new ProcessBuilder("git", "config", "--get", key).directory(directory.toFile())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(5, TimeUnit.SECONDS) || p.exitValue() != 0 || out.isEmpty()) {
                return null;
            }
            return out;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
