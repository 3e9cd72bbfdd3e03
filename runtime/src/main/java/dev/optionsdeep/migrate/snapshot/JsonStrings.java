package dev.optionsdeep.migrate.snapshot;

/** A string as JSON writes it, for the snapshot format and for the Maven goals' JSON output alike. */
public final class JsonStrings {

    private JsonStrings() {
    }

    /** {@code s} in double quotes, with quotes, backslashes and control characters escaped. */
    public static String quote(String s) {
        return quote(s, new StringBuilder(s.length() + 2)).toString();
    }

    /** The same, appended to {@code out}; a string with nothing to escape (nearly every one) is copied whole. */
    public static StringBuilder quote(String s, StringBuilder out) {
        out.append('"');
        if (plain(s)) {
            return out.append(s).append('"');
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }
}
