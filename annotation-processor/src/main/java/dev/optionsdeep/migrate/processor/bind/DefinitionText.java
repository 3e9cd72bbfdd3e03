package dev.optionsdeep.migrate.processor.bind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code columnDefinition} split the way PostgreSQL reads a column definition: the type, then column
 * constraints in any order ({@code DEFAULT expr}, {@code NOT NULL}, {@code NULL}, {@code UNIQUE},
 * {@code CHECK (expr)}, and the ones Migrate does not model, kept in {@code others}). Quoted strings and
 * parentheses are skipped whole, so {@code default 'not null'} or {@code check (a in ('x', 'y'))} do not
 * end a clause early.
 *
 * @param type         the type as written ({@code varchar(255)}, {@code double precision}, {@code text[]})
 * @param defaultValue the expression after {@code DEFAULT} as written, or null
 * @param nullability  {@code "not null"}, {@code "null"}, or null when the definition says neither
 * @param unique       whether it says {@code UNIQUE}
 * @param check        the condition inside {@code CHECK (…)} as written, or null
 * @param others       clauses Migrate does not model, each as written ({@code collate "C"}, {@code primary key})
 */
record DefinitionText(String type, String defaultValue, String nullability, boolean unique, String check,
                      List<String> others) {

    /** Words that end the type and start a column constraint (PostgreSQL's, and MySQL's that people write). */
    private static final Set<String> CLAUSES = Set.of("default", "not", "null", "unique", "check", "primary",
            "collate", "generated", "references", "constraint", "auto_increment", "unsigned", "zerofill", "comment",
            "on", "character", "charset");

    /** One word, quoted string or parenthesised group, with where it starts and ends in the text. */
    private record Token(String text, int start, int end) {
        String word() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    /** The parts of {@code written}, or empty when a quote or a parenthesis is not closed. */
    static Optional<DefinitionText> parse(String written) {
        List<Token> tokens = tokens(written);
        if (tokens == null || tokens.isEmpty()) {
            return Optional.empty();
        }
        int i = 1;
        while (i < tokens.size() && !startsClause(tokens, i)) {
            i++;
        }
        String type = span(written, tokens, 0, i);
        String defaultValue = null;
        String nullability = null;
        boolean unique = false;
        String check = null;
        List<String> others = new ArrayList<>();
        while (i < tokens.size()) {
            String word = tokens.get(i).word();
            boolean notNull = word.equals("not") && i + 1 < tokens.size() && tokens.get(i + 1).word().equals("null");
            // A clause's own words: a default takes at least one (so "default null" is a default).
            int end = next(tokens, notNull ? i + 2 : word.equals("default") ? Math.min(i + 2, tokens.size()) : i + 1);
            if (word.equals("default") && end > i + 1 && defaultValue == null) {
                defaultValue = span(written, tokens, i + 1, end);
            } else if (notNull && end == i + 2 && nullability == null) {
                nullability = "not null";
            } else if (word.equals("null") && end == i + 1 && nullability == null) {
                nullability = "null";
            } else if (word.equals("unique") && end == i + 1) {
                unique = true;
            } else if (word.equals("check") && end == i + 2 && tokens.get(i + 1).text().startsWith("(")
                    && check == null) {
                String group = tokens.get(i + 1).text();
                check = group.substring(1, group.length() - 1).strip();
            } else {
                others.add(span(written, tokens, i, end));
            }
            i = end;
        }
        return Optional.of(new DefinitionText(type, defaultValue, nullability, unique, check, List.copyOf(others)));
    }

    /** The index of the first token from {@code from} that starts another clause. */
    private static int next(List<Token> tokens, int from) {
        int i = from;
        while (i < tokens.size() && !startsClause(tokens, i)) {
            i++;
        }
        return i;
    }

    /** Whether token {@code i} starts a clause; "character" does only as MySQL's "character set". */
    private static boolean startsClause(List<Token> tokens, int i) {
        String word = tokens.get(i).word();
        if (word.equals("character")) {
            return i + 1 < tokens.size() && tokens.get(i + 1).word().equals("set");
        }
        return CLAUSES.contains(word);
    }

    private static String span(String written, List<Token> tokens, int from, int to) {
        return from >= to ? "" : written.substring(tokens.get(from).start(), tokens.get(to - 1).end()).strip();
    }

    /** Words, quoted strings and balanced groups; a word glued to a group ({@code now()}) stays one token. */
    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                char d = text.charAt(i);
                if (d == '(' && i > start && CLAUSES.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                    break; // "check(a > 0)": the keyword, then its group
                }
                if (d == '\'' || d == '"' || d == '`') {
                    i = closingQuote(text, i);
                } else if (d == '(') {
                    i = closingParenthesis(text, i);
                } else if (d == ')') {
                    return null;
                } else {
                    i++;
                }
                if (i < 0) {
                    return null;
                }
                // A group after a space still belongs to the word before it: "varchar (20)", "check (a > 0)".
                if (i < n && text.charAt(i) == ' ' && nextNonSpace(text, i) == '(' && isTypeLike(text, start, i)) {
                    i = skipSpaces(text, i);
                }
            }
            out.add(new Token(text.substring(start, i), start, i));
        }
        return out;
    }

    /** Whether {@code text[start, end)} is a word a parenthesised group may follow (not a clause keyword). */
    private static boolean isTypeLike(String text, int start, int end) {
        String word = text.substring(start, end);
        return word.matches("[A-Za-z_][A-Za-z0-9_]*") && !CLAUSES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static char nextNonSpace(String text, int from) {
        int i = skipSpaces(text, from);
        return i < text.length() ? text.charAt(i) : 0;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index after the quote closing the one at {@code open} (a doubled quote is an escaped one), or -1. */
    private static int closingQuote(String text, int open) {
        char quote = text.charAt(open);
        int i = open + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return -1;
    }

    /** The index after the parenthesis closing the one at {@code open}, skipping quoted text, or -1. */
    private static int closingParenthesis(String text, int open) {
        int depth = 0;
        int i = open;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = closingQuote(text, i);
                if (i < 0) {
                    return -1;
                }
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        return -1;
    }
}
