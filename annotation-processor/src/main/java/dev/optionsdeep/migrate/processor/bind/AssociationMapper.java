package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.read.BeanValidation;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.HibernateLine;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.AnnotationCatalog;
import dev.optionsdeep.migrate.processor.read.Association;
import dev.optionsdeep.migrate.processor.read.AttributeCollector;
import dev.optionsdeep.migrate.processor.read.Attributes;
import dev.optionsdeep.migrate.processor.read.JpaAnnotations;

import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Maps the relationships of one entity, as Hibernate 7.4 does (each rule checked against its schema
 * export): the join columns of a {@code @ManyToOne} or owning {@code @OneToOne} in the entity's table,
 * those of a {@code @OneToMany @JoinColumn} in the target's table, and a join table for any other
 * {@code @OneToMany} or {@code @ManyToMany} without {@code mappedBy}. A {@code mappedBy} side maps nothing.
 */
final class AssociationMapper {

    /** What the relationships of an entity add; {@code joinTables} hold their attribute for diagnostics. */
    record Mapped(List<MappedColumn> columns, List<UniqueConstraint> uniques, List<ForeignKey> foreignKeys,
                  List<JoinTable> joinTables, List<MappedEntity.ForeignColumn> foreignColumns) {

        Mapped plus(Mapped other) {
            return new Mapped(concat(columns, other.columns), concat(uniques, other.uniques),
                    concat(foreignKeys, other.foreignKeys), concat(joinTables, other.joinTables),
                    concat(foreignColumns, other.foreignColumns));
        }

        private static <T> List<T> concat(List<T> a, List<T> b) {
            List<T> out = new ArrayList<>(a);
            out.addAll(b);
            return out;
        }
    }

    record JoinTable(Table table, Element attribute) {
    }

    /**
     * The entity whose relationships are mapped; {@code table} is its table's own name (constraint names
     * start with it), {@code qualifiedTable} that name in its schema (foreign keys reference it).
     */
    record Owner(TypeElement entity, String database, String table, MappedEntity.Names names, List<MappedColumn> ids,
                 String qualifiedTable) {

        /** An owner in the database's default schema. */
        Owner(TypeElement entity, String database, String table, MappedEntity.Names names, List<MappedColumn> ids) {
            this(entity, database, table, names, ids, table);
        }

        /** The owner as the target of join columns that reference its key (a join table's, a collection table's). */
        MappedEntity asTarget() {
            return new MappedEntity(entity, null, database, new Table(qualifiedTable,
                    ids.stream().map(MappedColumn::column).toList(), null, List.of(), List.of()),
                    List.of(), names, ids, List.of(), List.of(), null);
        }
    }

    /** What describes the keys of a {@code Map} collection ({@link MapKeys}). */
    static final List<String> MAP_KEY_ANNOTATIONS = List.of("MapKey", "MapKeyColumn", "MapKeyJoinColumn",
            "MapKeyJoinColumns", "MapKeyClass", "MapKeyEnumerated", "MapKeyTemporal");

    /** Annotations that leave a relationship's schema as it is. */
    private static final Set<String> JPA_ON_RELATIONSHIP = Set.of("ManyToOne", "OneToOne", "OneToMany", "ManyToMany",
            "JoinColumn", "JoinColumns", "JoinTable", "OrderBy", "Access");
    /** What an element collection may carry besides: its element's column, or its embeddable's overrides. */
    private static final Set<String> JPA_ON_ELEMENT_COLLECTION = Set.of("ElementCollection", "CollectionTable",
            "Column", "AttributeOverride", "AttributeOverrides", "Lob", "Temporal", "OrderBy", "Access", "MapKeyColumn",
            "MapKeyEnumerated", "MapKeyTemporal", "MapKeyJoinColumn", "MapKeyJoinColumns", "MapKeyClass", "MapKey");
    private static final Set<String> HIBERNATE_ON_RELATIONSHIP = Set.of("OnDelete", "Fetch", "BatchSize", "Cascade",
            "LazyGroup", "SQLRestriction", "SQLOrder", "OrderBy", "Where", "OptimisticLock", "NotFound", "SortNatural",
            "SortComparator", "ListIndexBase");

