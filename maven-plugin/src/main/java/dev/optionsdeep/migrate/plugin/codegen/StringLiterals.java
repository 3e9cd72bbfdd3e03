package dev.optionsdeep.migrate.plugin.codegen;

import com.palantir.javapoet.CodeBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Java string literals for any text, written as JavaPoet's {@code $S} writes them, save two characters. */
final class StringLiterals {

    /** Where a literal continues after a line break in the text: two indents of the class in. */
    private static final String CONTINUATION = "\"\n        + \"";

    private StringLiterals() {
    }

    static CodeBlock of(String text) {
        return CodeBlock.of("$L", text(text));
    }

    /**
     * The literal as source text. A line break in the text ends the line, and the literal continues
     * with {@code +} on the next. U+2028 and U+2029 are written as unicode escapes joined to the rest
     * with {@code +}: JavaPoet breaks the output line at them without escaping them, which would leave an
     * unclosed literal; javac reads the escapes back into the same characters.
     */
    static String text(String text) {
        if (text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0) {
            return plain(text);
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u2028' || c == '\u2029') {
                if (i > start) {
                    parts.add(plain(text.substring(start, i)));
                }
                parts.add(String.format(Locale.ROOT, "\"\\u%04x\"", (int) c));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            parts.add(plain(text.substring(start)));
        }
        return String.join(" + ", parts);
    }

    private static String plain(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c != '"' && c != '\\' && c < 0x7f) {
                out.append(c);
                continue;
            }
            out.append(escape(c));
            if (c == '\n' && i + 1 < text.length()) {
                out.append(CONTINUATION);
            }
        }
        return out.append('"').toString();
    }

    private static String escape(char c) {
        switch (c) {
            case '\b': return "\\b";
            case '\t': return "\\t";
            case '\n': return "\\n";
            case '\f': return "\\f";
            case '\r': return "\\r";
            case '"': return "\\\"";
            case '\\': return "\\\\";
            default:
                return Character.isISOControl(c) ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c);
        }
    }
}
