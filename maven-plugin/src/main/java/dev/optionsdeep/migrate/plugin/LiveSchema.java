package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.executor.ConnectionFactory;
import dev.optionsdeep.migrate.executor.ConnectionSettings;
import dev.optionsdeep.migrate.executor.FlywayHistory;
import dev.optionsdeep.migrate.introspect.Introspection;
import dev.optionsdeep.migrate.introspect.ObjectDefinition;
import dev.optionsdeep.migrate.introspect.SchemaReader;
import dev.optionsdeep.migrate.schema.Schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a baseline reads from a live database: its schema (the database's default schema and the
 * named schemas the model uses), the definitions of what the model has no place for, and Flyway's
 * history when there is one. Migrate's, Flyway's and Liquibase's own tables are left out of the schema.
 */
record LiveSchema(Introspection introspection, List<ObjectDefinition> definitions, Optional<FlywayHistory> flyway) {

    /** Liquibase's history and lock tables, under their default names. */
    static final Set<String> LIQUIBASE_TABLES = Set.of("databasechangelog", "databasechangeloglock");

    static LiveSchema read(ConnectionSettings settings, Schema model, String flywayTable) {
        ConnectionFactory connections = ConnectionFactory.of(settings);
        String schema = settings.schema() == null ? SchemaReader.DEFAULT_SCHEMA : settings.schema();
        Set<String> ignored = new HashSet<>(SchemaReader.MIGRATE_TABLES);
        ignored.add(flywayTable);
        ignored.addAll(LIQUIBASE_TABLES);
        SchemaReader reader = new SchemaReader(schema, ignored).withNamedSchemasOf(model);
        try (Connection c = connections.open()) {
            Introspection introspection = reader.read(c);
            List<ObjectDefinition> definitions = reader.definitionReader().read(c);
            return new LiveSchema(introspection, definitions, FlywayHistory.read(c, flywayTable));
        } catch (SQLException e) {
            throw connections.failure(e);
        }
    }
}