    private final Elements elements;
    private final Types types;
    private final Naming naming;
    private final JoinColumnReader joinColumns;
    private final CollectionTableMapper collectionTables;
    private final JoinTableMapper joinTableMapper;
    private final AttributeMapper attributes;
    private final BeanValidation validation;
    private final HibernateLine line;

    AssociationMapper(Elements elements, Types types, Naming naming, AttributeMapper attributes,
                      BeanValidation validation, HibernateLine line) {
        this.validation = validation;
        this.line = line;
        this.elements = elements;
        this.types = types;
        this.naming = naming;
        this.joinColumns = new JoinColumnReader(elements, naming);
        this.attributes = attributes;
        this.collectionTables = new CollectionTableMapper(elements, naming, joinColumns, attributes, this, line);
        this.joinTableMapper = new JoinTableMapper(elements, naming, joinColumns, attributes, this, line);
    }

    /** The Hibernate line whose rules the mapping follows. */
    HibernateLine line() {
        return line;
    }

    /** What the relationships add, or null after reporting one that cannot be mapped (or whose target could not be). */
    Mapped map(Owner owner, List<Association> associations, Targets targets, Report report) {
        List<MappedColumn> columns = new ArrayList<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        List<JoinTable> joinTables = new ArrayList<>();
        List<MappedEntity.ForeignColumn> foreign = new ArrayList<>();
        boolean ok = true;
        for (Association a : associations) {
            String where = a.where(owner.entity().getSimpleName().toString());
            Attributes relationship = new Attributes(a.annotation(), elements);
            if (!supported(a, where, report)) {
                ok = false;
                continue;
            }
            Optional<AnnotationMirror> notFound = notFound(a);
            if (notFound.isPresent() && a.kind() != Association.Kind.MANY_TO_ONE && a.kind() != Association.Kind.ONE_TO_ONE
                    && a.kind() != Association.Kind.MANY_TO_MANY) {
                report.error(Code.INVALID_RELATIONSHIP, "@NotFound on " + where + ", a @" + a.kind().annotation()
                        + ", makes Hibernate 7.4 refuse to start (\"is not a '@ManyToMany' association\"). Remove it",
                        a.attribute().element(), notFound.get());
                ok = false;
                continue;
            }
            if (!relationship.string("mappedBy").isEmpty()) {
                // The other side owns it; only a position column of a one-to-many's list is this side's.
                if (JpaAnnotations.has(a.attribute().element(), "OrderColumn")) {
                    ok &= inverseOrderColumn(owner, a, where, relationship, targets, report, foreign);
                }
                ok &= inverseMapKey(owner, a, where, relationship, targets, foreign, report);
                continue;
            }
            if (a.kind() == Association.Kind.ELEMENT_COLLECTION) {
                JoinTable table = collectionTables.map(new JoinColumnReader.Context(a, where, owner, report), owner,
                        targets);
                ok &= table != null;
                if (table != null) {
                    joinTables.add(table);
                }
                continue;
            }
            MappedEntity target = target(owner, a, where, relationship, targets, report);
            if (target == null) {
                ok = false;
                continue;
            }
            JoinColumnReader.Context context = new JoinColumnReader.Context(a, where, owner, report);
            if (a.kind().toOne()) {
                ok &= toOne(context, relationship, target, columns, uniques, foreignKeys);
            } else if (collectionKind(a, where, report) == null) {
                ok = false;
            } else if (hasJoinColumns(a) && a.kind() == Association.Kind.ONE_TO_MANY) {
                ok &= oneToManyJoinColumn(context, target, collectionKind(a, where, report), foreign);
                if (collectionKind(a, where, new Report()) == CollectionKind.MAP) {
                    List<MappedEntity.ForeignColumn> key = new MapKeys(elements, naming, attributes)
                            .inTargetTable(context, target, targets);
                    ok &= key != null;
                    if (key != null) {
                        foreign.addAll(key);
                    }
                }
            } else {
                JoinTable table = joinTableMapper.map(context, target, collectionKind(a, where, report), targets);
                ok &= table != null;
                if (table != null) {
                    joinTables.add(table);
                }
            }
        }
        if (!ok || !distinctForeignKeyNames(owner, foreignKeys, report)) {
            return null;
        }
        return new Mapped(columns, uniques, foreignKeys, joinTables, foreign);
    }

