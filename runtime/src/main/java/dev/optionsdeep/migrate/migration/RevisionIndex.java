package dev.optionsdeep.migrate.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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

        /** @param packageName the package the index lives in, which makes the class's name */
        static Entry parse(String line, String packageName) {
            String[] f = line.split("\t", -1);
            if (f.length != 11) {
                throw new IllegalArgumentException("expected 11 fields, found " + f.length);
            }
            String file = unescape(f[0]);
            String className = packageName + "." + file.substring(0, file.length() - ".class".length());
            RevisionInfo info = new RevisionInfo(unescape(f[4]), unlist(f[5]), unescape(f[6]), unescape(f[7]), className,
                    unlist(f[8]), unlist(f[9]));
            return new Entry(file, Long.parseLong(f[1]), Long.parseLong(f[2], 16), Long.parseLong(f[3]), info,
                    f[10].equals("-") ? null : unescape(f[10]));
        }
    }

    private RevisionIndex() {
    }

    /** The index's text, entries sorted by file name so that the same classes always give the same file. */
    public static String text(List<Entry> entries) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        entries.stream().sorted(java.util.Comparator.comparing(Entry::file)).forEach(e -> out.append(e.line()).append('\n'));
        return out.toString();
    }

    /** The entries by file name; empty when the text is not an index this Migrate reads (it is then ignored). */
    public static Map<String, Entry> read(InputStream in, String packageName) {
        Map<String, Entry> entries = new HashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            if (!HEADER.equals(lines.readLine())) {
                return Map.of();
            }
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isEmpty()) {
                    Entry e = Entry.parse(line, packageName);
                    entries.put(e.file(), e);
                }
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    private static String list(List<String> items) {
        return String.join(",", items.stream().map(RevisionIndex::escape).toList());
    }

    private static List<String> unlist(String field) {
        if (field.isEmpty()) {
            return List.of();
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
