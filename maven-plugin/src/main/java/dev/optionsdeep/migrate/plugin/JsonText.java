package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.snapshot.JsonStrings;

import java.util.List;
import java.util.Map;

/**
 * Writes the goals' {@code -Dmigrate.format=json} documents on one line each, so that a CI script
 * reads them with {@code jq} or line by line. Values: Map (keys in insertion order), List, String,
 * Boolean, Number, null.
 */
final class JsonText {

    private JsonText() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null || value instanceof Boolean || value instanceof Number) {
            out.append(value);
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(separator);
                string(String.valueOf(e.getKey()), out);
                out.append(':');
                write(e.getValue(), out);
                separator = ",";
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append(JsonStrings.quote(s));
    }
}
