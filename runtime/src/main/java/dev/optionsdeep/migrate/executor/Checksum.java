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

    private static final HexFormat HEX = HexFormat.of();

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
        // Two digests for the whole revision (digest() resets one for the next step): every revision applied computes
        // this, and looking the algorithm up again per step cost more than hashing the step.
        MessageDigest whole = sha256();
        MessageDigest one = sha256();
        List<StepHash> steps = new ArrayList<>(read.steps().size());
        for (RevisionSteps.Step step : read.steps()) {
            for (String sql : step.sql()) {
                update(one, sql);
            }
            String hash = HEX.formatHex(one.digest());
            update(whole, hash);
            steps.add(new StepHash(hash.substring(0, 16), oneLine(step.description()), oneLine(step.sql())));
        }
        return new Checksum(PREFIX + HEX.formatHex(whole.digest()), steps);
    }

    /**
     * The checksum the first version of Migrate recorded: SHA-256 over the statements run, each
     * followed by a zero byte, prefixed {@code 1:}. Used to check revisions applied with it.
     */
    static String version1(List<String> statements) {
        MessageDigest digest = sha256();
        statements.forEach(sql -> update(digest, sql));
        return VERSION_1_PREFIX + HEX.formatHex(digest.digest());
    }

    /**
     * The steps as the history's {@code checksum_steps} column holds them: one line each, the hash,
     * a space, the description, a tab, the SQL.
     */
    String stepsText() {
        StringBuilder out = new StringBuilder(steps.size() * 128);
        for (StepHash s : steps) {
            out.append(s.hash()).append(' ').append(s.description()).append('\t').append(s.sql()).append('\n');
        }
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
        return oneLine(List.of(text));
    }

    /**
     * The statements joined by {@code "; "} and made one line as {@link #oneLine(String)} makes one text, in one pass
     * without the joined text or a stripped copy: the same characters as {@code oneLine(String.join("; ", sql))}.
     */
    static String oneLine(List<String> sql) {
        StringBuilder out = new StringBuilder(64);
        boolean space = false;
        for (int t = 0; t < sql.size(); t++) {
            if (t > 0) {
                space = append(out, space, ';');
                space = true;
            }
            String text = sql.get(t);
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (out.isEmpty() && Character.isWhitespace(ch)) {
                    continue; // String.strip() at the start: whitespace as Character.isWhitespace sees it, wider than \s
                }
                if (isWhitespace(ch)) {
                    space = true; // a run of \s becomes one space, written only before what follows it
                } else {
                    space = append(out, space, ch);
                }
            }
        }
        // String.strip() at the end: a run of \s is never written there, the wider whitespace and the spaces before it are.
        int end = out.length();
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        out.setLength(end);
        return out.length() > 1000 ? out.substring(0, 997) + "..." : out.toString();
    }

    /** Appends {@code ch}, after a space when one is due, except right after {@code (} and right before {@code )}. */
    private static boolean append(StringBuilder out, boolean space, char ch) {
        if (space && ch != ')' && !out.isEmpty() && out.charAt(out.length() - 1) != '(') {
            out.append(' ');
        }
        out.append(ch);
        return false;
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
