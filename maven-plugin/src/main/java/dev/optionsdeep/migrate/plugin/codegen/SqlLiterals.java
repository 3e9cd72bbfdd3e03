package dev.optionsdeep.migrate.plugin.codegen;

/**
 * The Java literal for a hand-written SQL statement: a plain string for one line, a text block for
 * several, so that a multi-line {@code UPDATE} reads in the migration as it was written.
 */
final class SqlLiterals {

    private static final String DELIMITER = "\"\"\"";

    private SqlLiterals() {
    }

    /** The literal as source text. */
    static String of(String sql) {
        if (sql.indexOf('\n') < 0 || !fitsTextBlock(sql)) {
            return StringLiterals.text(sql);
        }
        return textBlock(sql);
    }

    /**
     * Whether every character survives a text block as it is. javac strips whitespace at line ends
     * and measures indentation in whitespace of any kind; with spaces only, both can be escaped or
     * controlled below. Tabs, carriage returns and other control characters take the plain string.
     */
    private static boolean fitsTextBlock(String sql) {
        return sql.chars().allMatch(c -> c == '\n' || c == ' '
                || !(Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)));
    }

    /**
     * The text block; JavaPoet indents its lines with the statement. When the SQL ends with a line
     * break the closing delimiter stands on its own line; otherwise it follows the last line, and
     * {@code \}-continues that line when every line is indented (or javac would strip that indentation).
     */
    private static String textBlock(String sql) {
        String[] lines = sql.split("\n", -1);
        StringBuilder out = new StringBuilder(DELIMITER).append('\n');
        boolean someLineAtMargin = false;
        for (int i = 0; i < lines.length; i++) {
            String line = escape(lines[i], i == lines.length - 1);
            someLineAtMargin |= !line.isEmpty() && line.charAt(0) != ' ';
            out.append(line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        boolean endsWithLineBreak = sql.endsWith("\n");
        if (!endsWithLineBreak && !someLineAtMargin) {
            out.append("\\\n");
        }
        return out.append(DELIMITER).toString();
    }

    /**
     * Escapes backslashes, every third quote of a run (so no {@code """} closes the block early), a
     * quote that would touch the closing delimiter, and the last trailing space (so javac keeps the
     * spaces at the end of the line).
     */
    private static String escape(String line, boolean last) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        int quotesInRun = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            quotesInRun = c == '"' ? quotesInRun + 1 : 0;
            if (c == '\\') {
                out.append("\\\\");
            } else if (c == '"' && (quotesInRun % 3 == 0 || (last && i == line.length() - 1))) {
                out.append("\\\"");
                quotesInRun = 0;
            } else if (c == ' ' && i == line.length() - 1) {
                out.append("\\s");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
