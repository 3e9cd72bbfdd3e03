package dev.optionsdeep.migrate.it.support;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What one Maven run did: its exit code and everything it printed. */
public record Build(String command, int exitCode, List<String> lines) {

    public Build {
        lines = List.copyOf(lines);
    }

    public String output() {
        return String.join("\n", lines);
    }

    /** Fails the calling test, showing the whole log, unless the build succeeded. */
    public Build assertSuccess() {
        if (exitCode != 0) {
            throw new AssertionError("mvn " + command + " failed (exit " + exitCode + "):\n" + output());
        }
        return this;
    }

    /** Fails the calling test, showing the whole log, unless the build failed. */
    public Build assertFailure() {
        if (exitCode == 0) {
            throw new AssertionError("mvn " + command + " should have failed but succeeded:\n" + output());
        }
        return this;
    }

    /** Fails unless some printed line contains {@code text}. */
    public Build assertPrinted(String text) {
        if (lines.stream().noneMatch(l -> l.contains(text))) {
            throw new AssertionError("mvn " + command + " did not print \"" + text + "\". It printed:\n" + output());
        }
        return this;
    }

    /** Fails if any printed line contains {@code text}. */
    public Build assertNotPrinted(String text) {
        lines.stream().filter(l -> l.contains(text)).findFirst().ifPresent(l -> {
            throw new AssertionError("mvn " + command + " printed \"" + text + "\" in: " + l);
        });
        return this;
    }

    /** The first group of {@code regex} in the first line it matches. */
    public String find(String regex) {
        Pattern p = Pattern.compile(regex);
        for (String line : lines) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("mvn " + command + " printed nothing matching " + regex + ":\n" + output());
    }
}
