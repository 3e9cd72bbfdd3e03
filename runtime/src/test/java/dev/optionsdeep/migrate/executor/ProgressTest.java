package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.Log;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressTest {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final CountDownLatch twice = new CountDownLatch(2);
    private final Log log = new Log() {
        @Override
        public void info(String message) {
            lines.add(message);
            twice.countDown();
        }

        @Override
        public void warn(String message) {
            lines.add("WARNING " + message);
        }
    };

    @Test
    void aLongStatementSaysItIsStillRunningUntilItEnds() throws Exception {
        try (Progress progress = new Progress(log, "create index companies_ticker_idx", Duration.ofMillis(10))) {
            assertTrue(twice.await(10, TimeUnit.SECONDS), "no progress line in 10 s: " + lines);
        }
        int printed = lines.size();
        assertTrue(lines.stream().allMatch(l -> l.matches("  still running create index companies_ticker_idx: \\d+ s so far")),
                lines.toString());
        // Closed: no more lines, however long one waits after (a tick already under way may still land).
        Thread.sleep(50);
        assertTrue(lines.size() <= printed + 1, lines.toString());
    }

    @Test
    void aTickSaysTheTimeSoFar() {
        try (Progress progress = new Progress(log, "add column companies.sector", Duration.ofHours(1))) {
            progress.tick();
        }
        assertEquals(List.of("  still running add column companies.sector: 0 s so far"), lines);
    }
}
