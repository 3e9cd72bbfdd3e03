package dev.optionsdeep.migrate.postgres;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Identifier quoting with the same rule as PostgreSQL's {@code quote_ident}: a name is written bare
 * when PostgreSQL would read it back unchanged (lower case letters, digits, underscores, not
 * starting with a digit, and not a keyword that is reserved in any way), and double-quoted
 * otherwise, with embedded quotes doubled. So {@code companies} stays bare, while {@code user},
 * {@code Company} and {@code market cap} are quoted.
 */
public final class Identifiers {

    /** PostgreSQL 15's keywords of every category but "unreserved" ({@code pg_get_keywords()}). */
    private static final Set<String> KEYWORDS = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric",
            "authorization", "between", "bigint", "binary", "bit", "boolean", "both", "case", "cast",
            "char", "character", "check", "coalesce", "collate", "collation", "column", "concurrently",
            "constraint", "create", "cross", "current_catalog", "current_date", "current_role",
            "current_schema", "current_time", "current_timestamp", "current_user", "dec", "decimal",
            "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "exists",
            "extract", "false", "fetch", "float", "for", "foreign", "freeze", "from", "full", "grant",
            "greatest", "group", "grouping", "having", "ilike", "in", "initially", "inner", "inout",
            "int", "integer", "intersect", "interval", "into", "is", "isnull", "join", "lateral",
            "leading", "least", "left", "like", "limit", "localtime", "localtimestamp", "national",
            "natural", "nchar", "none", "normalize", "not", "notnull", "null", "nullif", "numeric",
            "offset", "on", "only", "or", "order", "out", "outer", "overlaps", "overlay", "placing",
            "position", "precision", "primary", "real", "references", "returning", "right", "row",
            "select", "session_user", "setof", "similar", "smallint", "some", "substring", "symmetric",
            "table", "tablesample", "then", "time", "timestamp", "to", "trailing", "treat", "trim",
            "true", "union", "unique", "user", "using", "values", "varchar", "variadic", "verbose",
            "when", "where", "window", "with", "xmlattributes", "xmlconcat", "xmlelement", "xmlexists",
            "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmltable");

    /**
     * PostgreSQL 15's "reserved" and "reserved (can be function or type)" keywords ({@code pg_get_keywords()},
     * categories R and T): the ones it refuses, unquoted, as the name of a column, table or sequence in
     * {@code CREATE} statements (checked on PostgreSQL 15 for every keyword). The "non-reserved (cannot be
     * function or type)" ones ({@code time}, {@code position}) are accepted there.
     */
    private static final Set<String> RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "binary",
            "both", "case", "cast", "check", "collate", "collation", "column", "concurrently", "constraint",
            "create", "cross", "current_catalog", "current_date", "current_role", "current_schema", "current_time",
            "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do", "else", "end",
            "except", "false", "fetch", "for", "foreign", "freeze", "from", "full", "grant", "group", "having",
            "ilike", "in", "initially", "inner", "intersect", "into", "is", "isnull", "join", "lateral", "leading",
            "left", "like", "limit", "localtime", "localtimestamp", "natural", "not", "notnull", "null", "offset",
            "on", "only", "or", "order", "outer", "overlaps", "placing", "primary", "references", "returning",
            "right", "select", "session_user", "similar", "some", "symmetric", "table", "tablesample", "then", "to",
            "trailing", "true", "union", "unique", "user", "using", "variadic", "verbose", "when", "where", "window",
            "with");

    private Identifiers() {
    }

    public static String quote(String name) {
        if (isBare(name)) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /**
     * Whether PostgreSQL refuses {@code name} unquoted as the name of a column, table or sequence: it is
     * one of its reserved keywords, in any letter case (so an unquoted {@code Order} is refused too).
     */
    public static boolean isReservedKeyword(String name) {
        return RESERVED.contains(name.toLowerCase(java.util.Locale.ROOT));
    }

    public static String quoteAll(List<String> names) {
        return names.stream().map(Identifiers::quote).collect(Collectors.joining(", "));
    }

    private static boolean isBare(String name) {
        if (name.isEmpty() || KEYWORDS.contains(name)) {
            return false;
        }
        char first = name.charAt(0);
        if (!(first >= 'a' && first <= 'z') && first != '_') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }
}
