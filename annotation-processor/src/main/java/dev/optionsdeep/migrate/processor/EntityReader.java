package dev.optionsdeep.migrate.processor;

import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads one {@code @Entity} class into its table, as Hibernate ORM maps it: the attributes it
 * declares and inherits from mapped superclasses (and, for {@code TABLE_PER_CLASS}, from the
 * entities it extends), embedded ones expanded; or reports why it cannot, and gives up on that
 * entity only. Which entities have a table at all is {@link ModelReader}'s question.
 */
final class EntityReader {

    private final Elements elements;
    private final DatabaseResolver databases;
    /** The first reading's own: a package's invalid {@code @Database} is reported once, by the second reading. */
    private final DatabaseResolver firstReadingDatabases;
    private final Naming naming;
    private final Types types;
    private final AttributeMapper attributeMapper;
    private final AssociationMapper associationMapper;
    /** The elements whose {@code @RenamedFrom} an entity used: any other hint has no effect, and is reported. */
    private final java.util.Set<String> renameHosts = new java.util.HashSet<>();
    /** What the user manages by hand: attributes left out as if {@code @Transient}. */
    private final Exclusions exclusions;

    EntityReader(Elements elements, Types types, DatabaseResolver databases, Naming naming, Converters converters,
                 Exclusions exclusions, BeanValidation validation) {
        this.exclusions = exclusions;
        this.elements = elements;
        this.databases = databases;
        this.firstReadingDatabases = new DatabaseResolver(elements);
        this.naming = naming;
        this.types = types;
        this.attributeMapper = new AttributeMapper(new ColumnMapper(elements, naming, converters, validation), types,
                elements, exclusions);
        this.associationMapper = new AssociationMapper(elements, types, naming, attributeMapper, validation);
    }

    /** The elements (by {@link RenameReader#key}) whose {@code @RenamedFrom} hints the entities read so far used. */
    java.util.Set<String> renameHosts() {
        return java.util.Collections.unmodifiableSet(renameHosts);
    }

    /**
     * The entity's table, or empty after reporting why it cannot be mapped.
     *
     * @param tablePerClass whether the entity is in a {@code TABLE_PER_CLASS} hierarchy: its table then
     *                      holds the columns of the entities it extends too
     * @param targets       the entities relationships may reference; null for the first reading, which
     *                      leaves relationships out and gives what they need of the entity: its key
     * @param joinedParent  for a subclass in a JOINED hierarchy, the entity it extends, whose key keys its table
     */
    Optional<MappedEntity> read(TypeElement entity, AnnotationMirror entityAnnotation, boolean tablePerClass,
                                Targets targets, MappedEntity joinedParent, Report report) {
        return read(entity, entityAnnotation, tablePerClass, targets, joinedParent, null, report);
    }

