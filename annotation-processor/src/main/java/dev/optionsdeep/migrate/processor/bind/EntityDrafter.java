package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.read.Mapping;
import dev.optionsdeep.migrate.processor.read.BeanValidation;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.HibernateLine;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.Association;
import dev.optionsdeep.migrate.processor.read.AttributeCollector;
import dev.optionsdeep.migrate.processor.read.TableValues.TableAnnotation;
import dev.optionsdeep.migrate.processor.read.Converters;
import dev.optionsdeep.migrate.processor.read.DatabaseResolver;
import dev.optionsdeep.migrate.processor.read.Exclusions;
import dev.optionsdeep.migrate.processor.read.TypeLevelChecks;

import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads one {@code @Entity} class, once, into an {@link EntityDraft}: its table's name and the columns
 * of the attributes it declares and inherits from mapped superclasses (and, for {@code TABLE_PER_CLASS},
 * from the entities it extends), embedded ones expanded, and its key; or reports why it cannot, and
 * gives up on that entity only. {@link #bind} then completes the draft with what needs the other
 * entities' keys ({@link EntityBinder}). Which entities have a table at all is {@link ModelBinder}'s question.
 */
public final class EntityDrafter {

    private final Elements elements;
    private final DatabaseResolver databases;
    private final Naming naming;
    private final Types types;
    private final AttributeMapper attributeMapper;
    private final AssociationMapper associationMapper;
    private final EntityBinder binder;
    private final JoinedKeys joinedKeys;
    private final OwnColumns ownColumns;
    /** What the user manages by hand: attributes left out as if {@code @Transient}. */
    private final Exclusions exclusions;
    /** The Hibernate line mapped for: 7.2 refuses an identity column in a composite key. */
    private final HibernateLine line;

    /** The naming the entities are read under. */
    Naming naming() {
        return naming;
    }

    public EntityDrafter(Elements elements, Types types, DatabaseResolver databases, Naming naming, Converters converters,
                 Exclusions exclusions, BeanValidation validation, HibernateLine line,
                 dev.optionsdeep.migrate.processor.read.UserTypeCodes userTypes,
                 dev.optionsdeep.migrate.processor.XmlMappings xml) {
        this.exclusions = exclusions;
        this.line = line;
        this.elements = elements;
        this.databases = databases;
        this.naming = naming;
        this.types = types;
        this.attributeMapper = new AttributeMapper(new ColumnMapper(elements, naming, converters, validation, line, userTypes), types,
                elements, exclusions);
        this.associationMapper = new AssociationMapper(elements, types, naming, attributeMapper, validation, line,
                xml);
        this.binder = new EntityBinder(elements, naming, associationMapper);
        this.joinedKeys = new JoinedKeys(elements, naming);
        this.ownColumns = new OwnColumns(elements, types, naming, exclusions, attributeMapper);
    }

    /** The elements (by {@link RenameReader#key}) whose {@code @RenamedFrom} hints the entities bound so far used. */
    public java.util.Set<String> renameHosts() {
        return binder.renameHosts();
    }

    /**
     * The entity's table as far as its own columns and key, or empty after reporting why it cannot be mapped.
     *
     * @param tablePerClass whether the entity is in a {@code TABLE_PER_CLASS} hierarchy: its table then
     *                      holds the columns of the entities it extends too
     * @param keys          the entities read so far, which its {@code @MapsId} relationships may reference (the
     *                      entities its key depends on are read before it)
     * @param joinedParent  for a subclass in a JOINED hierarchy, the entity it extends, whose key keys its table
     * @param singleTable   the {@code SINGLE_TABLE} hierarchy {@code entity} is the root of, whose entities all
     *                      share its table; null for an entity with a table of its own
     */
    Optional<EntityDraft> draft(TypeElement entity, AnnotationMirror entityAnnotation, boolean tablePerClass,
                                Targets keys, EntityDraft joinedParent, SingleTable.Hierarchy singleTable,
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
        String database = databases.databaseOf(entity, report);
        Mapping mapping = Mapping.of(entity, elements);
        Entity entityValues = new Entity(mapping.entityName(), mapping.entity().orElseThrow());
        TableAnnotation table = mapping.declaredTable().orElse(null);
        supported &= TypeLevelChecks.supportedTable(entity, table, report);
        String tableName = tableName(entity, entityValues, table, report);
        // What the user manages by hand is read for its key only: the relationships to it need that, and the
        // processor leaves the rest (and anything it could not map in it) out of the snapshot, unreported.
        boolean keyOnly = exclusions.excludes(entity) || tableName != null && exclusions.excludesTable(tableName);
        OwnColumns.Own own = ownColumns.own(entity, levels, keyOnly, singleTable, tableName, supported || keyOnly, report);
        if (!own.ok() || database == null || tableName == null) {
            return Optional.empty();
        }
        List<MappedColumn> columns = new ArrayList<>(own.columns());
        JoinedKeys.Key joinedKey = null;
        if (joinedParent != null) {
            joinedKey = joinedKeys.key(entity, joinedParent, tableName, columns, report);
            if (joinedKey == null) {
                return Optional.empty();
            }
            columns.addAll(0, joinedKey.columns());
        }
        List<MappedColumn> ids = ids(entity, entityAnnotation, tablePerClass, columns, own.associations(), report);
        if (ids == null) {
            return Optional.empty();
        }
        MappedEntity.Names names = new MappedEntity.Names(entityName(entity, entityValues),
                table != null && !table.name().isEmpty() ? table.name() : entityName(entity, entityValues));
        String qualifiedTable = Table.qualified(TableExtras.schema(table, naming), tableName);
        EntityDraft draft = new EntityDraft(entity, entityAnnotation, tablePerClass, singleTable, database, table,
                tableName, qualifiedTable, names, columns, own.byEntity(), own.subclassAssociations(),
                own.discriminator(), own.associations(), joinedKey, ids, null, null, null);
        return derivedKey(draft, keys, report);
    }

    /** The entity's table, completed with what needs the other entities' keys; empty after reporting. */
    /** Whether the user manages the entity's table by hand ({@code @Unmanaged}, {@code -Amigrate.exclude}). */
    boolean managedByHand(TypeElement entity, String table) {
        return exclusions.excludes(entity) || exclusions.excludesTable(table);
    }

    Optional<MappedEntity> bind(EntityDraft draft, Targets targets, Report report) {
        return binder.bind(draft, targets, report);
    }

    /** The key columns, in key order; null after reporting a key Hibernate (or Migrate) refuses. */
    private List<MappedColumn> ids(TypeElement entity, AnnotationMirror entityAnnotation, boolean tablePerClass,
                                   List<MappedColumn> columns, List<Association> associations, Report report) {
        String className = entity.getSimpleName().toString();
        List<MappedColumn> ids = MappedColumn.ids(columns);
        // An @Id to-one (the @IdClass form of a derived identity) may be the whole key.
        if (ids.isEmpty() && associations.stream().noneMatch(Association::mapsId)) {
            report.error(Code.MISSING_ID, "@Entity " + className + " has no @Id attribute: Hibernate needs an"
                    + " identifier. Annotate the id field with @Id (for example @Id @GeneratedValue(strategy ="
                    + " GenerationType.IDENTITY) private Long id)", entity, entityAnnotation);
            return null;
        }
        if (ids.size() > 1) {
            // Hibernate 6.5 and later generate one part of a composite key (EntityBinder draws it as a single
            // id); a key generating several parts is one Migrate has not compared with Hibernate's export.
            List<MappedColumn> generated = ids.stream().filter(c -> generatedValue(c).isPresent()).toList();
            if (generated.size() > 1) {
                report.error(Code.COMPOSITE_ID, "@GeneratedValue on " + className + "." + generated.get(1).path()
                        + ": the composite id of " + className + " already generates " + generated.get(0).path()
                        + ", and Migrate maps one generated part of a key only. Assign the other parts' values"
                        + " yourself", generated.get(1).attribute().element(),
                        generatedValue(generated.get(1)).orElseThrow());
                return null;
            }
            if (!generated.isEmpty() && generated.get(0).column().identity() && !line.generatesIdentityInCompositeKeys()) {
                report.error(Code.UNSUPPORTED_GENERATION, "@GeneratedValue(strategy = GenerationType.IDENTITY) on "
                        + className + "." + generated.get(0).path() + ", part of a composite id: Hibernate "
                        + line.option() + " refuses to start (\"Identity generation isn't supported for composite"
                        + " ids\"); 6.6 and 7.3 and later create the identity column. Draw it from a sequence"
                        + " (GenerationType.SEQUENCE), or upgrade Hibernate", generated.get(0).attribute().element(),
                        generatedValue(generated.get(0)).orElseThrow());
                return null;
            }
            // Hibernate 7.4 orders the columns of a composite key by size, then name; PostgreSQL keeps that order.
            ids = HibernateColumnOrder.sortedKey(ids, naming);
        }
        Optional<MappedColumn> identity = ids.stream().filter(c -> c.column().identity()).findFirst();
        if (tablePerClass && identity.isPresent()) {
            report.error(Code.UNSUPPORTED_GENERATION, "The id " + className + "." + identity.get().path() + " is an"
                    + " identity column, which Hibernate refuses in a @Inheritance(strategy = TABLE_PER_CLASS)"
                    + " hierarchy (\"Cannot use identity column key generation with <union-subclass> mapping\"): ids"
                    + " must be unique across all its tables. Use a UUID id (@Id @GeneratedValue(strategy ="
                    + " GenerationType.UUID) private UUID id), or assign the ids yourself",
                    identity.get().attribute().element(),
                    generatedValue(identity.get()).orElse(null));
            return null;
        }
        return ids;
    }

    private Optional<AnnotationMirror> generatedValue(MappedColumn id) {
        return Mapping.of(id.attribute().element(), elements).generatedValue().map(Mapping.GeneratedValue::mirror);
    }

    /**
     * The draft with its key settled: {@code @MapsId} relationships first, as their join columns replace the
     * {@code @Id} attribute's column as the key, which the other relationships (join tables, one-to-many
     * join columns) reference. Empty after reporting.
     */
    private Optional<EntityDraft> derivedKey(EntityDraft draft, Targets keys, Report report) {
        List<Association> derivingKey = draft.associations().stream().filter(Association::mapsId).toList();
        AssociationMapper.Mapped derived = associationMapper.map(draft.owner(), derivingKey, keys, report);
        if (derived == null) {
            return Optional.empty();
        }
        List<MappedColumn> columns = new ArrayList<>(draft.columns());
        List<MappedColumn> ids = draft.ids();
        if (!derivingKey.isEmpty()) {
            DerivedIdentity.Key key = new DerivedIdentity(elements, naming).key(draft.className(), ids, derivingKey,
                    derived.columns(), report);
            if (key == null) {
                return Optional.empty();
            }
            columns.removeAll(key.replaced());
            ids = key.columns();
            derived = new AssociationMapper.Mapped(key.derived(), derived.uniques(), derived.foreignKeys(),
                    derived.joinTables(), derived.foreignColumns());
        }
        columns = SharedColumns.withoutKeyCopies(columns, ids, report);
        columns = SharedColumns.withoutReadOnlyCopies(columns, report);
        PrimaryKey primaryKey = new PrimaryKey(PhysicalNames.primaryKeyName(draft.tableName()),
                MappedColumn.names(ids));
        List<MappedColumn> withDerived = new ArrayList<>(columns);
        withDerived.addAll(derived.columns());
        MappedEntity keyReading = keyReading(draft, withDerived, primaryKey, ids);
        return Optional.of(new EntityDraft(draft.entity(), draft.entityAnnotation(), draft.tablePerClass(),
                draft.singleTable(), draft.database(), draft.table(), draft.tableName(), draft.qualifiedTable(),
                draft.names(), columns, draft.byEntity(), draft.subclassAssociations(), draft.discriminator(),
                draft.associations(), draft.joinedKey(), ids, primaryKey, derived, keyReading));
    }

    /**
     * What relationships need of an entity: its table's name, key and columns, with the unique
     * constraints a {@code referencedColumnName} may rely on when they can be read yet; null when two
     * of its columns clash (reported when the entity is bound).
     */
    private MappedEntity keyReading(EntityDraft draft, List<MappedColumn> columns, PrimaryKey primaryKey,
                                    List<MappedColumn> ids) {
        if (!distinctColumnNames(columns, draft.className(), new Report())) {
            return null;
        }
        Report ignored = new Report();
        Optional<ConstraintReader.Constraints> constraints = new ConstraintReader(elements, naming, draft.entity(),
                draft.table(), draft.tableName(), columns, ignored).readDeferring();
        if (constraints.isPresent() && ignored.problems().isEmpty()) {
            binder.keyConstraints().remember(draft.entity(), columns, constraints.get()); // for binding
        }
        List<dev.optionsdeep.migrate.schema.UniqueConstraint> uniques =
                constraints.map(ConstraintReader.Constraints::uniqueConstraints).orElse(List.of());
        // Qualified: relationships reference it by this name.
        Table result = new Table(draft.qualifiedTable(), MappedColumn.columns(columns),
                primaryKey, uniques, List.of());
        // With its columns' attributes: a reference to columns that are not its key lists them in their attributes'
        // order (JoinColumnReader).
        return new MappedEntity(draft.entity(), draft.entityAnnotation(), draft.database(), result, List.of(),
                draft.names(), ids, List.of(), List.of(), null).withColumns(columns);
    }

    /** {@code @Entity}: its name as written (may be empty), and the annotation. */
    private record Entity(String name, AnnotationMirror mirror) {
    }

    /** {@code @Entity(name)}, else the class name as Hibernate takes it (a nested class is {@code Outer$Inner}). */
    private String entityName(TypeElement entity, Entity entityValues) {
        if (!entityValues.name().isEmpty()) {
            return entityValues.name();
        }
        String binary = elements.getBinaryName(entity).toString();
        return binary.substring(binary.lastIndexOf('.') + 1);
    }

    /**
     * {@code @Table(name)}, else the entity name: {@code @Entity(name)}, else the class name as
     * Hibernate takes it, from the binary name (so a nested class is {@code Outer$Inner}).
     */
    private String tableName(TypeElement entity, Entity entityValues, TableAnnotation table, Report report) {
        String written;
        AnnotationMirror at;
        if (table != null && !table.name().isEmpty()) {
            written = table.name();
            at = table.mirror();
        } else if (!entityValues.name().isEmpty()) {
            written = entityValues.name();
            at = entityValues.mirror();
        } else {
            String binary = elements.getBinaryName(entity).toString();
            written = binary.substring(binary.lastIndexOf('.') + 1);
            at = entityValues.mirror();
        }
        PhysicalNames.Resolved name = naming.declared(written);
        if (!name.ok()) {
            report.error(Code.INVALID_NAME, "The table name \"" + written + "\" of @Entity " + entity.getSimpleName()
                    + " cannot be used: " + name.problem() + ". Set it with @Table(name = \"...\")", entity, at);
            return null;
        }
        return name.name();
    }

    static boolean distinctColumnNames(List<MappedColumn> columns, String className, Report report) {
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
