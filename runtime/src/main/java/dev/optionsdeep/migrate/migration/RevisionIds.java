package dev.optionsdeep.migrate.migration;

import java.util.Set;

/**
 * The rule for revision ids. An id is written into targets ({@code <id>+1}, {@code <id>@head}), into
 * the version table, and joined with commas into the history, so it holds only characters none of
 * those give a meaning to, and fits the version table's column.
 */
public final class RevisionIds {

    /** The longest id the version table holds comfortably; {@code migrate:revision} writes 12. */
    public static final int MAX_LENGTH = 32;

    /** The rule, as messages state it. */
    public static final String RULE = "1 to " + MAX_LENGTH + " letters, digits or underscores, and none of the words"
            + " head, heads, base or current (migrate:revision writes 12 hexadecimal digits)";

    /** Words the target grammar gives a meaning, so neither an id nor a branch label may take them. */
    static final Set<String> RESERVED = Set.of("head", "heads", "base", "current");

    private RevisionIds() {
    }

    /** Whether {@code id} may be a revision id. */
    public static boolean isValid(String id) {
        return id != null && hasShape(id) && !RESERVED.contains(id);
    }

    /** {@code [A-Za-z0-9_]{1,32}}, checked by hand: every scan checks every revision's id. */
    private static boolean hasShape(String id) {
        if (id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param source the migration class that declares the id, named in the message
     * @throws RevisionException when {@code id} breaks the rule
     */
    static void require(String id, String source) {
        if (!isValid(id)) {
            throw new RevisionException("revision id '" + id + "' of " + source + " is not a valid revision id: an id is "
                    + RULE + ". Change @Revision(id = …) in " + source + " before it is applied anywhere.");
        }
    }
}
