package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.Log;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * While one statement runs: a line every few seconds with the time it has taken so far, so that a
 * step that runs for minutes (an index on a large table) does not look hung.
 */
final class Progress implements AutoCloseable {

    static final Duration EVERY = Duration.ofSeconds(5);

    private final Log log;
    private final String what;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService timer;

    /** Starts printing {@code <what>: <n> s so far} every {@code every}; {@link #close()} stops. */
    Progress(Log log, String what, Duration every) {
        this.log = log;
        this.what = what;
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "migrate-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::tick, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void tick() {
        log.info("  still running " + what + ": " + Duration.ofNanos(System.nanoTime() - start).toSeconds() + " s so far");
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