    /**
     * @param singleTable the {@code SINGLE_TABLE} hierarchy {@code entity} is the root of, whose entities all
     *                    share its table; null for an entity with a table of its own
     */
    Optional<MappedEntity> read(TypeElement entity, AnnotationMirror entityAnnotation, boolean tablePerClass,
                                Targets targets, MappedEntity joinedParent, SingleTable.Hierarchy singleTable,
                                Report report) {
        String className = entity.getSimpleName().toString();
        if (entity.getKind() != ElementKind.CLASS) {
            report.error(Code.NOT_A_CLASS, "@Entity " + className + " is " + kindName(entity.getKind())
                    + "; Hibernate maps classes only. Make it a class with a no-argument constructor",
                    entity, entityAnnotation);
            return Optional.empty();
        }
        List<TypeElement> levels = new ArrayList<>(tablePerClass ? AttributeCollector.entityAncestors(entity) : List.of());
        levels.add(entity);
        boolean supported = true;
        for (TypeElement level : levels) {
            supported &= TypeLevelChecks.supported(level, report);
        }
        String database = (targets.firstReading() ? firstReadingDatabases : databases).databaseOf(entity, report);
        Attributes entityAttributes = new Attributes(entityAnnotation, elements);
        Attributes table = JpaAnnotations.find(entity, JpaAnnotations.TABLE).map(m -> new Attributes(m, elements))
                .orElse(null);
        supported &= TypeLevelChecks.supportedTableAttributes(entity, table, report);
        String tableName = tableName(entity, entityAttributes, table, report);
        // What the user manages by hand is read for its key only: the relationships to it need that, and the
        // processor leaves the rest (and anything it could not map in it) out of the snapshot, unreported.
        boolean keyOnly = exclusions.excludes(entity) || tableName != null && exclusions.excludesTable(tableName);
        boolean ok = supported || keyOnly;
        String qualifiedTable = tableName == null ? null : Table.qualified(TableExtras.schema(table, naming), tableName);

        List<MappedColumn> columns = new ArrayList<>();
        List<Association> associations = new ArrayList<>();
        AttributeCollector.Access access = AttributeCollector.defaultAccess(entity);
        for (TypeElement level : levels) {
            ok &= readLevel(level, (DeclaredType) entity.asType(), className, access, keyOnly, columns, associations,
                    report);
        }
        Map<TypeElement, List<MappedColumn>> byEntity = new HashMap<>();
        byEntity.put(entity, List.copyOf(columns));
        SingleTable.Discriminator discriminator = null;
        Map<TypeElement, List<Association>> subclassAssociations = new java.util.LinkedHashMap<>();
        if (singleTable != null && tableName != null) {
            ok &= readSubclasses(singleTable, access, columns, byEntity, subclassAssociations, report);
            discriminator = new SingleTable(elements, naming).discriminator(singleTable, tableName, report);
            ok &= discriminator != null;
        }
        if (discriminator != null && ok) {
            String name = discriminator.column().name();
            Optional<MappedColumn> clash = columns.stream().filter(c -> c.column().name().equals(name)).findFirst();
            if (clash.isPresent()) {
                report.error(Code.DUPLICATE_COLUMN, clash.get().attribute().declaringType().getSimpleName() + "."
                        + clash.get().path() + " maps to column " + name
                        + ", which is the discriminator column of the table of " + className + ". Give the"
                        + " discriminator another name with @DiscriminatorColumn(name = \"...\") on " + className,
                        clash.get().columnHost(), clash.get().columnAnnotation());
                ok = false;
            }
        }
        if (!ok || database == null || tableName == null) {
            return Optional.empty();
        }
        JoinedKey joinedKey = null;
        if (joinedParent != null) {
            joinedKey = joinedKey(entity, joinedParent, tableName, columns, report);
            if (joinedKey == null) {
                return Optional.empty();
            }
            columns.addAll(0, joinedKey.columns());
        }
        List<MappedColumn> ids = columns.stream().filter(MappedColumn::id).toList();
        // An @Id to-one (the @IdClass form of a derived identity) may be the whole key.
        if (ids.isEmpty() && associations.stream().noneMatch(Association::mapsId)) {
            report.error(Code.MISSING_ID, "@Entity " + className + " has no @Id attribute: Hibernate needs an"
                    + " identifier. Annotate the id field with @Id (for example @Id @GeneratedValue(strategy ="
                    + " GenerationType.IDENTITY) private Long id)", entity, entityAnnotation);
            return Optional.empty();
        }
        if (ids.size() > 1) {
            Optional<MappedColumn> generated = ids.stream()
                    .filter(c -> JpaAnnotations.has(c.attribute().element(), JpaAnnotations.GENERATED_VALUE)).findFirst();
            if (generated.isPresent()) {
                report.error(Code.COMPOSITE_ID, "@GeneratedValue on " + className + "." + generated.get().path()
                        + ", part of a composite id, is not supported yet by Migrate. Assign the id's values yourself",
                        generated.get().attribute().element(), JpaAnnotations.find(generated.get().attribute().element(),
                                JpaAnnotations.GENERATED_VALUE).orElseThrow());
                return Optional.empty();
            }
            // Hibernate 7.4 orders the columns of a composite key by size, then name; PostgreSQL keeps that order.
            ids = HibernateColumnOrder.sortedKey(ids, naming);
        }
        if (tablePerClass && !ids.isEmpty() && ids.get(0).column().identity()) {
            report.error(Code.UNSUPPORTED_GENERATION, "The id " + className + "." + ids.get(0).path() + " is an"
                    + " identity column, which Hibernate refuses in a @Inheritance(strategy = TABLE_PER_CLASS)"
                    + " hierarchy (\"Cannot use identity column key generation with <union-subclass> mapping\"): ids"
                    + " must be unique across all its tables. Use a UUID id (@Id @GeneratedValue(strategy ="
                    + " GenerationType.UUID) private UUID id), or assign the ids yourself",
                    ids.get(0).attribute().element(),
                    JpaAnnotations.find(ids.get(0).attribute().element(), JpaAnnotations.GENERATED_VALUE).orElse(null));
            return Optional.empty();
        }
        MappedEntity.Names names = new MappedEntity.Names(entityName(entity, entityAttributes),
                table != null && !table.string("name").isEmpty() ? table.string("name")
                        : entityName(entity, entityAttributes));
        // @MapsId relationships first: their join columns replace the @Id attribute's column as the key,
        // which the other relationships (join tables, one-to-many join columns) reference.
        Report associationReport = targets.firstReading() ? new Report() : report;
        AssociationMapper.Mapped derived = associationMapper.map(
                new AssociationMapper.Owner(entity, database, tableName, names, ids, qualifiedTable),
                associations.stream().filter(Association::mapsId).toList(), targets, associationReport);
        if (derived == null) {
            return Optional.empty();
        }
        List<Association> derivingKey = associations.stream().filter(Association::mapsId).toList();
        if (!derivingKey.isEmpty()) {
            DerivedIdentity.Key key = new DerivedIdentity(elements, naming).key(className, ids, derivingKey,
                    derived.columns(), report);
            if (key == null) {
                return Optional.empty();
            }
            columns.removeAll(key.replaced());
            ids = key.columns();
            derived = new AssociationMapper.Mapped(key.derived(), derived.uniques(), derived.foreignKeys(),
                    derived.joinTables(), derived.foreignColumns());
        }
        PrimaryKey primaryKey = new PrimaryKey(PhysicalNames.primaryKeyName(tableName),
                ids.stream().map(c -> c.column().name()).toList());
        if (targets.firstReading()) {
            columns.addAll(derived.columns());
            return firstReading(entity, entityAnnotation, database, table, tableName, qualifiedTable, columns, primaryKey,
                    names, ids);
        }
        AssociationMapper.Mapped others = associationMapper.map(
                new AssociationMapper.Owner(entity, database, tableName, names, ids, qualifiedTable),
                associations.stream().filter(a -> !a.mapsId()).toList(), targets, report);
        if (others == null) {
            return Optional.empty();
        }
        AssociationMapper.Mapped related = derived.plus(others);
        for (Map.Entry<TypeElement, List<Association>> sub : subclassAssociations.entrySet()) {
            related = new SingleTable(elements, naming).relationships(associationMapper, sub.getKey(), sub.getValue(),
                    new AssociationMapper.Owner(entity, database, tableName, names, ids, qualifiedTable), targets,
                    related, byEntity, report);
            if (related == null) {
                return Optional.empty();
            }
        }
        List<MappedColumn> joinColumns = SharedColumns.unshared(columns, related.columns(), className, report);
        if (joinColumns == null) {
            return Optional.empty();
        }
        java.util.Set<String> shared = related.columns().stream().filter(c -> !joinColumns.contains(c))
                .map(c -> c.column().name()).collect(java.util.stream.Collectors.toSet());
        columns.addAll(joinColumns);
        if (!distinctColumnNames(columns, className, report)) {
            return Optional.empty();
        }
        SecondaryTables secondaryTables = new SecondaryTables(elements, naming);
        SecondaryTables.Split split = secondaryTables.split(entity, tableName, columns, report);
        if (split == null) {
            return Optional.empty();
        }
        columns = split.primary();
        // A JOINED subclass's key is its parent's: the parent draws it from the sequence.
        // TABLE, or AUTO naming a @TableGenerator: Hibernate 7.4 then uses that table (checked with its export).
        TableGeneratorReader tableGenerators = new TableGeneratorReader(elements, naming);
        MappedColumn firstId = ids.isEmpty() ? null : ids.get(0);
        TypeElement owner = entity;
        Optional<AnnotationMirror> tableGenerated = joinedKey != null || ids.size() != 1 ? Optional.empty()
                : JpaAnnotations.find(ids.get(0).attribute().element(), JpaAnnotations.GENERATED_VALUE)
                        .filter(g -> {
                            Attributes generatedValue = new Attributes(g, elements);
                            String strategy = generatedValue.enumConstant("strategy", "AUTO");
                            return List.of("bigint", "integer", "smallint").contains(firstId.column().type())
                                    && (strategy.equals("TABLE") || strategy.equals("AUTO") && tableGenerators.declares(
                                    firstId.attribute().element(), owner, generatedValue.string("generator")));
                        });
        Optional<AnnotationMirror> sequenceNamingTable = joinedKey != null || ids.size() != 1 ? Optional.empty()
                : JpaAnnotations.find(firstId.attribute().element(), JpaAnnotations.GENERATED_VALUE)
                        .filter(g -> new Attributes(g, elements).enumConstant("strategy", "AUTO").equals("SEQUENCE")
                                && tableGenerators.declares(firstId.attribute().element(), owner,
                                        new Attributes(g, elements).string("generator")));
        if (sequenceNamingTable.isPresent()) {
            report.error(Code.UNSUPPORTED_GENERATION, "@GeneratedValue(strategy = GenerationType.SEQUENCE) on "
                    + entity.getSimpleName() + "." + firstId.path() + " names a @TableGenerator, which Migrate does"
                    + " not follow: write strategy = GenerationType.TABLE to draw from its table, or name a"
                    + " @SequenceGenerator", firstId.attribute().element(), sequenceNamingTable.get());
            return Optional.empty();
        }
        Table generatorTable = null;
        if (tableGenerated.isPresent()) {
            generatorTable = tableGenerators.read(entity, ids.get(0).attribute().element(),
                    tableGenerated.get(), report);
            if (generatorTable == null) {
                return Optional.empty();
            }
        }
        Optional<dev.optionsdeep.migrate.schema.Sequence> sequence = joinedKey != null || ids.size() > 1
                || tableGenerated.isPresent() ? Optional.empty()
                : new SequenceReader(elements, naming).read(entity, ids.get(0), tableName, tablePerClass, report);
        if (sequence == null) {
            return Optional.empty();
        }
        Optional<ConstraintReader.Constraints> constraints =
                new ConstraintReader(elements, naming, entity, table, tableName, columns, report).read();
        if (constraints.isEmpty()) {
            return Optional.empty();
        }
        List<CheckConstraint> derivedChecks = new ArrayList<>();
        List<Column> tableColumns = new ArrayList<>(columns.stream().map(MappedColumn::column).toList());
        if (discriminator != null) {
            // After the root's own columns, before those of its subclasses.
            // (Its position is cosmetic: column order is not part of a table's identity.)
            tableColumns.add(Math.min(byEntity.get(entity).size(), tableColumns.size()), discriminator.column());
            discriminator.check().ifPresent(derivedChecks::add);
            // Only the columns this table holds: a secondary table keeps its own.
            java.util.Set<String> here = new java.util.HashSet<>(tableColumns.stream().map(Column::name).toList());
            java.util.function.Function<TypeElement, List<MappedColumn>> inTable = e -> byEntity.getOrDefault(e, List.of()).stream()
                    .filter(c -> here.contains(c.column().name())).toList();
            for (TypeElement sub : singleTable.subclasses()) {
                String literal = discriminator.literals().get(sub);
                if (literal != null) {
                    TypeElement parent = singleTable.parent(sub);
                    SingleTable.notNullCheck(tableName, discriminator.column(), literal, parent, inTable.apply(parent),
                            sub, inTable.apply(sub)).ifPresent(derivedChecks::add);
                }
            }
        }
        Optional<SoftDeletes.SoftDeleteColumn> softDelete = SoftDeletes.read(entity, tableName, naming, elements, report);
        if (softDelete == null) {
            return Optional.empty();
        }
        if (softDelete.isPresent()) {
            tableColumns.add(softDelete.get().column());
            softDelete.get().check().ifPresent(derivedChecks::add);
        }
        Optional<List<CheckConstraint>> checks =
                new CheckReader(elements, entity, table, tableName, report).read(columns, derivedChecks);
        if (checks.isEmpty()) {
            return Optional.empty();
        }
        List<dev.optionsdeep.migrate.schema.UniqueConstraint> uniques =
                new ArrayList<>(constraints.get().uniqueConstraints());
        related.uniques().stream().filter(u -> uniques.stream().noneMatch(o -> o.name().equals(u.name())))
                .filter(u -> u.columns().stream().noneMatch(shared::contains))
                .forEach(uniques::add);
        List<dev.optionsdeep.migrate.schema.ForeignKey> foreignKeys = new ArrayList<>(related.foreignKeys());
        if (joinedKey != null && joinedKey.foreignKey() != null) {
            foreignKeys.add(joinedKey.foreignKey());
        }
        List<String> keyNames = foreignKeys.stream().map(dev.optionsdeep.migrate.schema.ForeignKey::name).toList();
        Optional<String> twice = keyNames.stream().filter(n -> keyNames.indexOf(n) != keyNames.lastIndexOf(n)).findFirst();
        if (twice.isPresent()) {
            report.error(Code.DUPLICATE_CONSTRAINT_NAME, "Table " + tableName + " of @Entity " + className
                    + " would get two foreign keys named " + twice.get() + ". Rename one with @ForeignKey(name ="
                    + " \"...\")", entity, entityAnnotation);
            return Optional.empty();
        }
        List<Table> secondaries = secondaryTables.tables(entity, tableName, qualifiedTable, ids, split, foreignKeys, report);
        if (secondaries == null) {
            return Optional.empty();
        }
        Table result = new Table(tableName, tableColumns, primaryKey,
                uniques, constraints.get().indexes(), foreignKeys, checks.get());
        result = TableExtras.apply(result, entity, table, naming, elements, report);
        if (result == null) {
            return Optional.empty();
        }
        dev.optionsdeep.migrate.diff.RenameHints renames = new RenameReader(elements).read(entity, tableName, columns,
                renameHosts, report);
        if (renames == null) {
            return Optional.empty();
        }
        MappedEntity mapped = new MappedEntity(entity, entityAnnotation, database, result, sequence.stream().toList(),
                names, ids, List.of(), related.foreignColumns(), null);
        List<MappedEntity> joinTables = new ArrayList<>(related.joinTables().stream()
                .map(j -> mapped.joinTable(j.table(), j.attribute())).toList());
        secondaries.forEach(t -> joinTables.add(mapped.joinTable(t, entity)));
        if (generatorTable != null) {
            joinTables.add(mapped.generatorTable(generatorTable, ids.get(0).attribute().element()));
        }
        return Optional.of(new MappedEntity(entity, entityAnnotation, database, result, sequence.stream().toList(),
                names, ids, joinTables, related.foreignColumns(), null, renames));
    }

