package dev.optionsdeep.migrate.plugin.graph;

/** What Mermaid text needs: labels with its entity codes, and identifiers it accepts. */
final class Mermaid {

    private Mermaid() {
    }

    /** Text for a quoted Mermaid label: quotes, angle brackets and {@code #} as entity codes, lines as {@code <br/>}. */
    static String label(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '#' -> out.append("#35;");
                case '"' -> out.append("#quot;");
                case '<' -> out.append("#lt;");
                case '>' -> out.append("#gt;");
                case '\n' -> out.append("<br/>");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A word Mermaid takes as an entity name or attribute type: every other character becomes {@code _}. */
    static String word(String text) {
        String word = text.replaceAll("[^A-Za-z0-9_]", "_");
        return Character.isLetter(word.charAt(0)) || word.charAt(0) == '_' ? word : "_" + word;
    }
}
