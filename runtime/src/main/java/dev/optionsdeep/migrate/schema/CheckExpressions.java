package dev.optionsdeep.migrate.schema;

/**
 * The cheap, textual normalisation of a check expression that decides whether two snapshots hold
 * the same check: both were written by the processor or by hand, never printed by PostgreSQL, so
 * only cosmetic differences need forgiving. Outside string literals and quoted identifiers:
 * <ul>
 *   <li>letters are lower-cased (keywords are case-insensitive and PostgreSQL folds unquoted names);</li>
 *   <li>runs of whitespace become one space, and a space next to anything but a letter, digit,
 *       {@code _} or {@code $} is dropped ({@code a in ('A', 'B')} equals {@code a IN ('A','B')});</li>
 *   <li>parentheses around the whole expression are dropped ({@code (a > 0)} equals {@code a > 0}).</li>
 * </ul>
 * String literals ({@code '...'}, {@code E'...'}) and quoted identifiers ({@code "..."}) are kept
 * byte for byte. Anything deeper (operator spelling, casts, {@code BETWEEN} against {@code >= AND <=})
 * is PostgreSQL's to decide: comparing with a live database canonicalises through PostgreSQL itself
 * (see {@code dev.optionsdeep.migrate.introspect.CheckCanonicalizer}).
 */
final class CheckExpressions {

    private CheckExpressions() {
    }

    static String normalise(String expression) {
        StringBuilder out = new StringBuilder(expression.length());
        boolean pendingSpace = false;
        int i = 0;
        int n = expression.length();
        while (i < n) {
            char c = expression.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = true;
                i++;
                continue;
            }
            int end = c == '\'' || c == '"' ? quoted(expression, i, c, escapes(expression, i)) : i + 1;
            if (pendingSpace && out.length() > 0 && isWordChar(out.charAt(out.length() - 1)) && isWordChar(c)) {
                out.append(' ');
            }
            pendingSpace = false;
            if (end > i + 1 || c == '\'' || c == '"') {
                out.append(expression, i, end);
            } else {
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            }
            i = end;
        }
        return stripOuterParentheses(out.toString());
    }

    /** Whether the literal starting at {@code at} is an {@code E'...'} string, where a backslash escapes. */
    private static boolean escapes(String s, int at) {
        return s.charAt(at) == '\'' && at > 0 && (s.charAt(at - 1) == 'E' || s.charAt(at - 1) == 'e')
                && (at == 1 || !isWordChar(s.charAt(at - 2)));
    }

    /** The index after the literal or quoted identifier opened at {@code start} (doubled quotes stay inside). */
    private static int quoted(String s, int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return s.length(); // unterminated: keep the rest as it is
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '\'' || c == '"';
    }

    private static String stripOuterParentheses(String s) {
        while (s.length() >= 2 && s.charAt(0) == '(' && closing(s, 0) == s.length() - 1) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** The index of the parenthesis closing the one at {@code open}, skipping literals; -1 when none. */
    private static int closing(String s, int open) {
        int depth = 0;
        int i = open;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"') {
                i = quoted(s, i, c, escapes(s, i));
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
            i++;
        }
        return -1;
    }
}