    /**
     * What relationships need of an entity: its table's name, key and columns, with the unique
     * constraints a {@code referencedColumnName} may rely on when they can be read yet.
     */
    private Optional<MappedEntity> firstReading(TypeElement entity, AnnotationMirror entityAnnotation, String database,
                                                Attributes table, String tableName, String qualifiedTable,
                                                List<MappedColumn> columns,
                                                PrimaryKey primaryKey, MappedEntity.Names names, List<MappedColumn> ids) {
        if (!distinctColumnNames(columns, entity.getSimpleName().toString(), new Report())) {
            return Optional.empty();
        }
        Report ignored = new Report();
        List<dev.optionsdeep.migrate.schema.UniqueConstraint> uniques =
                new ConstraintReader(elements, naming, entity, table, tableName, columns, ignored).read()
                        .map(ConstraintReader.Constraints::uniqueConstraints).orElse(List.of());
        // Qualified: relationships reference it by this name.
        Table result = new Table(qualifiedTable, columns.stream().map(MappedColumn::column).toList(), primaryKey,
                uniques, List.of());
        return Optional.of(new MappedEntity(entity, entityAnnotation, database, result, List.of(), names, ids,
                List.of(), List.of(), null));
    }

    /** The key columns of a JOINED subclass's table, with its foreign key to the parent's table (null: none). */
    record JoinedKey(List<MappedColumn> columns, dev.optionsdeep.migrate.schema.ForeignKey foreignKey) {
    }

