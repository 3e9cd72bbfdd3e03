package dev.optionsdeep.migrate.benchmark;

import java.util.Arrays;

/** Medians of wall time over rounds, each round with an untimed set-up and tear-down. */
final class Timer {

    interface Action<T> {
        void run(T subject) throws Exception;
    }

    interface Setup<T> {
        T get() throws Exception;
    }

    private Timer() {
    }

    static <T> double median(int rounds, Setup<T> setup, Action<T> action, Action<T> teardown) throws Exception {
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            T subject = setup.get();
            try {
                long start = System.nanoTime();
                action.run(subject);
                ms[i] = (System.nanoTime() - start) / 1e6;
            } finally {
                teardown.run(subject);
            }
        }
        return median(ms);
    }

    /** Medians of wall time, client CPU and server CPU, in milliseconds (see {@link Cpu}). */
    record Costs(double wall, double client, double server) {
        double cpu() {
            return client + server;
        }
    }

    /** As {@link #median}, on a new database per round, with both sides' CPU time. */
    static Costs costs(int rounds, Action<String> action) throws Exception {
        double[][] ms = new double[3][rounds];
        for (int i = 0; i < rounds; i++) {
            String url = Pg.create();
            try {
                Cpu.Server server = new Cpu.Server(url);
                double client = Cpu.clientMs();
                long start = System.nanoTime();
                action.run(url);
                ms[0][i] = (System.nanoTime() - start) / 1e6;
                ms[2][i] = server.stop();
                // The watcher's own queries are the measurement's, not the workload's.
                ms[1][i] = Cpu.clientMs() - client - server.watcherMs();
            } finally {
                Pg.drop(url);
            }
        }
        return new Costs(median(ms[0]), median(ms[1]), median(ms[2]));
    }

    static double median(double[] values) {
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    /** The median of {@code action} on one subject, after one untimed warm-up call. */
    static <T> double warm(int rounds, T subject, Action<T> action) throws Exception {
        action.run(subject);
        return median(rounds, () -> subject, action, s -> { });
    }
}
