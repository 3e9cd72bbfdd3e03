package dev.optionsdeep.migrate.introspect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The schemas of a database that hold something of the user's: all but PostgreSQL's own. */
public final class SchemaNames {

    private static final String USER_SCHEMAS = """
            SELECT n.nspname::text FROM pg_namespace n
             WHERE n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
               AND (EXISTS (SELECT 1 FROM pg_class c WHERE c.relnamespace = n.oid)
                    OR EXISTS (SELECT 1 FROM pg_proc p WHERE p.pronamespace = n.oid)
                    OR EXISTS (SELECT 1 FROM pg_type t WHERE t.typnamespace = n.oid))
             ORDER BY 1
            """;

    private SchemaNames() {
    }

    /** The schemas that hold a relation, a function or a type, sorted; empty schemas are left out. */
    public static List<String> nonEmpty(Connection connection) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(USER_SCHEMAS)) {
            while (rs.next()) {
                schemas.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw Catalog.named(e, USER_SCHEMAS, new Object[0]);
        }
        return schemas;
    }
}