    /**
     * The parent's key columns, named by {@code @PrimaryKeyJoinColumn} or as in the parent's table, with
     * their types, not null; or null after reporting a problem.
     */
    private JoinedKey joinedKey(TypeElement entity, MappedEntity parent, String tableName, List<MappedColumn> own,
                                Report report) {
        Optional<MappedColumn> ownId = own.stream().filter(MappedColumn::id).findFirst();
        if (ownId.isPresent()) {
            report.error(Code.UNSUPPORTED_INHERITANCE, "@Id on " + entity.getSimpleName() + "." + ownId.get().path()
                    + ": in a JOINED hierarchy the key of every table is the root's, so Hibernate ignores or refuses an"
                    + " @Id in a subclass. Remove it; rename the subclass's key column with @PrimaryKeyJoinColumn(name ="
                    + " \"...\") on " + entity.getSimpleName(), ownId.get().attribute().element(),
                    JpaAnnotations.find(ownId.get().attribute().element(), JpaAnnotations.ID).orElse(null));
            return null;
        }
        List<AnnotationMirror> joins = JpaAnnotations.findRepeated(entity, "PrimaryKeyJoinColumn",
                "PrimaryKeyJoinColumns", elements);
        List<MappedColumn> parentKey = parent.ids();
        if (!joins.isEmpty() && joins.size() != parentKey.size()) {
            report.error(Code.INVALID_RELATIONSHIP, entity.getSimpleName() + " has " + joins.size() + " @PrimaryKeyJoinColumn,"
                    + " but the key of " + parent.element().getSimpleName() + " has " + parentKey.size() + " columns."
                    + " Give one per key column", entity, joins.get(0));
            return null;
        }
        List<MappedColumn> key = new ArrayList<>();
        for (int i = 0; i < parentKey.size(); i++) {
            MappedColumn referenced = parentKey.get(i);
            Attributes join = joins.isEmpty() ? null : new Attributes(joins.get(i), elements);
            if (join != null) {
                for (String attribute : List.of("referencedColumnName", "columnDefinition", "options")) {
                    if (!join.string(attribute).isEmpty()) {
                        report.error(Code.UNSUPPORTED_ATTRIBUTE, "@PrimaryKeyJoinColumn(" + attribute + " = \""
                                + join.string(attribute) + "\") on " + entity.getSimpleName() + " is not supported yet by"
                                + " Migrate. Remove it", entity, join.mirror(), join.explicitValue(attribute));
                        return null;
                    }
                }
            }
            String name = referenced.column().name();
            String logical = referenced.logicalName();
            if (join != null && !join.string("name").isEmpty()) {
                logical = join.string("name").strip();
                PhysicalNames.Resolved resolved = naming.declared(join.string("name"));
                if (!resolved.ok()) {
                    report.error(Code.INVALID_NAME, "The key column name \"" + join.string("name") + "\" of "
                            + entity.getSimpleName() + " cannot be used: " + resolved.problem(), entity, join.mirror(),
                            join.explicitValue("name"));
                    return null;
                }
                name = resolved.name();
            }
            key.add(new MappedColumn(referenced.path(), referenced.attribute(), referenced.origin(),
                    new dev.optionsdeep.migrate.schema.Column(name, referenced.column().type(), false, false), true,
                    false, entity, join == null ? null : join.mirror(), logical));
        }
        List<String> names = key.stream().map(c -> c.column().name()).toList();
        String fkName = PhysicalNames.constraintName(tableName, names, "fkey");
        AnnotationValue fk = joins.isEmpty() ? null : new Attributes(joins.get(0), elements).value("foreignKey");
        if (fk != null) {
            Attributes foreignKey = new Attributes((AnnotationMirror) fk.getValue(), elements);
            if (foreignKey.enumConstant("value", "PROVIDER_DEFAULT").equals("NO_CONSTRAINT")) {
                return new JoinedKey(key, null);
            }
            if (!foreignKey.string("name").isEmpty()) {
                PhysicalNames.Resolved resolved = PhysicalNames.declared(foreignKey.string("name"));
                if (!resolved.ok()) {
                    report.error(Code.INVALID_NAME, "The foreign key name \"" + foreignKey.string("name") + "\" of "
                            + entity.getSimpleName() + " cannot be used: " + resolved.problem(), entity, joins.get(0));
                    return null;
                }
                fkName = resolved.name();
            }
        }
        return new JoinedKey(key, new dev.optionsdeep.migrate.schema.ForeignKey(fkName, names, parent.table().name(),
                parentKey.stream().map(c -> c.column().name()).toList()));
    }