    /**
     * A {@code mappedBy} map without {@code @MapKey} still has a key column, which Hibernate 7.4 puts into
     * the target's table (a one-to-many's; checked with its export). False after reporting.
     */
    private boolean inverseMapKey(Owner owner, Association a, String where, Attributes relationship, Targets targets,
                                  List<MappedEntity.ForeignColumn> foreign, Report report) {
        if (a.kind().toOne() || !isA(types.erasure(a.attribute().type()), "java.util.Map")
                || JpaAnnotations.has(a.attribute().element(), "MapKey")) {
            return true;
        }
        if (a.kind() == Association.Kind.MANY_TO_MANY) {
            report.error(Code.UNSUPPORTED_FIELD_MAPPING, where + " is a Map on a @ManyToMany(mappedBy) without @MapKey,"
                    + " which Migrate does not map yet: Hibernate adds its key column to the owning side's join table."
                    + " Key it with @MapKey(name = \"...\") by an attribute of the target", a.attribute().element(),
                    a.annotation());
            return false;
        }
        MappedEntity target = target(owner, a, where, relationship, targets, report);
        if (target == null) {
            return false;
        }
        List<MappedEntity.ForeignColumn> key = new MapKeys(elements, naming, attributes)
                .inTargetTable(new JoinColumnReader.Context(a, where, owner, report), target, targets);
        if (key != null) {
            foreign.addAll(key);
        }
        return key != null;
    }

    private boolean toOne(JoinColumnReader.Context context, Attributes relationship, MappedEntity target,
                          List<MappedColumn> columns, List<UniqueConstraint> uniques, List<ForeignKey> foreignKeys) {
        // A @NotNull relationship is not optional to Hibernate's schema either, when a validation provider is there.
        boolean optional = relationship.bool("optional", true) && !validation.notNull(
                context.association().attribute().element(), context.association().origin());
        List<JoinColumnReader.Joined> joined = joinColumns.read(context, target, context.association().attribute().name(),
                optional);
        if (joined == null) {
            return false;
        }
        boolean mapsId = context.association().mapsId();
        boolean oneToOne = context.association().kind() == Association.Kind.ONE_TO_ONE && !mapsId;
        List<String> names = joined.stream().map(j -> j.column().name()).toList();
        for (JoinColumnReader.Joined j : joined) {
            // Hibernate 7.4 makes the column of a one-to-one unique even with @JoinColumn(unique = false); with
            // @MapsId the column is the primary key, and not null (checked with 7.4).
            boolean unique = joined.size() == 1 && (oneToOne || j.unique() && !mapsId);
            Column column = mapsId ? j.column().withNullable(false) : j.column();
            columns.add(new MappedColumn(context.association().path(), context.association().attribute(),
                    context.association().origin(), column, mapsId, unique, j.host(), j.annotation(), j.logicalName()));
        }
        if (oneToOne && joined.size() > 1) {
            uniques.add(new UniqueConstraint(PhysicalNames.constraintName(context.owner().table(), names, "key"), names));
        }
        ForeignKey fk = joinColumns.foreignKey(context, context.owner().table(), names, target.table().name(),
                joined.stream().map(JoinColumnReader.Joined::referenced).toList(), onDelete(context.association()));
        if (fk == JoinColumnReader.INVALID) {
            return false;
        }
        // @NotFound: rows may reference missing targets, so Hibernate 7.4 creates no foreign key, named or not.
        if (fk != null && notFound(context.association()).isEmpty()) {
            foreignKeys.add(fk);
        }
        return true;
    }

