package dev.optionsdeep.migrate.plugin.codegen;

/**
 * Lays out one statement of a method body as JavaPoet lays out {@code addStatement} in a class
 * indented by four spaces, so that generated revisions read as they always have: lines break at 100
 * columns where the code allows it, a statement's later lines are indented twice more, and a break
 * indents twice more than the line it is on. JavaPoet does this token by token with a regular
 * expression per token; written once here, a first revision of hundreds of tables renders in a
 * fraction of the time. The text is indented as it stands in the class: eight spaces in a method body.
 */
final class StatementLayout {

    private static final int COLUMN_LIMIT = 100;
    private static final String INDENT = "    ";
    /** A method body's level of indentation in its class. */
    private static final int BODY = 2;

    private final StringBuilder out = new StringBuilder();
    /** Text after a possible break, held until it is known whether the break is taken. */
    private final StringBuilder held = new StringBuilder();
    private int column;
    private StepCode.Break pending;
    private int breakLevel;
    private int level = BODY;
    private boolean continued;
    private boolean atLineStart = true;

    private StatementLayout() {
    }

    /** The statement with its semicolon and line break. */
    static String of(StepCode code) {
        StatementLayout layout = new StatementLayout();
        for (Object piece : code.pieces()) {
            if (piece instanceof String text) {
                layout.text(text);
            } else {
                layout.breakAt((StepCode.Break) piece);
            }
        }
        layout.text(";\n");
        return layout.out.toString();
    }

    private void text(String text) {
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            String line = end < 0 ? text.substring(start) : text.substring(start, end);
            if (!line.isEmpty()) {
                if (atLineStart) {
                    append(INDENT.repeat(level));
                }
                append(line);
                atLineStart = false;
            }
            if (end < 0) {
                return;
            }
            append("\n");
            atLineStart = true;
            if (!continued) {
                // The second line of a statement and all after it are indented twice more.
                level += 2;
                continued = true;
            }
            start = end + 1;
        }
    }

    private void append(String text) {
        boolean newline = text.equals("\n");
        if (pending != null) {
            if (!newline && column + text.length() <= COLUMN_LIMIT) {
                held.append(text);
                column += text.length();
                return;
            }
            // A line break ends the line where it is unless the line already ran past the limit.
            flush(!newline || column > COLUMN_LIMIT);
        }
        out.append(text);
        column = newline ? 0 : column + text.length();
    }

    private void breakAt(StepCode.Break kind) {
        if (kind == StepCode.Break.NONE && column == 0) {
            return;
        }
        if (pending != null) {
            flush(false);
        }
        if (kind == StepCode.Break.SPACE) {
            column++;
        }
        pending = kind;
        breakLevel = level + 2;
    }

    private void flush(boolean wrap) {
        if (wrap) {
            out.append('\n').append(INDENT.repeat(breakLevel));
            column = breakLevel * INDENT.length() + held.length();
        } else if (pending == StepCode.Break.SPACE) {
            out.append(' ');
        }
        out.append(held);
        held.setLength(0);
        pending = null;
    }
}
