package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.Log;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * While one statement runs: a line every few seconds with the time it has taken so far, so that a
 * step that runs for minutes (an index on a large table) does not look hung. One daemon thread
 * serves every statement (a thread per statement cost more client CPU than the statement's round
 * trip), and goes away after a minute without statements.
 */
final class Progress implements AutoCloseable {

    static final Duration EVERY = Duration.ofSeconds(5);

    private final Log log;
    private final String what;
    private final long start = System.nanoTime();
    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private final ScheduledFuture<?> ticks;

    /** Starts printing {@code <what>: <n> s so far} every {@code every}; {@link #close()} stops. */
    Progress(Log log, String what, Duration every) {
        this.log = log;
        this.what = what;
        ticks = TIMER.scheduleAtFixedRate(this::tick, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread t = new Thread(task, "migrate-progress");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true); // a statement's ticks leave the queue when it ends
        timer.setKeepAliveTime(1, TimeUnit.MINUTES);
        timer.allowCoreThreadTimeOut(true);
        return timer;
    }

    void tick() {
        log.info("  still running " + what + ": " + Duration.ofNanos(System.nanoTime() - start).toSeconds() + " s so far");
    }

    @Override
    public void close() {
        ticks.cancel(false);
    }
}
