package dev.optionsdeep.migrate.executor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The checksum of a revision's steps, as the history records it: {@code v2:} and SHA-256 over the
 * hashes of its steps, each step hashed over the SQL Migrate renders for it. It is computed from the
 * steps the revision's code asks for ({@link RevisionSteps}), never from its source text, so
 * reformatting the source changes nothing; a live run and an SQL script record the same value.
 *
 * <p>The history keeps the step hashes too ({@link #stepsText()}), each with the step in words, so
 * that a mismatch names the first step that differs.
 *
 * @param value the checksum, {@code v2:} and 64 hex digits
 * @param steps each step's hash and description, in order
 */
record Checksum(String value, List<StepHash> steps) {

    /** The algorithm this class writes. {@code 1:} checksums came before: see {@link #version1}. */
    static final String PREFIX = "v2:";

    static final String VERSION_1_PREFIX = "1:";

    /**
     * A step's hash, shortened to 16 hex digits (the checksum itself covers the full hashes), its
     * description and its SQL, each on one line, as far as the history keeps them.
     */
    record StepHash(String hash, String description, String sql) {
    }

    Checksum {
        steps = List.copyOf(steps);
    }

    static Checksum of(RevisionSteps read) {
        MessageDigest whole = sha256();
        List<StepHash> steps = new ArrayList<>();
        for (RevisionSteps.Step step : read.steps()) {
            MessageDigest one = sha256();
            step.sql().forEach(sql -> update(one, sql));
            String hash = HexFormat.of().formatHex(one.digest());
            update(whole, hash);
            steps.add(new StepHash(hash.substring(0, 16), oneLine(step.description()), oneLine(String.join("; ", step.sql()))));
        }
        return new Checksum(PREFIX + HexFormat.of().formatHex(whole.digest()), steps);
    }

    /**
     * The checksum the first version of Migrate recorded: SHA-256 over the statements run, each
     * followed by a zero byte, prefixed {@code 1:}. Used to check revisions applied with it.
     */
    static String version1(List<String> statements) {
        MessageDigest digest = sha256();
        statements.forEach(sql -> update(digest, sql));
        return VERSION_1_PREFIX + HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The steps as the history's {@code checksum_steps} column holds them: one line each, the hash,
     * a space, the description, a tab, the SQL.
     */
    String stepsText() {
        StringBuilder out = new StringBuilder();
        steps.forEach(s -> out.append(s.hash()).append(' ').append(s.description()).append('\t').append(s.sql()).append('\n'));
        return out.toString();
    }

    /** Reads {@link #stepsText()} back; null (not recorded) gives null. */
    static List<StepHash> parseSteps(String text) {
        if (text == null) {
            return null;
        }
        return text.lines().filter(l -> l.length() > 17).map(l -> {
            int tab = l.indexOf('\t');
            return tab < 0 ? new StepHash(l.substring(0, 16), l.substring(17), "")
                    : new StepHash(l.substring(0, 16), l.substring(17, tab), l.substring(tab + 1));
        }).toList();
    }

    /**
     * Whitespace (tabs and line breaks too) collapsed to single spaces, at most 1000 characters. Written out rather
     * than with a regular expression: it runs for every step of every revision applied, on the client's CPU.
     */
    static String oneLine(String text) {
        String stripped = text.strip();
        StringBuilder out = new StringBuilder(stripped.length());
        boolean space = false;
        for (int i = 0; i < stripped.length(); i++) {
            char ch = stripped.charAt(i);
            if (isWhitespace(ch)) {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(ch);
            }
        }
        String line = out.toString().replace("( ", "(").replace(" )", ")");
        return line.length() > 1000 ? line.substring(0, 997) + "..." : line;
    }

    /** The characters the regular expression {@code \s} matches: ASCII whitespace only. */
    private static boolean isWhitespace(char ch) {
        return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r';
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
