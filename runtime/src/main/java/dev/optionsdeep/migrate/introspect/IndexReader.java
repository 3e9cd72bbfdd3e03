package dev.optionsdeep.migrate.introspect;

import dev.optionsdeep.migrate.schema.Index;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The indexes that do not back a constraint (those are read as their constraint). An index is
 * read when it is a valid b-tree over plain columns, each ascending or descending with the default
 * NULLS order, operator class and collation; any other index is left out and reported, once for
 * each way it differs.
 */
final class IndexReader {

    /** {@code pg_index.indoption} bits, from PostgreSQL's {@code catalog/pg_index.h}. */
    private static final int DESC = 1;
    private static final int NULLS_FIRST = 2;

    private static final String INDEXES = """
            SELECT x.indrelid::bigint AS table_oid, ic.relname AS name, x.indisunique, x.indisvalid,
                   am.amname::text AS method, x.indexprs IS NOT NULL AS has_expressions,
                   pg_get_expr(x.indpred, x.indrelid) AS predicate,
                   %s AS nulls_not_distinct,
                   array_to_string(ic.reloptions, ', ') AS options,
                   pg_get_indexdef(x.indexrelid) AS definition,
                   ARRAY(SELECT a.attname::text
                           FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                           LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
                          WHERE k.ord <= x.indnkeyatts ORDER BY k.ord) AS key_columns,
                   ARRAY(SELECT a.attname::text
                           FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                           LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
                          WHERE k.ord > x.indnkeyatts ORDER BY k.ord) AS include_columns,
                   ARRAY(SELECT o::int FROM unnest(x.indoption::int2[]) WITH ORDINALITY AS k(o, ord)
                          ORDER BY k.ord) AS options_per_key,
                   ARRAY(SELECT CASE WHEN opc.opcdefault THEN NULL ELSE opc.opcname::text END
                           FROM unnest(x.indclass::oid[]) WITH ORDINALITY AS k(opclass, ord)
                           JOIN pg_opclass opc ON opc.oid = k.opclass
                          ORDER BY k.ord) AS operator_classes,
                   ARRAY(SELECT CASE WHEN k.coll <> coalesce(a.attcollation, 0) THEN co.collname::text END
                           FROM unnest(x.indcollation::oid[]) WITH ORDINALITY AS k(coll, ord)
                           LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[k.ord - 1]
                           LEFT JOIN pg_collation co ON co.oid = k.coll
                          ORDER BY k.ord) AS collations
              FROM pg_index x
              JOIN pg_class ic ON ic.oid = x.indexrelid
              JOIN pg_class t ON t.oid = x.indrelid
              JOIN pg_am am ON am.oid = ic.relam
             WHERE t.relnamespace = ?::oid AND t.relkind IN ('r', 'p')
               AND NOT EXISTS (SELECT 1 FROM pg_constraint con
                                WHERE con.conindid = x.indexrelid AND con.conrelid = x.indrelid
                                  AND con.contype IN ('p', 'u', 'x'))
             ORDER BY x.indrelid, ic.relname
            """;

    private IndexReader() {
    }

    static void read(Catalog catalog, TableDrafts tables, Findings findings) throws SQLException {
        catalog.each(INDEXES.formatted(catalog.nullsNotDistinct("x")), rs -> {
            TableDrafts.Draft table = tables.get(rs.getLong("table_oid"));
            if (table == null) {
                return;
            }
            String subject = "index " + rs.getString("name") + " on " + table.name;
            if (!rs.getBoolean("indisvalid")) {
                // A failed or unfinished CREATE INDEX CONCURRENTLY: PostgreSQL does not use it, nor should the model.
                findings.add(subject + " is not valid (a CREATE INDEX CONCURRENTLY failed or has not finished), so"
                        + " Migrate leaves it out; drop it and create it again");
                return;
            }
            List<String> problems = problems(rs);
            problems.forEach(p -> findings.notModelled(subject + " " + p));
            if (problems.isEmpty()) {
                table.indexes.add(new Index(rs.getString("name"), columns(rs), rs.getBoolean("indisunique")));
            }
        });
    }

    private static List<String> problems(ResultSet rs) throws SQLException {
        List<String> problems = new ArrayList<>();
        if (!rs.getString("method").equals("btree")) {
            problems.add("uses the " + rs.getString("method") + " method (" + rs.getString("definition") + ")");
        }
        if (rs.getBoolean("has_expressions")) {
            problems.add("is an expression index (" + rs.getString("definition") + ")");
        }
        if (rs.getString("predicate") != null) {
            problems.add("is a partial index (WHERE " + rs.getString("predicate") + ")");
        }
        List<String> include = Catalog.texts(rs, "include_columns");
        if (!include.isEmpty()) {
            problems.add("has INCLUDE columns (" + String.join(", ", include) + ")");
        }
        if (rs.getBoolean("nulls_not_distinct")) {
            problems.add("treats nulls as equal (NULLS NOT DISTINCT)");
        }
        if (rs.getString("options") != null) {
            problems.add("has storage parameters (" + rs.getString("options") + ")");
        }
        List<String> keys = Catalog.texts(rs, "key_columns");
        List<Integer> options = Catalog.ints(rs, "options_per_key");
        List<String> operatorClasses = Catalog.texts(rs, "operator_classes");
        List<String> collations = Catalog.texts(rs, "collations");
        for (int i = 0; i < keys.size(); i++) {
            String column = keys.get(i);
            if (column == null) {
                continue; // an expression, reported above
            }
            if (operatorClasses.get(i) != null) {
                problems.add("uses operator class " + operatorClasses.get(i) + " on column " + column);
            }
            if (collations.get(i) != null) {
                problems.add("uses collation \"" + collations.get(i) + "\" on column " + column);
            }
            if (rs.getString("method").equals("btree") && nullsOrder(options.get(i)) != null) {
                problems.add("orders column " + column + " " + nullsOrder(options.get(i)));
            }
            if (column.matches("(?s).* (?i:ASC|DESC)")) {
                // The model writes a descending column as "name DESC", so this name would read as another column.
                problems.add("has column \"" + column + "\", whose name the model cannot tell from a sort order");
            }
        }
        return problems;
    }

    /** The NULLS order written out when it is not the default one for the direction, else null. */
    private static String nullsOrder(int option) {
        boolean desc = (option & DESC) != 0;
        boolean nullsFirst = (option & NULLS_FIRST) != 0;
        if (desc == nullsFirst) {
            return null; // ASC NULLS LAST and DESC NULLS FIRST are the defaults
        }
        return (desc ? "DESC" : "ASC") + (nullsFirst ? " NULLS FIRST" : " NULLS LAST");
    }

    private static List<String> columns(ResultSet rs) throws SQLException {
        List<String> keys = Catalog.texts(rs, "key_columns");
        List<Integer> options = Catalog.ints(rs, "options_per_key");
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            columns.add((options.get(i) & DESC) != 0 ? keys.get(i) + " DESC" : keys.get(i));
        }
        return columns;
    }
}
