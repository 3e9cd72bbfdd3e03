package dev.optionsdeep.migrate.plugin.codegen;

/** Makes free text, such as a revision message, safe to place in a Javadoc comment. */
final class JavadocText {

    private JavadocText() {
    }

    /**
     * Escapes what a comment cannot hold as it is: {@code *}{@code /} would end it, a backslash could
     * start a unicode escape that javac reads even inside comments, {@code @} at a line start would
     * be a tag, and {@code <} and {@code &} are HTML. Line breaks of every kind become {@code \n},
     * which JavaPoet prefixes with the comment's {@code *}.
     */
    static String escape(String text) {
        return text.replaceAll("\\R", "\n")
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("@", "&#64;")
                .replace("*/", "*&#47;")
                .replace("\\", "&#92;");
    }
}
