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

    private Identifiers() {
    }

    public static String quote(String name) {
        if (isBare(name)) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
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
