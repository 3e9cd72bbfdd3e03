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
        Arrays.sort(ms);
        return rounds % 2 == 1 ? ms[rounds / 2] : (ms[rounds / 2 - 1] + ms[rounds / 2]) / 2;
    }

    /** The median of {@code action} on one subject, after one untimed warm-up call. */
    static <T> double warm(int rounds, T subject, Action<T> action) throws Exception {
        action.run(subject);
        return median(rounds, () -> subject, action, s -> { });
    }
}