    /**
     * A unidirectional {@code @OneToMany @JoinColumn}: the column and its foreign key go into the target's
     * table, and so does the position of a list with {@code @OrderColumn}: nullable (even when the join
     * column is not) unless {@code @OrderColumn(nullable = false)}, and checked {@code >= 0} (checked with 7.4).
     */
    private boolean oneToManyJoinColumn(JoinColumnReader.Context context, MappedEntity target, CollectionKind kind,
                                        List<MappedEntity.ForeignColumn> foreign) {
        MappedEntity ownerAsTarget = context.owner().asTarget();
        List<JoinColumnReader.Joined> joined = joinColumns.read(context, ownerAsTarget,
                context.association().attribute().name(), true);
        if (joined == null) {
            return false;
        }
        List<String> names = joined.stream().map(j -> j.column().name()).toList();
        ForeignKey fk = joinColumns.foreignKey(context, target.table().localName(), names, context.owner().qualifiedTable(),
                joined.stream().map(JoinColumnReader.Joined::referenced).toList(), onDelete(context.association()));
        if (fk == JoinColumnReader.INVALID) {
            return false;
        }
        for (int i = 0; i < joined.size(); i++) {
            JoinColumnReader.Joined j = joined.get(i);
            MappedColumn column = new MappedColumn(context.association().path(), context.association().attribute(),
                    context.association().origin(), j.column(), false, j.unique(), j.host(), j.annotation(),
                    j.logicalName());
            foreign.add(new MappedEntity.ForeignColumn(target.element(), column, i == joined.size() - 1 ? fk : null,
                    context.association().attribute().element(), context.association().annotation()));
        }
        return kind != CollectionKind.LIST || foreignPosition(context, target, foreign);
    }

    /**
     * The position column of a list on the {@code mappedBy} side of a {@code @OneToMany}, which Hibernate
     * 7.4 puts into the target's table as for a {@code @JoinColumn}; it refuses one on the inverse side
     * of a {@code @ManyToMany} ("may not have an '@OrderColumn'").
     */
    private boolean inverseOrderColumn(Owner owner, Association a, String where, Attributes relationship,
                                       Targets targets, Report report, List<MappedEntity.ForeignColumn> foreign) {
        if (a.kind() != Association.Kind.ONE_TO_MANY) {
            report.error(Code.INVALID_RELATIONSHIP, "@OrderColumn on " + where + ", the mappedBy side of a @"
                    + a.kind().annotation() + ", makes Hibernate 7.4 refuse to start (\"may not have an"
                    + " '@OrderColumn'\"): the owning side's join table holds the rows. Move @OrderColumn to the"
                    + " owning side, or remove it", a.attribute().element(),
                    JpaAnnotations.find(a.attribute().element(), "OrderColumn").orElseThrow());
            return false;
        }
        CollectionKind kind = collectionKind(a, where, report);
        if (kind == null) {
            return false;
        }
        if (kind != CollectionKind.LIST) {
            return true;
        }
        MappedEntity target = target(owner, a, where, relationship, targets, report);
        if (target == null) {
            return false;
        }
        // The position goes with the owning side's join column: into the table of the entity declaring the
        // mappedBy attribute (a JOINED parent's, checked with 7.4).
        MappedEntity holder = declaredTarget(a).flatMap(t -> holderOf(t, relationship.string("mappedBy")))
                .flatMap(targets::get).orElse(target);
        return foreignPosition(new JoinColumnReader.Context(a, where, owner, report), holder, foreign);
    }

