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
    private final Naming naming;
    private final Types types;
    private final AttributeMapper attributeMapper;

    EntityReader(Elements elements, Types types, DatabaseResolver databases, Naming naming) {
        this.elements = elements;
        this.databases = databases;
        this.naming = naming;
        this.types = types;
        this.attributeMapper = new AttributeMapper(new ColumnMapper(elements, naming), types);
    }

    /**
     * The entity's table, or empty after reporting why it cannot be mapped.
     *
     * @param tablePerClass whether the entity is in a {@code TABLE_PER_CLASS} hierarchy: its table then
     *                      holds the columns of the entities it extends too
     */
    Optional<MappedEntity> read(TypeElement entity, AnnotationMirror entityAnnotation, boolean tablePerClass,
                                Report report) {
        return read(entity, entityAnnotation, tablePerClass, null, report);
    }

    /**
     * @param singleTable the {@code SINGLE_TABLE} hierarchy {@code entity} is the root of, whose entities all
     *                    share its table; null for an entity with a table of its own
     */
    Optional<MappedEntity> read(TypeElement entity, AnnotationMirror entityAnnotation, boolean tablePerClass,
                                SingleTable.Hierarchy singleTable, Report report) {
        String className = entity.getSimpleName().toString();
        if (entity.getKind() != ElementKind.CLASS) {
            report.error(Code.NOT_A_CLASS, "@Entity " + className + " is " + kindName(entity.getKind())
                    + "; Hibernate maps classes only. Make it a class with a no-argument constructor",
                    entity, entityAnnotation);
            return Optional.empty();
        }
        List<TypeElement> levels = new ArrayList<>(tablePerClass ? AttributeCollector.entityAncestors(entity) : List.of());
        levels.add(entity);
        boolean ok = true;
        for (TypeElement level : levels) {
            ok &= TypeLevelChecks.supported(level, report);
        }
        String database = databases.databaseOf(entity, report);
        Attributes entityAttributes = new Attributes(entityAnnotation, elements);
        Attributes table = JpaAnnotations.find(entity, JpaAnnotations.TABLE).map(m -> new Attributes(m, elements))
                .orElse(null);
        ok &= TypeLevelChecks.supportedTableAttributes(entity, table, report);
        String tableName = tableName(entity, entityAttributes, table, report);

        List<MappedColumn> columns = new ArrayList<>();
        AttributeCollector.Access access = AttributeCollector.defaultAccess(entity);
        for (TypeElement level : levels) {
            ok &= readLevel(level, (DeclaredType) entity.asType(), className, access, columns, report);
        }
        Map<TypeElement, List<MappedColumn>> byEntity = new HashMap<>();
        byEntity.put(entity, List.copyOf(columns));
        SingleTable.Discriminator discriminator = null;
        if (singleTable != null && tableName != null) {
            ok &= readSubclasses(singleTable, access, columns, byEntity, report);
            discriminator = new SingleTable(elements, naming).discriminator(singleTable, tableName, report);
            ok &= discriminator != null;
        }
        ok &= distinctColumnNames(columns, className, report);
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
        List<MappedColumn> ids = columns.stream().filter(MappedColumn::id).toList();
        if (ids.isEmpty()) {
            report.error(Code.MISSING_ID, "@Entity " + className + " has no @Id attribute: Hibernate needs an"
                    + " identifier. Annotate the id field with @Id (for example @Id @GeneratedValue(strategy ="
                    + " GenerationType.IDENTITY) private Long id)", entity, entityAnnotation);
            return Optional.empty();
        }
        if (ids.size() > 1) {
            MappedColumn second = ids.get(1);
            report.error(Code.COMPOSITE_ID, "@Entity " + className + " has several @Id attributes (" + ids.stream()
                    .map(MappedColumn::path).toList() + "); composite ids are not supported yet by Migrate. Keep @Id"
                    + " on one attribute", second.attribute().element(),
                    JpaAnnotations.find(second.attribute().element(), JpaAnnotations.ID).orElseThrow());
            return Optional.empty();
        }
        if (tablePerClass && ids.get(0).column().identity()) {
            report.error(Code.UNSUPPORTED_GENERATION, "The id " + className + "." + ids.get(0).path() + " is an"
                    + " identity column, which Hibernate refuses in a @Inheritance(strategy = TABLE_PER_CLASS)"
                    + " hierarchy (\"Cannot use identity column key generation with <union-subclass> mapping\"): ids"
                    + " must be unique across all its tables. Use a UUID id (@Id @GeneratedValue(strategy ="
                    + " GenerationType.UUID) private UUID id), or assign the ids yourself",
                    ids.get(0).attribute().element(),
                    JpaAnnotations.find(ids.get(0).attribute().element(), JpaAnnotations.GENERATED_VALUE).orElse(null));
            return Optional.empty();
        }
        Optional<dev.optionsdeep.migrate.schema.Sequence> sequence =
                new SequenceReader(elements).read(entity, ids.get(0), tableName, tablePerClass, report);
        if (sequence == null) {
            return Optional.empty();
        }
        Optional<ConstraintReader.Constraints> constraints =
                new ConstraintReader(elements, naming, entity, table, tableName, columns, report).read();
        if (constraints.isEmpty()) {
            return Optional.empty();
        }
        List<CheckConstraint> derived = new ArrayList<>();
        List<Column> tableColumns = new ArrayList<>(columns.stream().map(MappedColumn::column).toList());
        if (discriminator != null) {
            // After the root's own columns, before those of its subclasses.
            tableColumns.add(byEntity.get(entity).size(), discriminator.column());
            discriminator.check().ifPresent(derived::add);
            for (TypeElement sub : singleTable.subclasses()) {
                String literal = discriminator.literals().get(sub);
                if (literal != null) {
                    TypeElement parent = singleTable.parent(sub);
                    SingleTable.notNullCheck(tableName, discriminator.column(), literal, parent, byEntity.get(parent),
                            sub, byEntity.get(sub)).ifPresent(derived::add);
                }
            }
        }
        Optional<List<CheckConstraint>> checks =
                new CheckReader(elements, entity, table, tableName, report).read(columns, derived);
        if (checks.isEmpty()) {
            return Optional.empty();
        }
        PrimaryKey primaryKey = new PrimaryKey(PhysicalNames.primaryKeyName(tableName),
                List.of(ids.get(0).column().name()));
        Table result = new Table(tableName, tableColumns, primaryKey,
                constraints.get().uniqueConstraints(), constraints.get().indexes(), List.of(), checks.get());
        return Optional.of(new MappedEntity(entity, entityAnnotation, database, result, sequence.stream().toList()));
    }

    /**
     * Adds the columns of the subclasses of a {@code SINGLE_TABLE} hierarchy, each made nullable unless
     * its {@code @Column} says {@code nullable = false}, and records them per subclass.
     */
    private boolean readSubclasses(SingleTable.Hierarchy hierarchy, AttributeCollector.Access access,
                                   List<MappedColumn> columns, Map<TypeElement, List<MappedColumn>> byEntity,
                                   Report report) {
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
            ok &= readLevel(sub, (DeclaredType) sub.asType(), sub.getSimpleName().toString(), access, columns, level);
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
    private boolean readLevel(TypeElement level, DeclaredType entityType, String className,
                              AttributeCollector.Access access, List<MappedColumn> columns, Report report) {
        int inherited = columns.size();
        Overrides overrides = new Overrides(elements);
        overrides.addFrom(level, "");
        boolean ok = true;
        for (TypeElement type : AttributeCollector.ownChain(level)) {
            AttributeCollector.Access typeAccess = AttributeCollector.classAccess(type, access);
            List<Attribute> attributes = AttributeCollector.declared(type, entityType, typeAccess, types, report);
            ok &= attributes != null && attributeMapper.map(attributes, className, access, overrides, report, columns);
        }
        if (!ok) {
            return false; // an unmapped attribute would make its override look unused
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
