package dev.optionsdeep.migrate.support;

import dev.optionsdeep.migrate.Log;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/** A log that keeps its lines, warnings prefixed with {@code WARN }, for tests to read while a run goes on. */
public final class RecordingLog implements Log {

    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void info(String message) {
        lines.add(message);
    }

    @Override
    public void warn(String message) {
        lines.add("WARN " + message);
    }

    /** The lines so far, a copy. */
    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** How many lines so far match. */
    public long count(Predicate<String> line) {
        return lines().stream().filter(line).count();
    }

    /** Waits up to 30 s until {@code occurrence} lines match. */
    public void await(Predicate<String> line, int occurrence) throws InterruptedException {
        for (int i = 0; i < 15_000; i++) {
            if (count(line) >= occurrence) {
                return;
            }
            Thread.sleep(2);
        }
        throw new AssertionError("never logged: " + lines());
    }
}
