package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column definitions written for MySQL (legacy models ported from it are full of them), which PostgreSQL
 * refuses, so that Hibernate's own DDL fails with them: the PostgreSQL spelling to suggest instead.
 */
final class ForeignDefinitions {

    /** MySQL types PostgreSQL has under another name. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("tinyint", "smallint"), Map.entry("mediumint", "integer"), Map.entry("datetime", "timestamp"),
            Map.entry("tinytext", "text"), Map.entry("mediumtext", "text"), Map.entry("longtext", "text"),
            Map.entry("tinyblob", "bytea"), Map.entry("blob", "bytea"), Map.entry("mediumblob", "bytea"),
            Map.entry("longblob", "bytea"), Map.entry("double", "double precision"), Map.entry("year", "smallint"),
            Map.entry("nvarchar", "varchar"), Map.entry("varbinary", "bytea"), Map.entry("binary", "bytea"));

    private static final Pattern INTEGER_WIDTH = Pattern.compile("(?i)(int|integer|smallint|bigint)\\s*\\(\\s*\\d+\\s*\\)");
    private static final Pattern NAME = Pattern.compile("(?i)([a-z]+)\\s*(\\(.*\\))?");
    private static final List<String> MYSQL_CLAUSES = List.of("unsigned", "zerofill", "auto_increment",
            "character set", "charset", "comment", "on update");

    /** What PostgreSQL refuses and how it spells the definition, the spelling null if there is none. */
    record Problem(String what, String spelling) {
    }

    private ForeignDefinitions() {
    }

    /** Empty when {@code parsed} is not recognisably written for another database. */
    static Optional<Problem> check(String written, DefinitionText parsed) {
        List<String> what = new ArrayList<>();
        String type = parsed.type().strip();
        String lower = type.toLowerCase(Locale.ROOT);
        Matcher name = NAME.matcher(type);
        String base = name.matches() ? name.group(1).toLowerCase(Locale.ROOT) : lower;
        String defaultValue = parsed.defaultValue();
        if (written.contains("`")) {
            what.add("backticks quote names in MySQL only");
            type = type.replace("`", "");
        }
        if (lower.matches("tinyint\\s*\\(\\s*1\\s*\\)")) {
            what.add("PostgreSQL has no tinyint");
            type = "boolean";
            defaultValue = bool(defaultValue);
        } else if (lower.matches("bit(\\s*\\(\\s*1\\s*\\))?") && defaultValue != null && !bool(defaultValue).equals(defaultValue)) {
            what.add("a bit column takes no integer default in PostgreSQL");
            type = "boolean";
            defaultValue = bool(defaultValue);
        } else if (base.equals("enum") || base.equals("set")) {
            what.add("PostgreSQL has no inline " + base + " type");
            type = "varchar(255)";
        } else if (INTEGER_WIDTH.matcher(type).matches()) {
            what.add("PostgreSQL integers take no display width");
            type = type.replaceAll("\\s*\\(.*\\)", "");
        } else if (TYPES.containsKey(base) && name.matches()) {
            what.add("PostgreSQL has no " + base + " type");
            type = TYPES.get(base) + (name.group(2) == null || !base.endsWith("char") ? "" : name.group(2));
        }
        List<String> kept = new ArrayList<>();
        for (String other : parsed.others()) {
            String o = other.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (MYSQL_CLAUSES.stream().anyMatch(o::startsWith)) {
                what.add(o.startsWith("auto_increment") ? "auto_increment is MySQL's (use @GeneratedValue(strategy ="
                        + " GenerationType.IDENTITY))" : "\"" + other + "\" is MySQL's");
            } else if (o.startsWith("collate ") && !o.matches("collate (\"[^\"]+\"|c|posix|ucs_basic)")) {
                what.add("\"" + other + "\" names a MySQL collation");
            } else {
                kept.add(other);
            }
        }
        if (what.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder spelling = new StringBuilder(type);
        if (defaultValue != null) {
            spelling.append(" default ").append(defaultValue);
        }
        if (parsed.nullability() != null) {
            spelling.append(' ').append(parsed.nullability());
        }
        if (parsed.unique()) {
            spelling.append(" unique");
        }
        if (parsed.check() != null) {
            spelling.append(" check (").append(parsed.check()).append(')');
        }
        kept.forEach(k -> spelling.append(' ').append(k));
        return Optional.of(new Problem(String.join("; ", what), spelling.toString()));
    }

    /** MySQL's 0 and 1 as PostgreSQL booleans; anything else unchanged. */
    private static String bool(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().replaceAll("^'(.*)'$", "$1").replaceAll("^b'(.*)'$", "$1");
        return v.equals("0") ? "false" : v.equals("1") ? "true" : value;
    }
}