    /**
     * The entity of {@code type}'s hierarchy whose table holds {@code attribute}: the entity declaring it,
     * or the first to inherit it from a mapped superclass.
     */
    private static Optional<TypeElement> holderOf(TypeElement type, String attribute) {
        TypeElement entity = null;
        for (TypeElement t = type; t != null; t = AttributeCollector.superclass(t)) {
            if (JpaAnnotations.has(t, JpaAnnotations.ENTITY)) {
                entity = t;
            }
            for (Element member : t.getEnclosedElements()) {
                String name = member instanceof javax.lang.model.element.ExecutableElement getter
                        ? AttributeCollector.propertyName(getter) : member.getSimpleName().toString();
                if (attribute.equals(name) && entity != null) {
                    return Optional.of(entity);
                }
            }
        }
        return Optional.empty();
    }

    private boolean foreignPosition(JoinColumnReader.Context context, MappedEntity target,
                                    List<MappedEntity.ForeignColumn> foreign) {
        JoinColumnReader.Joined position = orderColumn(context);
        if (position == null) {
            return false;
        }
        Association a = context.association();
        // Nullable unless @OrderColumn(nullable = false) (checked with 7.4).
        Column column = position.column().withNullable(new Attributes(position.annotation(), elements).bool("nullable", true));
        foreign.add(new MappedEntity.ForeignColumn(target.element(), new MappedColumn(a.path(), a.attribute(),
                a.origin(), column, false, false, position.host(), position.annotation(), position.logicalName(),
                line.checksListPositions() ? dev.optionsdeep.migrate.postgres.Identifiers.quote(column.name()) + " >= "
                        + listIndexBase(position.host()) : null),
                null,
                a.attribute().element(), position.annotation()));
        return true;
    }

    /**
     * The {@code uniqueConstraints} and {@code indexes} of a {@code @JoinTable} or {@code @CollectionTable}
     * (none without one), read as an entity's {@code @Table}'s; null after reporting.
     */
    ConstraintReader.Constraints declaredConstraints(Owner owner, Attributes table, String tableName, List<Column> columns,
                                                     Report report) {
        if (table == null) {
            return new ConstraintReader.Constraints(List.of(), List.of());
        }
        List<MappedColumn> named = columns.stream()
                .map(c -> new MappedColumn(c.name(), null, null, c, false, false, null, null, c.name())).toList();
        return new ConstraintReader(elements, naming, owner.entity(), table, tableName, named, report).read().orElse(null);
    }

    /**
     * The position column of a list with {@code @OrderColumn}: its {@code name}, else {@code <attribute>_ORDER};
     * an {@code integer}, not null as part of the table's key. Null after reporting.
     */
    JoinColumnReader.Joined orderColumn(JoinColumnReader.Context context) {
        Element element = context.association().attribute().element();
        Attributes order = new Attributes(JpaAnnotations.find(element, "OrderColumn").orElseThrow(), elements);
        for (String attribute : List.of("columnDefinition", "options")) {
            if (!order.string(attribute).isEmpty()) {
                context.report().error(Code.UNSUPPORTED_ATTRIBUTE, "@OrderColumn(" + attribute + " = \""
                        + order.string(attribute) + "\") on " + context.where() + " is not supported yet by Migrate."
                        + " Remove it", element, order.mirror(), order.explicitValue(attribute));
                return null;
            }
        }
        String written = order.string("name").isEmpty() ? context.association().attribute().name() + "_ORDER"
                : order.string("name");
        PhysicalNames.Resolved name = naming.declared(written);
        if (!name.ok()) {
            context.report().error(Code.INVALID_NAME, "The order column name \"" + written + "\" of " + context.where()
                    + " cannot be used: " + name.problem() + ". Set it with @OrderColumn(name = \"...\")", element,
                    order.mirror());
            return null;
        }
        String stripped = written.strip();
        return new JoinColumnReader.Joined(new Column(name.name(), dev.optionsdeep.migrate.schema.SqlTypes.INTEGER,
                false, false), name.name(), HibernateColumnOrder.sortName(written, naming), false, element, order.mirror(),
                PhysicalNames.isQuoted(stripped) ? stripped.substring(1, stripped.length() - 1) : stripped);
    }

