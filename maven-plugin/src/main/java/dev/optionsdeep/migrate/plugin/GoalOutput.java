package dev.optionsdeep.migrate.plugin;

import org.apache.maven.plugin.logging.Log;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a goal's result goes, the same way for every goal. As text, each result line is logged at
 * info level; under {@code mvn -q}, which hides info, it is printed on standard output instead,
 * since the result is what the user asked for. As JSON ({@code -Dmigrate.format=json}), the text
 * lines are left out and the goal's one document is printed on standard output when it ends:
 * {@code {"goal": …, "environment": …, "databases": [ … ]}}, one entry per database.
 */
final class GoalOutput {

    static final String TEXT = "text";
    static final String JSON = "json";

    private final boolean json;
    private final Log log;
    private final PrintStream out;
    private final Map<String, Object> document = new LinkedHashMap<>();
    private final List<Map<String, Object>> databases = new ArrayList<>();

    GoalOutput(boolean json, Log log, PrintStream out) {
        this.json = json;
        this.log = log;
        this.out = out;
    }

    /** @param format {@code text} (the default when null) or {@code json} */
    static GoalOutput of(String format, Log log) {
        String f = format == null ? TEXT : format.strip().toLowerCase(Locale.ROOT);
        if (!f.equals(TEXT) && !f.equals(JSON)) {
            throw new ConfigurationException("-Dmigrate.format=" + format + " is not an output format: use text (the"
                    + " default) or json");
        }
        return new GoalOutput(f.equals(JSON), log, System.out);
    }

    boolean isJson() {
        return json;
    }

    /** One line of the goal's result, as text. */
    void line(String text) {
        if (json) {
            return;
        }
        if (log.isInfoEnabled()) {
            log.info(text);
        } else {
            out.println(text);
        }
    }

    void lines(List<String> text) {
        text.forEach(this::line);
    }

    /** Starts the JSON document: the goal's name, and the environment it read when it connected. */
    GoalOutput start(String goal, ResolvedEnvironment environment) {
        document.put("goal", goal);
        if (environment != null) {
            document.put("environment", environment(environment));
        }
        document.put("databases", databases);
        return this;
    }

    static Map<String, Object> environment(ResolvedEnvironment environment) {
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("name", environment.name());
        env.put("source", environment.source());
        env.put("protected", environment.isProtected());
        return env;
    }

    /** Adds one database's entry to the JSON document; {@code entry} is kept in the given key order. */
    void database(String name, Map<String, Object> entry) {
        Map<String, Object> db = new LinkedHashMap<>();
        db.put("database", name);
        db.putAll(entry);
        databases.add(db);
    }

    /** A top-level field of the JSON document, after {@code databases}. */
    void put(String key, Object value) {
        document.put(key, value);
    }

    /**
     * Prints the JSON document on standard output, when the format is JSON: on a line of its own,
     * since Maven 3.8 writes colour-reset codes without a line break even in batch mode, and
     * {@code grep '^{"goal"'} then finds it.
     */
    void finish() {
        if (json) {
            out.println();
            out.println(JsonText.write(document));
            out.flush();
        }
    }
}
