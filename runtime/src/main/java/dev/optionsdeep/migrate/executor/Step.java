package dev.optionsdeep.migrate.executor;

import java.time.Duration;
import java.util.List;

/** One revision applied or reverted. */
public record Step(String revision, String direction, List<String> from, List<String> to, String message,
                   Duration duration) {

    public Step {
        from = List.copyOf(from);
        to = List.copyOf(to);
    }
}
