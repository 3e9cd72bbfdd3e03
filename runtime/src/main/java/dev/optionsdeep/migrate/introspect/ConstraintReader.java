package dev.optionsdeep.migrate.introspect;

import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Primary keys and unique constraints, columns in key order. A key the model cannot express
 * exactly (deferrable, with INCLUDE columns, NULLS NOT DISTINCT, storage parameters on its index)
 * is left out and reported, as are foreign keys, check and exclusion constraints.
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
                   array_to_string(ic.reloptions, ', ') AS index_options
              FROM pg_constraint con
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
                case "f" -> findings.notModelled("table " + table.name + " has foreign key " + name + " (" + definition + ")");
                case "c" -> findings.notModelled("table " + table.name + " has check constraint " + name + " (" + definition + ")");
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
