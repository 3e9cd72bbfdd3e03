package dev.optionsdeep.migrate.introspect;

import java.sql.SQLException;
import java.util.Set;

/**
 * The schema's tables, and every other relation in it (views, materialized views, foreign
 * tables) reported. Table-level attributes the model has no place for are reported too.
 */
final class RelationReader {

    private static final String RELATIONS = """
            SELECT c.oid::bigint AS oid, c.relname, c.relkind::text AS kind, obj_description(c.oid, 'pg_class') AS comment,
                   c.relpersistence = 'u' AS unlogged, c.relispartition, c.relrowsecurity,
                   array_to_string(c.reloptions, ', ') AS options,
                   CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
                   CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS partition_bound,
                   (SELECT string_agg(i.inhparent::regclass::text, ', ' ORDER BY i.inhseqno)
                      FROM pg_inherits i WHERE i.inhrelid = c.oid) AS parents
              FROM pg_class c
             WHERE c.relnamespace = ?::oid
               AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
               AND %s
             ORDER BY c.relname
            """.formatted(Catalog.standalone("pg_class", "c.oid"));

    private RelationReader() {
    }

    static void read(Catalog catalog, Set<String> ignoredTables, TableDrafts tables, Findings findings)
            throws SQLException {
        String schema = catalog.schemaName;
        catalog.each(RELATIONS, rs -> {
            long oid = rs.getLong("oid");
            String name = rs.getString("relname");
            switch (rs.getString("kind")) {
                case "v" -> findings.notModelled("schema " + schema + " has view " + name);
                case "m" -> findings.notModelled("schema " + schema + " has materialized view " + name);
                case "f" -> findings.notModelled("schema " + schema + " has foreign table " + name);
                default -> {
                    if (ignoredTables.contains(name)) {
                        tables.ignore(oid);
                        return;
                    }
                    String modelName = catalog.tableName(schema, name);
                    if (name.contains(".")) {
                        // The model reads a dot as the one between schema and table.
                        findings.notModelled("schema " + schema + " has table " + name + ", whose name holds a dot");
                        tables.ignore(oid);
                        return;
                    }
                    tables.add(oid, modelName, rs.getString("comment"));
                    String table = "table " + modelName;
                    if (rs.getString("partition_key") != null) {
                        findings.notModelled(table + " is partitioned (PARTITION BY " + rs.getString("partition_key") + ")");
                    }
                    if (rs.getBoolean("relispartition")) {
                        findings.notModelled(table + " is a partition of " + rs.getString("parents") + " ("
                                + rs.getString("partition_bound") + ")");
                    } else if (rs.getString("parents") != null) {
                        findings.notModelled(table + " inherits from " + rs.getString("parents"));
                    }
                    if (rs.getBoolean("unlogged")) {
                        findings.notModelled(table + " is UNLOGGED");
                    }
                    if (rs.getBoolean("relrowsecurity")) {
                        findings.notModelled(table + " has row-level security enabled");
                    }
                    if (rs.getString("options") != null) {
                        findings.notModelled(table + " has storage parameters (" + rs.getString("options") + ")");
                    }
                }
            }
        });
    }
}
