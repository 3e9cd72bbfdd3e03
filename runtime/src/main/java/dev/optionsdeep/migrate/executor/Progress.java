package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.Log;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * While one statement runs: a line every few seconds with the time it has taken so far, so that a
 * step that runs for minutes (an index on a large table) does not look hung. Opening and closing
 * one only adds it to and removes it from a set: one daemon thread looks at the open ones twice
 * a second while any is open, and stops after two seconds without any: a line is due every few
 * seconds, so it comes at most half a second late, and ten sweeps a second cost that thread 30 to 60
 * ms of CPU per apply of 1000 revisions (at a load of 12 to 25). (A thread, or even a timer task, per
 * statement cost more client CPU than the statement's round trip.)
 */
final class Progress implements AutoCloseable {

    static final Duration EVERY = Duration.ofSeconds(5);

    private static final long SWEEP_MS = 500;
    private static final int IDLE_SWEEPS = 4;
    private static final Set<Progress> OPEN = ConcurrentHashMap.newKeySet();
    private static final ScheduledThreadPoolExecutor TIMER = timer();
    private static final Object LOCK = new Object();
    /** The sweeps while any statement runs; null when none is scheduled. Guarded by LOCK. */
    private static ScheduledFuture<?> sweeps;
    private static int idle;

    private final Log log;
    private final String what;
    private final long start = System.nanoTime();
    private final long every;
    private volatile long due;

    /** Starts printing {@code <what>: <n> s so far} every {@code every}; {@link #close()} stops. */
    Progress(Log log, String what, Duration every) {
        this.log = log;
        this.what = what;
        this.every = every.toNanos();
        this.due = start + this.every;
        OPEN.add(this);
        synchronized (LOCK) {
            if (sweeps == null) {
                sweeps = TIMER.scheduleWithFixedDelay(Progress::sweep, SWEEP_MS, SWEEP_MS, TimeUnit.MILLISECONDS);
            }
        }
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread t = new Thread(task, "migrate-progress");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        timer.setKeepAliveTime(1, TimeUnit.MINUTES);
        timer.allowCoreThreadTimeOut(true);
        return timer;
    }

    /** Prints for each open statement that is due, and stops the sweeps once none has been open for a while. */
    private static void sweep() {
        long now = System.nanoTime();
        for (Progress p : OPEN) {
            if (now - p.due >= 0) {
                p.due = now + p.every;
                p.tick();
            }
        }
        synchronized (LOCK) {
            idle = OPEN.isEmpty() ? idle + 1 : 0;
            if (idle >= IDLE_SWEEPS) {
                sweeps.cancel(false);
                sweeps = null;
                idle = 0;
            }
        }
    }

    void tick() {
        log.info("  still running " + what + ": " + Duration.ofNanos(System.nanoTime() - start).toSeconds() + " s so far");
    }

    @Override
    public void close() {
        OPEN.remove(this);
    }
}
