package dev.optionsdeep.migrate.plugin.codegen;

import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Names for a new revision: its class name and its id. */
public final class RevisionNames {

    /** Longest message part of a class name; keeps file names readable in listings and diffs. */
    static final int MAX_MESSAGE_LENGTH = 60;

    private static final String NO_MESSAGE = "Revision";

    // The timestamp leads so that revision files sort by creation in a directory listing.
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd_HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private RevisionNames() {
    }

    /**
     * The migration class name, for example {@code V20261124_024635_CreateCompaniesTable} for
     * "Create companies table" created at 2026-11-24T02:46:35Z: the UTC time to the second, then
     * the message in UpperCamelCase from its ASCII letters and digits (accents dropped, anything
     * else separating words), whole words up to {@value #MAX_MESSAGE_LENGTH} characters, or
     * {@code Revision} when the message leaves nothing usable.
     *
     * @param message the revision message; null is treated as empty
     */
    public static String className(Instant created, String message) {
        return "V" + TIMESTAMP.format(created) + "_" + words(message == null ? "" : message);
    }

    /** A new revision id: twelve lowercase hex digits drawn from {@code random}. */
    public static String newRevisionId(RandomGenerator random) {
        // 48 bits, as in Alembic's ids: short enough to type, collisions unlikely within one database.
        return HexFormat.of().toHexDigits(random.nextLong()).substring(4);
    }

    private static String words(String message) {
        // "Créer" becomes "Creer" rather than "CrEer"; apostrophes join "don't" into "Dont".
        String ascii = Normalizer.normalize(message, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("['\u2019]", "");
        StringBuilder out = new StringBuilder();
        for (String word : ascii.split("[^A-Za-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String capitalized = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            if (out.length() + capitalized.length() > MAX_MESSAGE_LENGTH) {
                // Whole words only, unless even the first word is too long.
                if (out.length() == 0) {
                    out.append(capitalized, 0, MAX_MESSAGE_LENGTH);
                }
                break;
            }
            out.append(capitalized);
        }
        return out.length() == 0 ? NO_MESSAGE : out.toString();
    }
}
