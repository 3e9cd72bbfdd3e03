package dev.optionsdeep.migrate.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
        return costsInTurn(rounds, java.util.List.of(action)).get(0);
    }

    /**
     * As {@link #costs} for several tools, taken in turn within each round, each on a new database that starts after
     * a checkpoint: a load that drifts, or a checkpoint the server would start in the middle of one tool's run (its
     * full-page writes then cost that tool's backend), weighs on all of them alike. In the order of {@code actions}.
     */
    static List<Costs> costsInTurn(int rounds, List<Action<String>> actions) throws Exception {
        double[][][] ms = new double[actions.size()][3][rounds];
        for (int i = 0; i < rounds; i++) {
            for (int a = 0; a < actions.size(); a++) {
                String url = Pg.create();
                try {
                    Pg.checkpoint();
                    Cpu.Server server = new Cpu.Server(url);
                    double client = Cpu.clientMs();
                    long start = System.nanoTime();
                    actions.get(a).run(url);
                    ms[a][0][i] = (System.nanoTime() - start) / 1e6;
                    ms[a][2][i] = server.stop();
                    // The watcher's own queries are the measurement's, not the workload's.
                    ms[a][1][i] = Cpu.clientMs() - client - server.watcherMs();
                } finally {
                    Pg.drop(url);
                }
            }
        }
        List<Costs> costs = new ArrayList<>();
        for (double[][] tool : ms) {
            costs.add(new Costs(median(tool[0]), median(tool[1]), median(tool[2])));
        }
        return costs;
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
