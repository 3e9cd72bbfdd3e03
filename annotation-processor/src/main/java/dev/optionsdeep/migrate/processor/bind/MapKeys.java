package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.read.ConstraintValues.ForeignKeyAnnotation;
import dev.optionsdeep.migrate.processor.read.Association;
import dev.optionsdeep.migrate.processor.read.Attribute;
import dev.optionsdeep.migrate.processor.read.AttributeCollector;
import dev.optionsdeep.migrate.processor.read.MappingValues.ColumnAnnotation;
import dev.optionsdeep.migrate.processor.read.TableValues.JoinColumnAnnotation;
import dev.optionsdeep.migrate.processor.read.Converters;
import dev.optionsdeep.migrate.processor.read.Mapping;

import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The key of a {@code Map} collection, as Hibernate 7.4 maps it into the collection's join or
 * collection table (each form checked against its export): none for {@code @MapKey} (the key is an
 * attribute of the target); for an entity key a column ({@code @MapKeyJoinColumn(name)}, else
 * {@code <attribute>_KEY}) of its key's type with a foreign key to it; for an embeddable key its
 * columns; for a basic key a column ({@code @MapKeyColumn}, else {@code <attribute>_KEY}) typed by
 * {@code @MapKeyEnumerated} / {@code @MapKeyTemporal}, an enum with Hibernate's check. The key type is
 * {@code @MapKeyClass}, else the map's first type argument. All key columns are not null: they key the table.
 */
final class MapKeys {

    /**
     * @param columns     the key's columns; empty for {@code @MapKey}
     * @param mapped      an embeddable key's columns as attributes, whose own checks the table takes
     * @param foreignKeys an entity key's foreign key
     * @param checks      a basic enum key's check
     */
    record Key(List<JoinColumnReader.Joined> columns, List<MappedColumn> mapped, List<ForeignKey> foreignKeys,
               List<CheckConstraint> checks) {

        static final Key BY_TARGET_ATTRIBUTE = new Key(List.of(), List.of(), List.of(), List.of());

        boolean byTargetAttribute() {
            return columns.isEmpty();
        }
    }

    private final Elements elements;
    private final Naming naming;
    private final AttributeMapper attributes;

    MapKeys(Elements elements, Naming naming, AttributeMapper attributes) {
        this.elements = elements;
        this.naming = naming;
        this.attributes = attributes;
    }

    /**
     * The key of the map {@code context} is about, in {@code table}; null after reporting.
     *
     * @param targets the entities an entity key may be, or null where none may (no check of the key is needed)
     */
    Key read(JoinColumnReader.Context context, String table, Targets targets) {
        Association a = context.association();
        Element element = a.attribute().element();
        Optional<AnnotationMirror> mapKey = Mapping.written(element).mapKey();
        if (mapKey.isPresent()) {
            if (a.kind() == Association.Kind.ELEMENT_COLLECTION) {
                context.report().error(Code.INVALID_RELATIONSHIP, "@MapKey on " + context.where() + " names an attribute"
                        + " of the target entity, but an @ElementCollection has no target entity, so Hibernate refuses"
                        + " it. Use @MapKeyColumn(name = \"...\")", element, mapKey.get());
                return null;
            }
            return Key.BY_TARGET_ATTRIBUTE; // the key is read from the target's own column
        }
        TypeMirror keyType = keyType(a);
        if (keyType == null) {
            context.report().error(Code.INVALID_RELATIONSHIP, context.where() + " is a raw Map, so Migrate cannot tell"
                    + " its key type. Give its type arguments (Map<String, …>), or @MapKeyClass", element, a.annotation());
            return null;
        }
        if (keyType.getKind() == TypeKind.ERROR) {
            return null; // javac reports it
        }
        TypeElement keyClass = keyType.getKind() == TypeKind.DECLARED
                ? (TypeElement) ((DeclaredType) keyType).asElement() : null;
        if (keyClass != null && Mapping.written(keyClass).entity().isPresent()) {
            return entityKey(context, table, keyClass, targets);
        }
        if (keyClass != null && Mapping.written(keyClass).embeddable()) {
            return embeddableKey(context, keyType);
        }
        return basicKey(context, table, keyType);
    }

