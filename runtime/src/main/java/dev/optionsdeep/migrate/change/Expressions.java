package dev.optionsdeep.migrate.change;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a column rename does to a check constraint's expression: PostgreSQL prints the new name there. */
final class Expressions {

    private Expressions() {
    }

    /**
     * {@code expression} with every mention of column {@code from} (bare, or in double quotes) naming
     * {@code to} instead; string literals are left alone.
     */
    static String renameIdentifier(String expression, String from, String to) {
        StringBuilder out = new StringBuilder();
        String replacement = dev.optionsdeep.migrate.postgres.Identifiers.quote(to);
        Pattern word = Pattern.compile("(?<![\\w$.])(" + Pattern.quote(from) + "|\"" + Pattern.quote(from.replace("\"", "\"\""))
                + "\")(?![\\w$])");
        int i = 0;
        while (i < expression.length()) {
            int quote = expression.indexOf('\'', i);
            String code = quote < 0 ? expression.substring(i) : expression.substring(i, quote);
            Matcher m = word.matcher(code);
            out.append(m.replaceAll(Matcher.quoteReplacement(replacement)));
            if (quote < 0) {
                break;
            }
            int end = quote + 1;
            while (end < expression.length()) {
                if (expression.charAt(end) == '\'') {
                    if (end + 1 < expression.length() && expression.charAt(end + 1) == '\'') {
                        end += 2;
                        continue;
                    }
                    break;
                }
                end++;
            }
            end = Math.min(end + 1, expression.length());
            out.append(expression, quote, end);
            i = end;
        }
        return out.toString();
    }
}
