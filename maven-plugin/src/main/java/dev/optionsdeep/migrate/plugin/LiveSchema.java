package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.executor.ConnectionFactory;
import dev.optionsdeep.migrate.executor.ConnectionSettings;
import dev.optionsdeep.migrate.executor.FlywayHistory;
import dev.optionsdeep.migrate.introspect.Introspection;
import dev.optionsdeep.migrate.introspect.ObjectDefinition;
import dev.optionsdeep.migrate.introspect.SchemaNames;
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
 * history when there is one, and which other schemas hold something it did not read. Migrate's, Flyway's and Liquibase's own tables are left out of the schema.
 */
record LiveSchema(Introspection introspection, List<ObjectDefinition> definitions, Optional<FlywayHistory> flyway,
                  List<String> unreadSchemas) {

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
            Set<String> read = new HashSet<>(Set.of(schema));
            model.tables().forEach(t -> read.add(t.schemaName() == null ? schema : t.schemaName()));
            List<String> unread = SchemaNames.nonEmpty(c).stream().filter(n -> !read.contains(n)).toList();
            return new LiveSchema(introspection, definitions, FlywayHistory.read(c, flywayTable), unread);
        } catch (SQLException e) {
            throw connections.failure(e);
        }
    }
}
