package dev.optionsdeep.migrate.introspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the definitions of the objects of a schema that the model does not hold, so that a baseline
 * can carry them as hand-written steps: extensions, functions and procedures, views and materialized
 * views, and the triggers of the tables read. Returned in an order that creates them: extensions,
 * functions, views in the order they were created, then triggers. Types, rules, policies, standalone
 * sequences and the rest stay listed in {@link Introspection#unsupported()} only.
 */
public final class DefinitionReader {

    private static final String EXTENSIONS = """
            SELECT 'extension' AS what, NULL AS table_name, x.extname::text AS name,
                   'CREATE EXTENSION IF NOT EXISTS ' || quote_ident(x.extname) || ' WITH SCHEMA ' || quote_ident(n.nspname) AS create_sql,
                   'DROP EXTENSION ' || quote_ident(x.extname) AS drop_sql
              FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
             WHERE x.extnamespace = ?::oid
             ORDER BY x.extname
            """;

    /** Aggregates and window functions have no {@code pg_get_functiondef}: they stay listed only. */
    private static final String FUNCTIONS = """
            SELECT CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END AS what, NULL AS table_name,
                   p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS name,
                   pg_get_functiondef(p.oid) AS create_sql,
                   'DROP ' || CASE p.prokind WHEN 'p' THEN 'PROCEDURE ' ELSE 'FUNCTION ' END
                       || quote_ident(n.nspname) || '.' || quote_ident(p.proname)
                       || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS drop_sql
              FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE p.pronamespace = ?::oid AND p.prokind IN ('f', 'p') AND %s
             ORDER BY p.oid
            """.formatted(Catalog.standalone("pg_proc", "p.oid"));

    private static final String VIEWS = """
            SELECT CASE c.relkind WHEN 'm' THEN 'materialized view' ELSE 'view' END AS what, NULL AS table_name,
                   c.relname::text AS name,
                   CASE c.relkind WHEN 'm' THEN 'CREATE MATERIALIZED VIEW ' ELSE 'CREATE VIEW ' END
                       || quote_ident(n.nspname) || '.' || quote_ident(c.relname) || ' AS'
                       || rtrim(pg_get_viewdef(c.oid), ';') AS create_sql,
                   CASE c.relkind WHEN 'm' THEN 'DROP MATERIALIZED VIEW ' ELSE 'DROP VIEW ' END
                       || quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS drop_sql
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relnamespace = ?::oid AND c.relkind IN ('v', 'm') AND %s
             ORDER BY c.oid
            """.formatted(Catalog.standalone("pg_class", "c.oid"));

    private static final String TRIGGERS = """
            SELECT 'trigger' AS what, c.relname::text AS table_name, tg.tgname::text AS name,
                   pg_get_triggerdef(tg.oid) AS create_sql,
                   'DROP TRIGGER ' || quote_ident(tg.tgname) || ' ON ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS drop_sql
              FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relnamespace = ?::oid AND NOT tg.tgisinternal
             ORDER BY c.relname, tg.tgname
            """;

    private final String schemaName;
    private final Set<String> ignoredTables;
    private final Set<String> namedSchemas;

    /** See {@link SchemaReader#definitionReader()}. */
    DefinitionReader(String schemaName, Set<String> ignoredTables, Set<String> namedSchemas) {
        this.schemaName = Objects.requireNonNull(schemaName, "schemaName");
        this.ignoredTables = Set.copyOf(ignoredTables);
        this.namedSchemas = new TreeSet<>(namedSchemas);
        this.namedSchemas.remove(schemaName);
    }

    public List<ObjectDefinition> read(Connection connection) throws SQLException {
        List<Catalog> catalogs = new ArrayList<>();
        catalogs.add(Catalog.open(connection, schemaName, schemaName, namedSchemas));
        for (String named : namedSchemas) {
            Catalog catalog = Catalog.openIfExists(connection, named, schemaName, namedSchemas);
            if (catalog != null) {
                catalogs.add(catalog);
            }
        }
        List<ObjectDefinition> definitions = new ArrayList<>();
        for (String query : List.of(EXTENSIONS, FUNCTIONS, VIEWS, TRIGGERS)) {
            for (Catalog catalog : catalogs) {
                read(catalog, query, definitions);
            }
        }
        return definitions;
    }

    private void read(Catalog catalog, String query, List<ObjectDefinition> into) throws SQLException {
        catalog.each(query, rs -> {
            String name = rs.getString("name");
            String table = rs.getString("table_name");
            if (table != null) {
                if (catalog.isDefaultSchema() && ignoredTables.contains(table)) {
                    return; // Migrate's own tables, or Flyway's
                }
                name = name + " on " + catalog.tableName(catalog.schemaName, table);
            }
            into.add(new ObjectDefinition(rs.getString("what"), name, rs.getString("create_sql").strip(),
                    rs.getString("drop_sql")));
        });
    }
}
