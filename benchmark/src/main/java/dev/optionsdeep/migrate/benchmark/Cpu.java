package dev.optionsdeep.migrate.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * CPU time on both sides of a workload. Client: this JVM's process CPU time (every thread, JIT and
 * GC included), from {@code OperatingSystemMXBean}, less the watcher thread's own (below; its queries
 * every 5 ms cost in proportion to the wall time, whatever the workload). Server: the PostgreSQL
 * backends connected to the workload's database, found in {@code pg_stat_activity} every 5 ms by a
 * monitor connection to {@code postgres}, each read from {@code /proc/<pid>/stat} (user + system time, in clock ticks of
 * 10 ms); the last reading of each backend counts, so up to 5 ms of a backend's end is missed, and
 * the server must run on this host. Other databases' backends (other builds on a shared machine)
 * are not counted.
 */
final class Cpu {

    private static final double MS_PER_TICK = 10;

    private Cpu() {
    }

    /** This JVM's CPU time so far, in milliseconds. */
    static double clientMs() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return os.getProcessCpuTime() / 1e6;
    }

    /** Watches the backends of one database until {@link #stop()}. */
    static final class Server implements AutoCloseable {

        private final Map<Integer, Long> ticks = new ConcurrentHashMap<>();
        private final Thread watcher;
        private volatile boolean running = true;
        /** Counted down once the watcher has connected, so that its connecting falls before the client's figure starts. */
        private final CountDownLatch connected = new CountDownLatch(1);
        /** The watcher thread's own CPU time while watching, in milliseconds, once it has stopped. */
        private volatile double watcherMs;

        Server(String url) throws InterruptedException {
            String database = url.substring(url.lastIndexOf('/') + 1);
            watcher = new Thread(() -> watch(database), "server-cpu");
            watcher.setDaemon(true);
            watcher.start();
            connected.await();
        }

        private void watch(String database) {
            double start = Double.NaN;
            try (Connection c = Pg.connect(Pg.url("postgres"));
                 PreparedStatement backends = c.prepareStatement("SELECT pid FROM pg_stat_activity WHERE datname = ?")) {
                backends.setString(1, database);
                start = threadMs();
                connected.countDown();
                while (running) {
                    try (ResultSet rs = backends.executeQuery()) {
                        while (rs.next()) {
                            int pid = rs.getInt(1);
                            long t = ticks(pid);
                            if (t >= 0) {
                                ticks.merge(pid, t, Math::max);
                            }
                        }
                    }
                    Thread.sleep(5);
                }
            } catch (SQLException | InterruptedException e) {
                System.err.println("server CPU not measured: " + e.getMessage());
            } finally {
                watcherMs = Double.isNaN(start) ? 0 : threadMs() - start;
                connected.countDown();
            }
        }

        private static double threadMs() {
            return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e6;
        }

        private static long ticks(int pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }

        /** The CPU the database's backends used while watched, in milliseconds. */
        double stop() throws InterruptedException {
            running = false;
            watcher.join();
            return ticks.values().stream().mapToLong(Long::longValue).sum() * MS_PER_TICK;
        }

        /**
         * The CPU the watcher itself used in this JVM (its queries every 5 ms, in proportion to the wall time), in
         * milliseconds, after {@link #stop()}: not the workload's, so the client figure leaves it out.
         */
        double watcherMs() {
            return watcherMs;
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            watcher.join();
        }
    }
}