    /**
     * The key column(s) a map on a {@code @OneToMany @JoinColumn} or {@code @OneToMany(mappedBy)} adds to the
     * target's table (none when the target maps a column of that name itself), as Hibernate 7.4 exports them: a
     * basic or embeddable key nullable (whatever {@code @MapKeyColumn(nullable)} says), with the check of an enum
     * key or of an embeddable key's enum attribute; an entity key nullable unless it has a
     * {@code @MapKeyJoinColumn} (whose {@code nullable} is false by default), with its foreign key. None for
     * {@code @MapKey}. Null after reporting.
     */
    List<MappedEntity.ForeignColumn> inTargetTable(JoinColumnReader.Context context, MappedEntity target,
                                                   Targets targets) {
        Association a = context.association();
        Element element = a.attribute().element();
        Key key = read(context, target.table().name(), targets);
        if (key == null) {
            return null;
        }
        // A column the target maps itself stays as the target maps it (checked with 7.4): the key shares it.
        if (key.columns().stream().allMatch(j -> target.table().column(j.column().name()).isPresent())) {
            return List.of();
        }
        Optional<JoinColumnAnnotation> keyJoin = Mapping.of(element, elements).declaredMapKeyJoinColumn();
        boolean nullable = keyJoin.isEmpty() || keyJoin.get().nullable();
        List<MappedEntity.ForeignColumn> out = new ArrayList<>();
        for (int i = 0; i < key.columns().size(); i++) {
            JoinColumnReader.Joined j = key.columns().get(i);
            MappedColumn column = new MappedColumn(a.path(), a.attribute(), a.origin(), j.column().withNullable(nullable),
                    false, false, j.host(), j.annotation(), j.logicalName(), checkOf(key, i), false);
            out.add(new MappedEntity.ForeignColumn(target.element(), column,
                    key.foreignKeys().isEmpty() ? null : key.foreignKeys().get(0), element, a.annotation()));
        }
        return out;
    }

    /**
     * The check Hibernate 7.4 gives the target's table for key column {@code i}: an enum key's, or that of an
     * embeddable key's enum attribute (checked with 7.4: the key columns stay nullable, their checks come along).
     */
    private static String checkOf(Key key, int i) {
        if (!key.mapped().isEmpty()) {
            return key.mapped().get(i).check();
        }
        return key.checks().isEmpty() ? null : key.checks().get(0).expression();
    }

    /** {@code @MapKeyClass(value)}, else the first of the map's two type arguments; null for a raw map. */
    private TypeMirror keyType(Association a) {
        Optional<TypeMirror> keyClass = Mapping.written(a.attribute().element()).mapKeyClass();
        if (keyClass.isPresent()) {
            return keyClass.get();
        }
        List<? extends TypeMirror> arguments = a.attribute().type() instanceof DeclaredType d ? d.getTypeArguments()
                : List.of();
        return arguments.size() == 2 ? arguments.get(0) : null;
    }

    private Key entityKey(JoinColumnReader.Context context, String table, TypeElement keyEntity, Targets targets) {
        Element element = context.association().attribute().element();
        Optional<MappedEntity> found = Optional.ofNullable(keyTarget(context, keyEntity, targets));
        if (found.isEmpty()) {
            return null;
        }
        List<MappedColumn> key = found.get().ids();
        Mapping mapping = Mapping.of(element, elements);
        Optional<AnnotationMirror> columns = mapping.mapKeyJoinColumns();
        if (key.size() != 1 || columns.isPresent()) {
            context.report().error(Code.UNSUPPORTED_FIELD_MAPPING, "The keys of " + context.where() + " are @Entity "
                    + keyEntity.getSimpleName() + (key.size() != 1 ? ", whose key has " + key.size() + " columns"
                    : ", with @MapKeyJoinColumns") + ": a map keyed by several join columns is not supported yet by"
                    + " Migrate. Key the map by an entity with a single-column key", element,
                    columns.orElse(context.association().annotation()));
            return null;
        }
        JoinColumnAnnotation spec = mapping.declaredMapKeyJoinColumn().orElse(null);
        ForeignKeyAnnotation foreignKey = spec == null ? null : spec.foreignKey();
        MappedColumn referenced = key.get(0);
        if (!JoinAnnotations.supportedMapKeyJoinColumn(context, spec, foreignKey, referenced.column().name())) {
            return null;
        }
        JoinColumnReader.Joined joined = column(context, spec == null ? "" : spec.name(),
                referenced.column().type(), referenced.column().name(), spec == null ? null : spec.mirror(),
                "@MapKeyJoinColumn");
        if (joined == null) {
            return null;
        }
        String name = joined.column().name();
        if (foreignKey != null && foreignKey.noConstraint()) {
            return new Key(List.of(joined), List.of(), List.of(), List.of());
        }
        String fkName = PhysicalNames.constraintName(table, List.of(name), "fkey");
        if (foreignKey != null && !foreignKey.name().isEmpty()) {
            PhysicalNames.Resolved resolved = PhysicalNames.declared(foreignKey.name());
            if (!resolved.ok()) {
                context.report().error(Code.INVALID_NAME, "The foreign key name \"" + foreignKey.name()
                        + "\" of the keys of " + context.where() + " cannot be used: " + resolved.problem(), element,
                        spec.mirror());
                return null;
            }
            fkName = resolved.name();
        }
        ForeignKey fk = new ForeignKey(fkName, List.of(name), found.get().table().name(),
                List.of(referenced.column().name()));
        return new Key(List.of(joined), List.of(), List.of(fk), List.of());
    }

