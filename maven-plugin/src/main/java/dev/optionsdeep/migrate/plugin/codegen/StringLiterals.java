package dev.optionsdeep.migrate.plugin.codegen;

import com.palantir.javapoet.CodeBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Java string literals for any text, including the characters JavaPoet's {@code $S} mishandles. */
final class StringLiterals {

    private StringLiterals() {
    }

    /**
     * {@code $S}, except around U+2028 and U+2029: JavaPoet breaks the output line at them without
     * escaping them, which leaves an unclosed literal. Those two are written as unicode escapes,
     * joined to the rest with {@code +}; javac reads the escapes back into the same characters.
     */
    static CodeBlock of(String text) {
        if (text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0) {
            return CodeBlock.of("$S", text);
        }
        List<CodeBlock> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u2028' || c == '\u2029') {
                if (i > start) {
                    parts.add(CodeBlock.of("$S", text.substring(start, i)));
                }
                parts.add(CodeBlock.of("$L", String.format(Locale.ROOT, "\"\\u%04x\"", (int) c)));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            parts.add(CodeBlock.of("$S", text.substring(start)));
        }
        return CodeBlock.join(parts, " + ");
    }
}
