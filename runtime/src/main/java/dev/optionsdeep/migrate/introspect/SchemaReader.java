package dev.optionsdeep.migrate.introspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Set;

/**
 * Reads one schema of a live PostgreSQL database from {@code pg_catalog} into the schema model:
 * tables with their columns (in {@code attnum} order, types as {@code format_type} prints them),
 * primary keys, unique constraints and the indexes that do not back a constraint. Everything else
 * in the schema is reported in {@link Introspection#unsupported()}, never dropped in silence or
 * read as something it is not.
 *
 * <p>With auto-commit on, the catalog is read in one read-only repeatable-read transaction, so a
 * concurrent migration cannot show up half-applied; inside the caller's transaction, the reader
 * sees what that transaction sees (its own uncommitted DDL included).
 *
 * <p>Needs PostgreSQL 12 or newer (the catalog columns for generated columns, procedures and
 * INCLUDE columns).
 */
public final class SchemaReader {

    public static final String DEFAULT_SCHEMA = "public";

    /** Migrate's own bookkeeping tables: not part of the user's model. */
    public static final Set<String> MIGRATE_TABLES = Set.of("migrate_version", "migrate_history");

    private final String schemaName;
    private final Set<String> ignoredTables;
    private final java.util.SortedSet<String> namedSchemas;
    private final dev.optionsdeep.migrate.schema.Schema model;

    /** Reads {@value #DEFAULT_SCHEMA}, leaving out {@link #MIGRATE_TABLES}. */
    public SchemaReader() {
        this(DEFAULT_SCHEMA, MIGRATE_TABLES);
    }

    /**
     * @param schemaName    the schema to read, as PostgreSQL stores its name (no quoting)
     * @param ignoredTables tables of that schema to leave out, with their indexes, constraints,
     *                      triggers, comments and owned sequences
     */
    public SchemaReader(String schemaName, Set<String> ignoredTables) {
        this(schemaName, ignoredTables, Set.of());
    }

    /**
     * @param namedSchemas schemas to read besides {@code schemaName}, whose tables are named
     *                     {@code schema.table} as {@code @Table(schema = …)} names them; a schema that
     *                     does not exist (yet) has no tables. Their sequences are reported, not read.
     */
    public SchemaReader(String schemaName, Set<String> ignoredTables, Set<String> namedSchemas) {
        this(schemaName, ignoredTables, namedSchemas, dev.optionsdeep.migrate.schema.Schema.EMPTY);
    }

    private SchemaReader(String schemaName, Set<String> ignoredTables, Set<String> namedSchemas,
                         dev.optionsdeep.migrate.schema.Schema model) {
        this.schemaName = Objects.requireNonNull(schemaName, "schemaName");
        this.ignoredTables = Set.copyOf(ignoredTables);
        this.namedSchemas = new java.util.TreeSet<>(namedSchemas);
        this.namedSchemas.remove(schemaName);
        this.model = model;
    }

    /** This reader, also reading the named schemas the model's tables are in ({@link dev.optionsdeep.migrate.schema.Table#schemaName()}). */
    public SchemaReader withNamedSchemasOf(dev.optionsdeep.migrate.schema.Schema model) {
        Set<String> names = new java.util.TreeSet<>(namedSchemas);
        model.tables().forEach(t -> {
            if (t.schemaName() != null) {
                names.add(t.schemaName());
            }
        });
        model.sequences().forEach(q -> {
            if (q.schemaName() != null) {
                names.add(q.schemaName());
            }
        });
        return new SchemaReader(schemaName, ignoredTables, names, model);
    }

    /**
     * This reader, reading the columns the model keeps verbatim as the model has them when they are what
     * their definition makes (see {@link VerbatimColumns} for what is compared and what is trusted).
     */
    public SchemaReader withVerbatimColumnsOf(dev.optionsdeep.migrate.schema.Schema model) {
        return new SchemaReader(schemaName, ignoredTables, namedSchemas, model);
    }

    /** The reader of the definitions of views, functions, triggers and extensions in the same schemas. */
    public DefinitionReader definitionReader() {
        return new DefinitionReader(schemaName, ignoredTables, namedSchemas);
    }

    /**
     * @throws IllegalArgumentException when the database has no schema of that name
     */
    public Introspection read(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            return readNow(connection);
        }
        connection.setAutoCommit(false);
        try {
            // SET TRANSACTION changes this transaction only: the connection's own settings stay as they are.
            try (Statement s = connection.createStatement()) {
                s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            return readNow(connection);
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    private Introspection readNow(Connection connection) throws SQLException {
        Findings findings = new Findings();
        TableDrafts tables = new TableDrafts();
        tables.verbatimColumns(VerbatimColumns.of(model));
        read(Catalog.open(connection, schemaName, schemaName, namedSchemas), ignoredTables, tables, findings);
        for (String named : namedSchemas) {
            Catalog catalog = Catalog.openIfExists(connection, named, schemaName, namedSchemas);
            if (catalog != null) {
                read(catalog, Set.of(), tables, findings);
            }
        }
        return new Introspection(VerbatimColumns.adopt(tables.schema(), model), findings.sorted());
    }

    private static void read(Catalog catalog, Set<String> ignoredTables, TableDrafts tables, Findings findings)
            throws SQLException {
        RelationReader.read(catalog, ignoredTables, tables, findings);
        ColumnReader.read(catalog, tables, findings);
        ConstraintReader.read(catalog, tables, findings);
        IndexReader.read(catalog, tables, findings);
        OtherObjectReader.read(catalog, tables, findings);
    }
}