    /** {@code @Entity(name)}, else the class name as Hibernate takes it (a nested class is {@code Outer$Inner}). */
    private String entityName(TypeElement entity, Attributes entityAttributes) {
        if (!entityAttributes.string("name").isEmpty()) {
            return entityAttributes.string("name");
        }
        String binary = elements.getBinaryName(entity).toString();
        return binary.substring(binary.lastIndexOf('.') + 1);
    }

    /**
     * Adds the columns of the subclasses of a {@code SINGLE_TABLE} hierarchy, each made nullable unless
     * its {@code @Column} says {@code nullable = false}, and records them per subclass.
     */
    private boolean readSubclasses(SingleTable.Hierarchy hierarchy, AttributeCollector.Access access,
                                   List<MappedColumn> columns, Map<TypeElement, List<MappedColumn>> byEntity,
                                   Map<TypeElement, List<Association>> associations, Report report) {
        boolean ok = true;
        for (TypeElement sub : hierarchy.subclasses()) {
            ok &= TypeLevelChecks.supported(sub, report);
            for (String misplaced : List.of(JpaAnnotations.TABLE)) {
                Optional<AnnotationMirror> m = JpaAnnotations.find(sub, misplaced);
                if (m.isPresent()) {
                    report.error(Code.UNSUPPORTED_ENTITY_MAPPING, "@" + misplaced + " on " + sub.getSimpleName()
                            + " has no table to apply to: with SINGLE_TABLE inheritance its rows live in the table of "
                            + hierarchy.root().getSimpleName() + ". Move it to " + hierarchy.root().getSimpleName(),
                            sub, m.get());
                    ok = false;
                }
            }
            for (AnnotationMirror m : JpaAnnotations.findHibernate(sub, "Check", "Checks", elements)) {
                report.error(Code.UNSUPPORTED_ENTITY_MAPPING, "@Check on " + sub.getSimpleName() + " is not supported"
                        + " by Migrate: with SINGLE_TABLE inheritance its rows live in the table of "
                        + hierarchy.root().getSimpleName() + ". Move it to " + hierarchy.root().getSimpleName(), sub, m);
                ok = false;
            }
            int start = columns.size();
            Report level = new Report();
            List<Association> subAssociations = new ArrayList<>();
            ok &= readLevel(sub, (DeclaredType) sub.asType(), sub.getSimpleName().toString(), access, false, columns,
                    subAssociations, level);
            for (Association a : subAssociations.stream().filter(Association::mapsId).toList()) {
                report.error(Code.UNSUPPORTED_INHERITANCE, "@MapsId on " + sub.getSimpleName() + "." + a.path()
                        + " derives the key in a subclass of the SINGLE_TABLE hierarchy of "
                        + hierarchy.root().getSimpleName() + ", whose key is the root's. Remove @MapsId",
                        a.attribute().element(), a.annotation());
                ok = false;
            }
            associations.put(sub, subAssociations);
            // A nullable primitive is what a subclass needs here (Hibernate adds a check instead): no advice.
            level.problems().stream().filter(p -> p.code() != Code.NULLABLE_PRIMITIVE).forEach(report::add);
            List<MappedColumn> own = SingleTable.nullableForOthers(columns.subList(start, columns.size()));
            columns.subList(start, columns.size()).clear();
            // Subclasses on other branches may map the same column; Hibernate shares it (checked with 7.4).
            List<TypeElement> lineage = AttributeCollector.entityAncestors(sub);
            List<Column> onOtherBranches = byEntity.entrySet().stream()
                    .filter(e -> !lineage.contains(e.getKey()))
                    .flatMap(e -> e.getValue().stream()).map(MappedColumn::column).toList();
            own.stream().filter(c -> !onOtherBranches.contains(c.column())).forEach(columns::add);
            byEntity.put(sub, own);
        }
        return ok;
    }