    /**
     * Hibernate's check on a position, {@code <column> >= 0} (or the list's first index, Hibernate's
     * {@code @ListIndexBase}), named as PostgreSQL names it.
     */
    static CheckConstraint positionCheck(String table, JoinColumnReader.Joined position) {
        return new CheckConstraint(PhysicalNames.constraintName(table, List.of(position.column().name()), "check"),
                dev.optionsdeep.migrate.postgres.Identifiers.quote(position.column().name()) + " >= "
                        + listIndexBase(position.host()));
    }

    /** Hibernate's {@code @ListIndexBase} of a list, else 0: the check on its positions starts there (checked with 7.4). */
    private static int listIndexBase(Element list) {
        return list.getAnnotationMirrors().stream()
                .filter(m -> JpaAnnotations.qualifiedName(m).equals(JpaAnnotations.HIBERNATE + "ListIndexBase"))
                .flatMap(m -> m.getElementValues().entrySet().stream())
                .filter(e -> e.getKey().getSimpleName().contentEquals("value"))
                .map(e -> (Integer) e.getValue().getValue()).findFirst().orElse(0);
    }

    /**
     * The entity class a collection relationship names (a {@code SINGLE_TABLE} subclass's reading is its
     * root's, which may not declare the inverse attribute).
     */
    Optional<TypeElement> declaredTarget(Association a) {
        AnnotationValue explicit = new Attributes(a.annotation(), elements).explicitValue("targetEntity");
        TypeMirror type = explicit != null ? (TypeMirror) explicit.getValue() : a.attribute().type();
        if (explicit == null && type instanceof DeclaredType d && !d.getTypeArguments().isEmpty()) {
            type = d.getTypeArguments().get(d.getTypeArguments().size() - 1);
        }
        return type instanceof DeclaredType d && d.asElement() instanceof TypeElement t ? Optional.of(t) : Optional.empty();
    }

    /** The attribute of {@code target} that is the {@code mappedBy} side of {@code attribute}, if any. */
    Optional<String> inverseName(TypeElement target, String attribute) {
        for (TypeElement t = target; t != null; t = AttributeCollector.superclass(t)) {
            for (Element member : t.getEnclosedElements()) {
                Optional<AnnotationMirror> m2m = JpaAnnotations.find(member, "ManyToMany");
                if (m2m.isPresent() && new Attributes(m2m.get(), elements).string("mappedBy").equals(attribute)) {
                    return Optional.of(member instanceof javax.lang.model.element.ExecutableElement getter
                            ? AttributeCollector.propertyName(getter) : member.getSimpleName().toString());
                }
            }
        }
        return Optional.empty();
    }

    /** {@code LIST}: a list with {@code @OrderColumn}, whose table holds each element's position. */
    enum CollectionKind { SET, BAG, LIST, MAP }

    /** Whether the collection is a set or a bag; null after reporting one Migrate cannot map. */
    CollectionKind collectionKind(Association a, String where, Report report) {
        Element element = a.attribute().element();
        boolean elements = a.kind() == Association.Kind.ELEMENT_COLLECTION;
        TypeMirror type = types.erasure(a.attribute().type());
        boolean map = isA(type, "java.util.Map");
        for (String keyOnly : MAP_KEY_ANNOTATIONS) {
            Optional<AnnotationMirror> m = JpaAnnotations.find(element, keyOnly);
            if (m.isPresent() && !map) {
                report.error(Code.INVALID_RELATIONSHIP, "@" + keyOnly + " on " + where + " describes the keys of a"
                        + " Map, and " + a.attribute().type() + " is none, so Hibernate refuses it (\"is annotated '@"
                        + keyOnly + "' but is not of type 'java.util.Map'\"). Declare a Map, or remove it", element,
                        m.get());
                return null;
            }
        }
        if (map) {
            return CollectionKind.MAP;
        }
        Optional<AnnotationMirror> order = JpaAnnotations.find(element, "OrderColumn");
        if (order.isPresent() && !isA(type, "java.util.List")) {
            report.error(Code.UNSUPPORTED_FIELD_MAPPING, "@OrderColumn on " + where + " is not supported by Migrate:"
                    + " it keeps the position of the elements of a List, and " + a.attribute().type() + " is none."
                    + " Declare a List, or remove @OrderColumn", element, order.get());
            return null;
        }
        if (isA(type, "java.util.Set")) {
            return CollectionKind.SET;
        }
        if (order.isPresent()) {
            return CollectionKind.LIST;
        }
        if (isA(type, "java.util.Collection")) {
            return CollectionKind.BAG;
        }
        report.error(Code.INVALID_RELATIONSHIP, where + " is @" + a.kind().annotation() + " but its type " + a.attribute()
                .type() + " is no collection. Declare it as a Set<…> or a List<…> of the entity", element, a.annotation());
        return null;
    }