    /** The entity keying the map, as read; null after reporting why it cannot be (or when it could not be read). */
    private MappedEntity keyTarget(JoinColumnReader.Context context, TypeElement keyEntity, Targets targets) {
        Element element = context.association().attribute().element();
        if (targets == null || !targets.compiledHere(keyEntity)) {
            context.report().error(Code.INVALID_RELATIONSHIP, "The keys of " + context.where() + " are @Entity "
                    + keyEntity.getQualifiedName() + ", which is not compiled with it, so Migrate does not know its"
                    + " table. List its package in @Database(include = …), or move the entities into one module", element, context.association().annotation());
            return null;
        }
        if (TableExtras.schema(Mapping.of(keyEntity, elements).declaredTable().orElse(null), naming) != null) {
            context.report().error(Code.INVALID_RELATIONSHIP, "The keys of " + context.where() + " are @Entity "
                    + keyEntity.getSimpleName() + ", which is in a named schema (@Table(schema)): Migrate does not map"
                    + " foreign keys to such an entity yet. Keep it in the database's default schema", element,
                    context.association().annotation());
            return null;
        }
        Optional<MappedEntity> found = targets.get(keyEntity);
        if (found.isEmpty()) {
            return null; // its own errors say why
        }
        if (!found.get().database().equals(context.owner().database())) {
            context.report().error(Code.INVALID_RELATIONSHIP, "The keys of " + context.where() + " are @Entity "
                    + keyEntity.getSimpleName() + " of database " + found.get().database() + ", but "
                    + context.owner().entity().getSimpleName() + " belongs to database " + context.owner().database()
                    + ": a foreign key cannot cross databases. Move both entities into packages of one @Database",
                    element, context.association().annotation());
            return null;
        }
        return found.get();
    }

    private Key embeddableKey(JoinColumnReader.Context context, TypeMirror keyType) {
        Association a = context.association();
        Element element = a.attribute().element();
        List<MappedColumn> mapped = new ArrayList<>();
        List<Association> nested = new ArrayList<>();
        Attribute key = new Attribute(a.attribute().name(), element, keyType, a.attribute().declaringType());
        TypeElement owner = context.owner().entity();
        if (!attributes.mapElements(key, owner.getSimpleName().toString(), AttributeCollector.defaultAccess(owner),
                context.report(), mapped, nested, "key")) {
            return null;
        }
        if (!nested.isEmpty()) {
            context.report().error(Code.UNSUPPORTED_FIELD_MAPPING, "@" + nested.get(0).kind().annotation() + " in the"
                    + " keys of " + context.where() + " is not supported yet by Migrate", nested.get(0).attribute()
                    .element(), nested.get(0).annotation());
            return null;
        }
        List<JoinColumnReader.Joined> columns = new ArrayList<>();
        List<MappedColumn> notNull = new ArrayList<>();
        for (MappedColumn c : mapped) {
            Column column = c.column().withNullable(false);
            notNull.add(new MappedColumn(c.path(), c.attribute(), c.origin(), column, false, false, c.columnHost(),
                    c.columnAnnotation(), c.logicalName(), c.check(), c.converted()));
            columns.add(new JoinColumnReader.Joined(column, column.name(),
                    HibernateColumnOrder.sortName(c.logicalName(), naming), false, c.columnHost(),
                    c.columnAnnotation(), c.logicalName()));
        }
        return new Key(columns, notNull, List.of(), List.of());
    }