    /**
     * Adds the columns one class of the entity's hierarchy brings: its own attributes and those of its
     * mapped superclasses, with the {@code @AttributeOverride}s declared on it.
     */
    /** @param keyOnly whether to map the key attributes only, for an entity the user manages by hand */
    private boolean readLevel(TypeElement level, DeclaredType entityType, String className,
                              AttributeCollector.Access access, boolean keyOnly, List<MappedColumn> columns,
                              List<Association> associations, Report report) {
        int inherited = columns.size();
        Overrides overrides = new Overrides(elements);
        overrides.addFrom(level, "");
        overrides.addIdClass(level);
        boolean ok = true;
        for (TypeElement type : AttributeCollector.ownChain(level)) {
            AttributeCollector.Access typeAccess = AttributeCollector.classAccess(type, access);
            List<Attribute> attributes = AttributeCollector.declared(type, entityType, typeAccess, types, exclusions,
                    report);
            if (attributes != null && keyOnly) {
                attributes = attributes.stream().filter(a -> JpaAnnotations.has(a.element(), JpaAnnotations.ID)
                        || JpaAnnotations.has(a.element(), "EmbeddedId")).toList();
            }
            ok &= attributes != null && attributeMapper.map(attributes, className, access, overrides, report, columns,
                    associations);
        }
        if (!ok || keyOnly) {
            return ok; // an unmapped attribute (or one left out) would make its override look unused
        }
        for (Overrides.Override unused : overrides.unused()) {
            Optional<MappedColumn> fromEntity = columns.subList(0, inherited).stream()
                    .filter(c -> c.path().equals(unused.path())).findFirst();
            String problem = fromEntity.map(c -> "overrides " + c.path() + ", which " + level.getSimpleName()
                    + " inherits from the entity " + c.attribute().declaringType().getSimpleName() + ": Hibernate"
                    + " refuses that (\"may not be overridden using '@AttributeOverride' in entity subclass\")."
                    + " Rename the column where the entity declares it")
                    .orElse("matches no basic attribute of " + className + " (it would be " + unused.path()
                            + "; the attributes are " + columns.subList(inherited, columns.size()).stream()
                            .map(MappedColumn::path).collect(Collectors.joining(", ")) + "), so Hibernate would"
                            + " ignore it. Correct the name, or remove the override");
            report.error(Code.UNKNOWN_ATTRIBUTE, "@AttributeOverride(name = \"" + unused.name() + "\") on "
                    + hostName(unused.host()) + " " + problem, unused.host(), unused.annotation());
            ok = false;
        }
        return ok;
    }

