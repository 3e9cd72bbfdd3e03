package dev.optionsdeep.migrate.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.DoubleStream;

/** The table of medians the benchmark prints, one row per workload, as Markdown. */
final class Report {

    /** Milliseconds per tool; NaN where a tool has no such workload. */
    record Row(String workload, double floor, double migrate, double flyway, double liquibase) {
    }

    private final List<Row> rows = new ArrayList<>();

    void add(Row row) {
        rows.add(row);
        System.err.println("measured (load " + load() + "): " + line(row));
    }

    /** The machine's load averages over 1, 5 and 15 minutes, from /proc/loadavg ("?" elsewhere). */
    static String load() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    String table() {
        StringBuilder out = new StringBuilder("| workload | floor (raw JDBC) | Migrate | Flyway | Liquibase"
                + " | Migrate ÷ floor | Migrate ÷ best peer |\n|---|---|---|---|---|---|---|\n");
        rows.forEach(r -> out.append(line(r)).append('\n'));
        return out.toString();
    }

    private static String line(Row r) {
        OptionalDouble peer = DoubleStream.of(r.flyway(), r.liquibase()).filter(d -> !Double.isNaN(d)).min();
        return "| " + r.workload() + " | " + ms(r.floor()) + " | " + ms(r.migrate()) + " | " + ms(r.flyway())
                + " | " + ms(r.liquibase()) + " | " + ratio(r.migrate(), r.floor())
                + " | " + ratio(r.migrate(), peer.orElse(Double.NaN)) + " |";
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, value < 10 ? "%.2f ms" : "%.0f ms", value);
    }

    private static String ratio(double value, double base) {
        return Double.isNaN(value) || Double.isNaN(base) ? "—" : String.format(Locale.ROOT, "%.2f×", value / base);
    }
}
