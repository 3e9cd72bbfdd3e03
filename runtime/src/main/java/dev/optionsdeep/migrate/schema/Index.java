package dev.optionsdeep.migrate.schema;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An index over plain columns.
 *
 * @param columns each a column name, optionally followed by {@code " DESC"}, in index order. A
 *                trailing {@code " ASC"} is dropped and {@code " desc"} in any case becomes
 *                {@code " DESC"}: one spelling per index, the one read back from the database.
 */
public record Index(String name, List<String> columns, boolean unique) {

    private static final Pattern SORT_ORDER = Pattern.compile("(?s)(.+) (?i:(ASC)|(DESC))");

    public Index {
        Names.require(name, "index name");
        columns = List.copyOf(columns).stream().map(Index::canonical).toList();
        Names.requireColumns(columns.stream().map(Index::columnName).toList(), "index " + name);
    }

    /** The column an entry of {@link #columns()} names, without its sort order. */
    static String columnName(String entry) {
        return entry.endsWith(" DESC") ? entry.substring(0, entry.length() - " DESC".length()) : entry;
    }

    private static String canonical(String column) {
        if (column.indexOf(' ') < 0) {
            return column; // no sort order can be written without a space: spare the regex
        }
        Matcher m = SORT_ORDER.matcher(column);
        if (!m.matches()) {
            return column;
        }
        return m.group(2) != null ? m.group(1) : m.group(1) + " DESC";
    }
}
