package dev.optionsdeep.migrate.introspect;

import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Primary keys, unique constraints, foreign keys and check constraints, columns in key order. A
 * constraint the model cannot express exactly (deferrable, not valid, with INCLUDE columns, NULLS
 * NOT DISTINCT, storage parameters on its index; a foreign key with ON UPDATE, MATCH FULL or a
 * table in a schema that is not being read) is left out and reported, as are exclusion constraints.
 */
final class ConstraintReader {

    private static final String CONSTRAINTS = """
            SELECT con.conrelid::bigint AS table_oid, con.conname, con.contype::text AS kind,
                   con.condeferrable, con.condeferred, pg_get_constraintdef(con.oid) AS definition,
                   ARRAY(SELECT a.attname::text
                           FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                           JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
                          ORDER BY k.ord) AS columns,
                   ARRAY(SELECT a.attname::text
                           FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                           JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
                          WHERE k.ord > x.indnkeyatts
                          ORDER BY k.ord) AS include_columns,
                   coalesce(%s, false) AS nulls_not_distinct,
                   array_to_string(ic.reloptions, ', ') AS index_options,
                   con.convalidated, ref.relname AS referenced_table, refns.nspname::text AS referenced_schema,
                   ARRAY(SELECT a.attname::text
                           FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                           JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
                          ORDER BY k.ord) AS referenced_columns,
                   con.confdeltype::text AS on_delete, con.confupdtype::text AS on_update,
                   con.confmatchtype::text AS match_type
              FROM pg_constraint con
              LEFT JOIN pg_class ref ON ref.oid = con.confrelid
              LEFT JOIN pg_namespace refns ON refns.oid = ref.relnamespace
              JOIN pg_class c ON c.oid = con.conrelid
              LEFT JOIN pg_index x ON x.indexrelid = con.conindid AND con.contype IN ('p', 'u')
              LEFT JOIN pg_class ic ON ic.oid = x.indexrelid
             WHERE c.relnamespace = ?::oid AND con.contype IN ('p', 'u', 'f', 'c', 'x')
             ORDER BY con.conrelid, con.conname
            """;

    private ConstraintReader() {
    }

    static void read(Catalog catalog, TableDrafts tables, Findings findings) throws SQLException {
        catalog.each(CONSTRAINTS.formatted(catalog.nullsNotDistinct("x")), rs -> {
            TableDrafts.Draft table = tables.get(rs.getLong("table_oid"));
            if (table == null) {
                return;
            }
            String name = rs.getString("conname");
            String definition = rs.getString("definition");
            switch (rs.getString("kind")) {
                case "f" -> foreignKey(catalog, rs, table, name, definition, findings);
                case "c" -> check(rs, table, name, definition, findings);
                case "x" -> findings.notModelled("table " + table.name + " has exclusion constraint " + name + " (" + definition + ")");
                default -> {
                    boolean primary = rs.getString("kind").equals("p");
                    String subject = (primary ? "primary key " : "unique constraint ") + name + " on " + table.name;
                    List<String> problems = problems(rs.getBoolean("condeferrable"), rs.getBoolean("condeferred"),
                            Catalog.texts(rs, "include_columns"), rs.getBoolean("nulls_not_distinct"),
                            rs.getString("index_options"));
                    problems.forEach(p -> findings.notModelled(subject + " " + p));
                    if (!problems.isEmpty()) {
                        return;
                    }
                    List<String> columns = Catalog.texts(rs, "columns");
                    if (primary) {
                        table.primaryKey = new PrimaryKey(name, columns);
                    } else {
                        table.uniqueConstraints.add(new UniqueConstraint(name, columns));
                    }
                }
            }
        });
    }

    private static void foreignKey(Catalog catalog, java.sql.ResultSet rs, TableDrafts.Draft table, String name,
                                   String definition, Findings findings) throws SQLException {
        String referenced = catalog.tableName(rs.getString("referenced_schema"), rs.getString("referenced_table"));
        String problem = rs.getBoolean("condeferrable") ? "is DEFERRABLE"
                : !rs.getBoolean("convalidated") ? "is NOT VALID"
                : referenced == null ? "references a table in schema " + rs.getString("referenced_schema")
                        + ", which is not being read"
                : !rs.getString("on_update").equals("a") ? "has an ON UPDATE action"
                : !rs.getString("match_type").equals("s") ? "is MATCH FULL"
                : null;
        if (problem != null) {
            findings.notModelled("foreign key " + name + " on " + table.name + " " + problem + " (" + definition + ")");
            return;
        }
        String onDelete = switch (rs.getString("on_delete")) {
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            case "r" -> "RESTRICT";
            default -> ForeignKey.NO_ACTION;
        };
        table.foreignKeys.add(new ForeignKey(name, Catalog.texts(rs, "columns"), referenced,
                Catalog.texts(rs, "referenced_columns"), onDelete));
    }

    /** {@code CHECK (<expression>)} as PostgreSQL prints it; the model keeps the expression. */
    private static void check(java.sql.ResultSet rs, TableDrafts.Draft table, String name, String definition,
                              Findings findings) throws SQLException {
        if (!rs.getBoolean("convalidated") || !definition.startsWith("CHECK (") || !definition.endsWith(")")) {
            findings.notModelled("check constraint " + name + " on " + table.name + " is NOT VALID or has a form"
                    + " Migrate does not model (" + definition + ")");
            return;
        }
        table.checks.add(new CheckConstraint(name, checkExpression(definition)));
    }

    /** The expression inside {@code CHECK (<expression>)}, as {@code pg_get_constraintdef} prints a check. */
    static String checkExpression(String definition) {
        return definition.substring("CHECK (".length(), definition.length() - 1);
    }

    private static List<String> problems(boolean deferrable, boolean deferred, List<String> include,
                                         boolean nullsNotDistinct, String indexOptions) {
        List<String> problems = new ArrayList<>();
        if (deferrable) {
            problems.add("is DEFERRABLE INITIALLY " + (deferred ? "DEFERRED" : "IMMEDIATE"));
        }
        if (!include.isEmpty()) {
            problems.add("has INCLUDE columns (" + String.join(", ", include) + ")");
        }
        if (nullsNotDistinct) {
            problems.add("treats nulls as equal (NULLS NOT DISTINCT)");
        }
        if (indexOptions != null) {
            problems.add("has storage parameters on its index (" + indexOptions + ")");
        }
        return problems;
    }
}
