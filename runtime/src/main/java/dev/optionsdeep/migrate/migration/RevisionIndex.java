package dev.optionsdeep.migrate.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The revision index the build writes beside a package's revision classes ({@value #FILE}): for each
 * class, what its {@code @Revision} says, the checksum of its upgrade steps, and the class file's size,
 * CRC-32 and modification time. A scan takes an entry only for a class file whose size and CRC-32 (or,
 * in a directory, size and modification time) match it, so a class edited and compiled without the
 * index, or copied by hand, is read from its class file as before; a missing or unreadable index is no
 * index at all. With it, an upgrade at head loads no revision class: the applied revisions' checksums
 * are compared with the index's.
 *
 * <p>One line per class, fields separated by tabs, with {@code \}, tab, line breaks and commas escaped;
 * lists joined by commas; {@code -} for a checksum the build could not compute.
 */
public final class RevisionIndex {

    /** The file's name, in the package's directory (or jar folder) beside the classes. */
    public static final String FILE = "migrate-revisions.index";

    static final String HEADER = "# Migrate revision index 1: written by the build, checked against the class files";

    /**
     * One revision class as the build saw it.
     *
     * @param file     the class file's name, for example {@code V20261124_030451_CreateTable.class}
     * @param size     the class file's length in bytes
     * @param crc      its CRC-32
     * @param modified its modification time in milliseconds (a directory's fast check; jars use size and CRC)
     * @param checksum the checksum of its upgrade steps ({@code v2:…}); null when the build could not read them
     */
    public record Entry(String file, long size, long crc, long modified, RevisionInfo info, String checksum) {

        /** Whether a class file of this size and CRC-32 is the one the entry describes. */
        boolean matches(long size, long crc) {
            return this.size == size && this.crc == crc;
        }

        String line() {
            return String.join("\t", escape(file), Long.toString(size), Long.toHexString(crc), Long.toString(modified),
                    escape(info.id()), list(info.parents()), escape(info.message()), escape(info.created()),
                    list(info.branchLabels()), list(info.dependsOn()), checksum == null ? "-" : escape(checksum));
        }
    }

    private RevisionIndex() {
    }

    /** The index's text, entries sorted by file name so that the same classes always give the same file. */
    public static String text(List<Entry> entries) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        entries.stream().sorted(Comparator.comparing(Entry::file)).forEach(e -> out.append(e.line()).append('\n'));
        return out.toString();
    }

    /** The entries by file name; empty when the text is not an index this Migrate reads (it is then ignored). */
    public static Map<String, Entry> read(InputStream in, String packageName) {
        List<Entry> entries;
        try (in) {
            entries = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), packageName);
        } catch (IOException e) {
            return Map.of();
        }
        Map<String, Entry> byFile = new HashMap<>(entries.size() * 2);
        entries.forEach(e -> byFile.put(e.file(), e));
        return byFile;
    }

    /**
     * The entries of an index's text in the order of their file names (as the build writes them; a later line for
     * the same file after an earlier one); empty when the text is not an index this Migrate reads. Parsed by hand in
     * one pass over the text, without a regular expression or an array per line: a scan at head reads the whole index
     * every run.
     */
    static List<Entry> parse(String text, String packageName) {
        if (!text.startsWith(HEADER) || !lineEnd(text, HEADER.length())) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>(text.length() / 128); // lines are some 150 characters long
        String prefix = packageName + ".";
        boolean sorted = true;
        try {
            int start = text.indexOf('\n') + 1;
            while (start > 0 && start < text.length()) {
                int end = text.indexOf('\n', start);
                int stop = end < 0 ? text.length() : end;
                if (stop > start && text.charAt(stop - 1) == '\r') {
                    stop--;
                }
                if (stop > start) {
                    Entry e = new Line(text, start, stop).entry(prefix);
                    sorted &= entries.isEmpty() || entries.get(entries.size() - 1).file().compareTo(e.file()) <= 0;
                    entries.add(e);
                }
                start = end + 1;
            }
        } catch (RuntimeException e) {
            return List.of();
        }
        if (!sorted) {
            entries.sort(Comparator.comparing(Entry::file)); // stable: a later line for a file stays later
        }
        return entries;
    }

    private static boolean lineEnd(String text, int at) {
        return at == text.length() || text.charAt(at) == '\n' || text.charAt(at) == '\r';
    }

    /** One line's fields, taken in order: the eleven of {@link Entry#line()}, no more, no fewer. */
    private static final class Line {

        private final String text;
        private final int stop;
        private int at;

        Line(String text, int start, int stop) {
            this.text = text;
            this.at = start;
            this.stop = stop;
        }

        Entry entry(String prefix) {
            String file = unescape(next());
            long size = number(10);
            long crc = number(16);
            long modified = number(10);
            String id = unescape(next());
            List<String> parents = unlist(next());
            String message = unescape(next());
            String created = unescape(next());
            List<String> labels = unlist(next());
            List<String> dependsOn = unlist(next());
            String checksum = next();
            if (at <= stop) {
                throw new IllegalArgumentException("more than 11 fields");
            }
            // Sized once: an append of two strings to a default builder would grow it for every line.
            String className = new StringBuilder(prefix.length() + file.length()).append(prefix)
                    .append(file, 0, file.length() - ".class".length()).toString();
            RevisionInfo info = new RevisionInfo(id, parents, message, created, className, labels, dependsOn);
            return new Entry(file, size, crc, modified, info, checksum.equals("-") ? null : unescape(checksum));
        }

        /** The next field; past the last one, an error (fewer than eleven fields). */
        private String next() {
            int from = at;
            int end = fieldEnd();
            return text.substring(from, end);
        }

        private long number(int radix) {
            int from = at;
            int end = fieldEnd();
            return Long.parseLong(text, from, end, radix);
        }

        /** Where the field at {@code at} ends; moves {@code at} past it. */
        private int fieldEnd() {
            if (at > stop) {
                throw new IllegalArgumentException("fewer than 11 fields");
            }
            int tab = text.indexOf('\t', at);
            int end = tab < 0 || tab > stop ? stop : tab;
            at = end + 1;
            return end;
        }
    }

    private static String list(List<String> items) {
        return String.join(",", items.stream().map(RevisionIndex::escape).toList());
    }

    private static List<String> unlist(String field) {
        if (field.isEmpty()) {
            return List.of();
        }
        if (field.indexOf(',') < 0) {
            return List.of(unescape(field));
        }
        String[] items = field.split(",", -1);
        for (int i = 0; i < items.length; i++) {
            items[i] = unescape(items[i]);
        }
        return List.of(items);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case ',' -> out.append("\\c");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            out.append(switch (next) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 'c' -> ',';
                default -> next;
            });
        }
        return out.toString();
    }
}