    /**
     * {@code @Table(name)}, else the entity name: {@code @Entity(name)}, else the class name as
     * Hibernate takes it, from the binary name (so a nested class is {@code Outer$Inner}).
     */
    private String tableName(TypeElement entity, Attributes entityAttributes, Attributes table, Report report) {
        String written;
        AnnotationMirror at;
        if (table != null && !table.string("name").isEmpty()) {
            written = table.string("name");
            at = table.mirror();
        } else if (!entityAttributes.string("name").isEmpty()) {
            written = entityAttributes.string("name");
            at = entityAttributes.mirror();
        } else {
            String binary = elements.getBinaryName(entity).toString();
            written = binary.substring(binary.lastIndexOf('.') + 1);
            at = entityAttributes.mirror();
        }
        PhysicalNames.Resolved name = naming.declared(written);
        if (!name.ok()) {
            report.error(Code.INVALID_NAME, "The table name \"" + written + "\" of @Entity " + entity.getSimpleName()
                    + " cannot be used: " + name.problem() + ". Set it with @Table(name = \"...\")", entity, at);
            return null;
        }
        return name.name();
    }

    private static String hostName(javax.lang.model.element.Element host) {
        return host instanceof TypeElement type ? type.getSimpleName().toString()
                : host.getEnclosingElement().getSimpleName() + "." + host.getSimpleName();
    }