    private boolean isA(TypeMirror erased, String collection) {
        TypeElement type = elements.getTypeElement(collection);
        return type != null && types.isAssignable(erased, types.erasure(type.asType()));
    }

    private static boolean hasJoinColumns(Association a) {
        return JpaAnnotations.has(a.attribute().element(), "JoinColumn")
                || JpaAnnotations.has(a.attribute().element(), "JoinColumns");
    }

    /**
     * The entity the relationship references: {@code targetEntity}, else the attribute's type (a
     * collection's element type); null after reporting why it cannot be, or when it could not be read.
     */
    private MappedEntity target(Owner owner, Association a, String where, Attributes relationship, Targets targets,
                                Report report) {
        AnnotationValue explicit = relationship.explicitValue("targetEntity");
        TypeMirror type = explicit != null ? (TypeMirror) explicit.getValue() : a.attribute().type();
        if (explicit == null && !a.kind().toOne()) {
            List<? extends TypeMirror> arguments = type instanceof DeclaredType d ? d.getTypeArguments() : List.of();
            if (arguments.isEmpty()) {
                report.error(Code.INVALID_RELATIONSHIP, where + " is a raw collection, so Migrate cannot tell which"
                        + " entity it references. Give its element type (Set<Tag>), or targetEntity", a.attribute()
                        .element(), a.annotation());
                return null;
            }
            type = arguments.get(arguments.size() - 1);
        }
        if (type.getKind() == TypeKind.ERROR) {
            return null; // javac reports it
        }
        TypeElement entity = type.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) type).asElement() : null;
        if (entity == null || !JpaAnnotations.has(entity, JpaAnnotations.ENTITY)) {
            report.error(Code.INVALID_RELATIONSHIP, where + " is @" + a.kind().annotation() + ", but " + type + " is no"
                    + " @Entity, so Hibernate refuses it. Reference an entity, or map the value with @Embedded or a"
                    + " basic type", a.attribute().element(), a.annotation(), explicit);
            return null;
        }
        if (!targets.compiledHere(entity)) {
            report.error(Code.INVALID_RELATIONSHIP, where + " references @Entity " + entity.getQualifiedName() + ","
                    + " which is not compiled with " + owner.entity().getSimpleName() + " (it comes from another module"
                    + " or a library), so Migrate does not know its table. Move the entities into one module, or map"
                    + " the foreign key as a basic column", a.attribute().element(), a.annotation());
            return null;
        }
        Optional<MappedEntity> found = targets.get(entity);
        if (found.isEmpty()) {
            return null; // its own errors say why
        }
        if (!found.get().database().equals(owner.database())) {
            report.error(Code.INVALID_RELATIONSHIP, where + " references @Entity " + entity.getSimpleName() + " of"
                    + " database " + found.get().database() + ", but " + owner.entity().getSimpleName() + " belongs to"
                    + " database " + owner.database() + ": a foreign key cannot cross databases. Move both entities"
                    + " into packages of one @Database, or store the id as a basic column", a.attribute().element(),
                    a.annotation());
            return null;
        }
        return found.get();
    }

    /** False after reporting annotations that would change the relationship's schema in ways Migrate does not model. */
    private boolean supported(Association a, String where, Report report) {
        boolean ok = true;
        for (AnnotationMirror m : a.attribute().element().getAnnotationMirrors()) {
            if (AnnotationCatalog.ignored(m)) {
                continue; // @Cache, @BatchSize, @OrderBy... on a collection: nothing in the schema
            }
            String simple = JpaAnnotations.simpleName(m);
            Set<String> jpa = a.kind() == Association.Kind.ELEMENT_COLLECTION ? JPA_ON_ELEMENT_COLLECTION
                    : JPA_ON_RELATIONSHIP;
            boolean unsupported = JpaAnnotations.isJpa(m) && !jpa.contains(simple)
                    || JpaAnnotations.isHibernate(m) && !HIBERNATE_ON_RELATIONSHIP.contains(simple);
            boolean collectionOnly = (simple.equals("OrderColumn") || MAP_KEY_ANNOTATIONS.contains(simple))
                    && !a.kind().toOne();
            boolean derivedKey = (simple.equals("MapsId") || simple.equals("Id")) && a.kind().toOne();
            // A to-one natural id joins the entity's natural-id unique constraint (ConstraintReader).
            boolean naturalId = simple.equals("NaturalId") && a.kind().toOne();
            if (unsupported && !collectionOnly && !derivedKey && !naturalId) {
                String why = simple.equals("MapsId") || simple.equals("Id")
                        ? " derives a key from a @" + a.kind().annotation() + ", which Hibernate allows on a"
                        + " @ManyToOne or @OneToOne only. Put it on the to-one side, or remove it"
                        : " is not supported yet by Migrate on a relationship: it cannot tell what schema Hibernate"
                        + " creates from it. Remove it, or map the foreign key as a basic column";
                report.error(Code.UNSUPPORTED_FIELD_MAPPING, "@" + simple + " on " + where + why,
                        a.attribute().element(), m);
                ok = false;
            }
        }
        return ok;
    }

    /** Hibernate's {@code @NotFound}, whichever its action. */
    static Optional<AnnotationMirror> notFound(Association a) {
        return a.attribute().element().getAnnotationMirrors().stream()
                .filter(m -> JpaAnnotations.qualifiedName(m).equals(JpaAnnotations.HIBERNATE + "NotFound"))
                .map(m -> (AnnotationMirror) m).findFirst();
    }

    /** Hibernate's {@code @OnDelete(action)}, as SQL spells it. */
    String onDelete(Association a) {
        return a.attribute().element().getAnnotationMirrors().stream()
                .filter(m -> JpaAnnotations.qualifiedName(m).equals(JpaAnnotations.HIBERNATE + "OnDelete"))
                .findFirst()
                .map(m -> new Attributes(m, elements).enumConstant("action", "NO_ACTION").replace('_', ' '))
                .orElse(ForeignKey.NO_ACTION);
    }

    private static boolean distinctForeignKeyNames(Owner owner, List<ForeignKey> keys, Report report) {
        List<String> names = keys.stream().map(ForeignKey::name).toList();
        for (String n : names) {
            if (names.indexOf(n) != names.lastIndexOf(n)) {
                report.error(Code.DUPLICATE_CONSTRAINT_NAME, "Table " + owner.table() + " of @Entity "
                        + owner.entity().getSimpleName() + " would get two foreign keys named " + n + ". Give one of"
                        + " them another name with @JoinColumn(foreignKey = @ForeignKey(name = \"...\"))",
                        owner.entity());
                return false;
            }
        }
        return true;
    }

    static boolean distinctForeignKeyNames(JoinColumnReader.Context context, String table, List<ForeignKey> keys) {
        if (keys.size() == 2 && keys.get(0).name().equals(keys.get(1).name())) {
            context.report().error(Code.DUPLICATE_CONSTRAINT_NAME, "The join table " + table + " of " + context.where()
                    + " would get two foreign keys named " + keys.get(0).name() + ". Give them different names in"
                    + " @JoinTable(foreignKey, inverseForeignKey)", context.association().attribute().element(),
                    context.association().annotation());
            return false;
        }
        return true;
    }
}
