package dev.optionsdeep.migrate.introspect;

import dev.optionsdeep.migrate.schema.Sequence;

import java.sql.SQLException;

/**
 * Everything else a schema can hold that the model has no place for yet, each reported by name:
 * sequences (other than identity and serial ones), types, functions, extensions (once, not each
 * of their objects), extended statistics, and on the tables read: triggers, rules, row-level
 * security policies and comments on indexes and constraints (table and column comments are read
 * with their tables and columns).
 */
final class OtherObjectReader {

    private static final String SEQUENCES = """
            SELECT s.relname, dep.refobjid::bigint AS owner_oid,
                   owner.relname AS owner_table, a.attname AS owner_column,
                   q.seqstart, q.seqincrement, q.seqmin, q.seqmax, q.seqcache, q.seqcycle, q.seqtypid::regtype::text AS seqtype
              FROM pg_class s
              JOIN pg_sequence q ON q.seqrelid = s.oid
              LEFT JOIN pg_depend dep ON dep.classid = 'pg_class'::regclass AND dep.objid = s.oid
                   AND dep.refclassid = 'pg_class'::regclass AND dep.deptype = 'a'
              LEFT JOIN pg_class owner ON owner.oid = dep.refobjid
              LEFT JOIN pg_attribute a ON a.attrelid = dep.refobjid AND a.attnum = dep.refobjsubid
             WHERE s.relnamespace = ?::oid AND s.relkind = 'S' AND %s
             ORDER BY s.relname
            """.formatted(Catalog.standalone("pg_class", "s.oid"));

    /**
     * What else lives in the schema, as (what, name) in one round trip. Types that are internal
     * parts of another object (array types, a table's row type, a range's multirange) are left out
     * by {@link Catalog#standalone}, as are an extension's own objects: the extension is reported once.
     */
    private static final String SCHEMA_OBJECTS = """
            SELECT CASE t.typtype WHEN 'e' THEN 'enum type' WHEN 'd' THEN 'domain' WHEN 'c' THEN 'composite type'
                                  WHEN 'r' THEN 'range type' ELSE 'type' END AS what,
                   t.typname::text AS name
              FROM pg_type t
             WHERE t.typnamespace = ?::oid AND %s
            UNION ALL
            SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate function'
                                  WHEN 'w' THEN 'window function' ELSE 'function' END,
                   p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')'
              FROM pg_proc p
             WHERE p.pronamespace = ?::oid AND %s
            UNION ALL
            SELECT 'extension', x.extname::text
              FROM pg_extension x
             WHERE x.extnamespace = ?::oid
            UNION ALL
            SELECT 'extended statistics', s.stxname || ' on ' || s.stxrelid::regclass::text
              FROM pg_statistic_ext s
             WHERE s.stxnamespace = ?::oid
            ORDER BY 1, 2
            """.formatted(Catalog.standalone("pg_type", "t.oid"), Catalog.standalone("pg_proc", "p.oid"));

    /** What hangs off a table: (table oid, what, name), every kind in one list. */
    private static final String TABLE_OBJECTS = """
            SELECT tg.tgrelid::bigint AS table_oid, 'trigger' AS what, tg.tgname::text AS name
              FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid
             WHERE c.relnamespace = ?::oid AND NOT tg.tgisinternal
            UNION ALL
            SELECT r.ev_class::bigint, 'rule', r.rulename::text
              FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class
             WHERE c.relnamespace = ?::oid AND r.rulename <> '_RETURN'
            UNION ALL
            SELECT pol.polrelid::bigint, 'row-level security policy', pol.polname::text
              FROM pg_policy pol JOIN pg_class c ON c.oid = pol.polrelid
             WHERE c.relnamespace = ?::oid
            UNION ALL
            SELECT x.indrelid::bigint, 'index comment', ic.relname::text
              FROM pg_description d
              JOIN pg_index x ON x.indexrelid = d.objoid
              JOIN pg_class ic ON ic.oid = x.indexrelid
             WHERE d.classoid = 'pg_class'::regclass AND ic.relnamespace = ?::oid
            UNION ALL
            SELECT con.conrelid::bigint, 'constraint comment', con.conname::text
              FROM pg_description d
              JOIN pg_constraint con ON con.oid = d.objoid
             WHERE d.classoid = 'pg_constraint'::regclass AND con.connamespace = ?::oid AND con.conrelid <> 0
            ORDER BY 1, 2, 3
            """;

    private OtherObjectReader() {
    }

    static void read(Catalog catalog, TableDrafts tables, Findings findings) throws SQLException {
        String schema = "schema " + catalog.schemaName;
        catalog.each(SEQUENCES, rs -> {
            String sequence = rs.getString("relname");
            boolean owned = rs.getString("owner_table") != null;
            if (owned && tables.isIgnored(rs.getLong("owner_oid")) || tables.isSerialSequence(sequence)) {
                return; // part of an ignored table, or already reported with its serial column
            }
            if (owned) {
                findings.notModelled(schema + " has sequence " + sequence + " (owned by " + rs.getString("owner_table")
                        + "." + rs.getString("owner_column") + ")");
                return;
            }
            long start = rs.getLong("seqstart");
            long increment = rs.getLong("seqincrement");
            // The model holds start and increment; anything else must be PostgreSQL's default for them.
            boolean ascending = increment > 0;
            boolean defaults = rs.getString("seqtype").equals("bigint") && rs.getLong("seqcache") == 1
                    && !rs.getBoolean("seqcycle")
                    && rs.getLong("seqmin") == (ascending ? 1 : Long.MIN_VALUE)
                    && rs.getLong("seqmax") == (ascending ? Long.MAX_VALUE : -1);
            if (!defaults) {
                findings.notModelled(schema + " has sequence " + sequence + " with options beyond start and increment"
                        + " (type, minimum, maximum, cache or cycle)");
                return;
            }
            // In a named schema the sequence is named as its tables are: schema.sequence.
            tables.sequence(new Sequence(catalog.isDefaultSchema() ? sequence
                    : dev.optionsdeep.migrate.schema.Table.qualified(catalog.schemaName, sequence), start, increment));
        });
        catalog.each(SCHEMA_OBJECTS, rs -> {
            String what = rs.getString("what");
            String name = rs.getString("name");
            findings.notModelled(what.equals("extension") ? "extension " + name + " is installed in " + schema
                    : schema + " has " + what + " " + name);
        });
        catalog.each(TABLE_OBJECTS, rs -> {
            TableDrafts.Draft table = tables.get(rs.getLong("table_oid"));
            if (table == null) {
                return;
            }
            String name = rs.getString("name");
            findings.notModelled(switch (rs.getString("what")) {
                case "index comment" -> "index " + name + " on " + table.name + " has a comment";
                case "constraint comment" -> "constraint " + name + " on " + table.name + " has a comment";
                default -> "table " + table.name + " has " + rs.getString("what") + " " + name;
            });
        });
    }
}