    private static boolean distinctColumnNames(List<MappedColumn> columns, String className, Report report) {
        Map<String, MappedColumn> seen = new HashMap<>();
        boolean ok = true;
        for (MappedColumn c : columns) {
            MappedColumn first = seen.putIfAbsent(c.column().name(), c);
            if (first != null) {
                String fix = c.path().contains(".")
                        ? "Rename one of them with @AttributeOverride(name = \"" + c.path().substring(c.path().indexOf('.') + 1)
                        + "\", column = @Column(name = \"...\")) on the embedded " + className + "."
                        + c.path().substring(0, c.path().indexOf('.'))
                        : "Give one of them another name with @Column(name = \"...\")";
                // At the entity's own attribute, unless an override there names the column: the clash is the entity's.
                boolean atOrigin = c.columnHost().equals(c.attribute().element()) && c.origin() != c.attribute().element();
                report.error(Code.DUPLICATE_COLUMN, className + "." + c.path() + " maps to column " + c.column().name()
                        + ", like " + className + "." + first.path() + " before it (PostgreSQL folds unquoted names to"
                        + " lower case and cuts them to 63 bytes). " + fix, atOrigin ? c.origin() : c.columnHost(),
                        atOrigin ? null : c.columnAnnotation());
                ok = false;
            }
        }
        return ok;
    }

    private static String kindName(ElementKind kind) {
        return switch (kind) {
            case INTERFACE -> "an interface";
            case ENUM -> "an enum";
            case ANNOTATION_TYPE -> "an annotation type";
            default -> kind.name().equals("RECORD") ? "a record" : "not a class";
        };
    }
}
