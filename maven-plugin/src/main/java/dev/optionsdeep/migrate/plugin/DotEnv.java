package dev.optionsdeep.migrate.plugin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code .env} file: {@code KEY=value} lines, {@code #} comments, an optional {@code export}
 * prefix, and values optionally in single or double quotes — the subset that shells and the
 * python-dotenv users of the seed write.
 */
record DotEnv(Map<String, String> values) {

    static final DotEnv EMPTY = new DotEnv(Map.of());

    DotEnv {
        values = Map.copyOf(values);
    }

    static DotEnv read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return EMPTY;
        }
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file);
    }

    static DotEnv parse(List<String> lines, Path source) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).strip();
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new ConfigurationException(source + " line " + (i + 1) + " is not KEY=value: " + lines.get(i).strip()
                        + ". Fix or remove that line.");
            }
            values.put(line.substring(0, eq).strip(), unquote(line.substring(eq + 1).strip()));
        }
        return new DotEnv(values);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        int comment = value.indexOf(" #");
        return comment < 0 ? value : value.substring(0, comment).strip();
    }

    String get(String key) {
        return values.get(key);
    }
}