    private Key basicKey(JoinColumnReader.Context context, String table, TypeMirror declaredKeyType) {
        Converters.Conversion conversion = attributes.converters().mapKey(context.association().attribute(),
                declaredKeyType, context.where() + " (its keys)", context.report());
        if (conversion == null) {
            return null;
        }
        TypeMirror keyType = conversion.databaseType();
        Element element = context.association().attribute().element();
        ColumnAnnotation column = Mapping.of(element, elements).declaredMapKeyColumn().orElse(null);
        if (column != null) {
            for (java.util.Map.Entry<String, String> refused : column.refused().entrySet()) {
                return JoinAnnotations.unsupported(context, "@MapKeyColumn(" + refused.getKey() + " = \""
                        + refused.getValue() + "\")", column.mirror(), column.written().get(refused.getKey()));
            }
        }
        Optional<MappedType> type = MappedType.of(keyType);
        if (type.isEmpty()) {
            context.report().error(Code.UNSUPPORTED_TYPE, "The keys of " + context.where() + " have type " + keyType
                    + ", which Migrate cannot map to a column yet. Supported types: " + MappedType.SUPPORTED,
                    element, context.association().annotation());
            return null;
        }
        TypeMapper.Size size = column == null ? TypeMapper.Size.DEFAULT : new TypeMapper.Size(
                column.length(), column.precision(), column.scale(), -1);
        String sqlType = TypeMapper.forMapKey(context.report(), element, keyType, column,
                context.where() + " (its keys)").sqlType(type.get(), size);
        if (sqlType == null) {
            return null;
        }
        JoinColumnReader.Joined joined = column(context, column == null ? "" : column.name(), sqlType, null,
                column == null ? null : column.mirror(), "@MapKeyColumn");
        if (joined == null) {
            return null;
        }
        List<CheckConstraint> checks = new ArrayList<>();
        if (type.get() == MappedType.ENUM) {
            // Hibernate 7.4 checks an enum key as it checks an enum column (its constants in declaration order).
            String name = joined.column().name();
            String quoted = dev.optionsdeep.migrate.postgres.Identifiers.quote(name);
            List<String> constants = EnumChecks.constants(keyType);
            checks.add(new CheckConstraint(PhysicalNames.constraintName(table, List.of(name), "check"),
                    EnumChecks.byName(element, true) ? quoted + " in (" + EnumChecks.literals(constants)
                            + ")" : quoted + " between 0 and " + (constants.size() - 1)));
        }
        return new Key(List.of(joined), List.of(), List.of(), checks);
    }

    /** The key column: {@code declared}, else {@code <attribute>_KEY}; null after reporting an unusable name. */
    private JoinColumnReader.Joined column(JoinColumnReader.Context context, String declared, String sqlType,
                                           String referenced, AnnotationMirror annotation, String annotationName) {
        Element element = context.association().attribute().element();
        String written = declared.isEmpty() ? context.association().attribute().name() + "_KEY" : declared;
        PhysicalNames.Resolved name = naming.declared(written);
        if (!name.ok()) {
            context.report().error(Code.INVALID_NAME, "The map key column name \"" + written + "\" of "
                    + context.where() + " cannot be used: " + name.problem() + ". Set it with " + annotationName
                    + "(name = \"...\")", element, annotation == null ? context.association().annotation()
                    : annotation);
            return null;
        }
        String stripped = written.strip();
        return new JoinColumnReader.Joined(new Column(name.name(), sqlType, false, false),
                referenced == null ? name.name() : referenced, HibernateColumnOrder.sortName(written, naming), false,
                element, annotation == null ? context.association().annotation() : annotation,
                PhysicalNames.isQuoted(stripped) ? stripped.substring(1, stripped.length() - 1) : stripped);
    }
}
