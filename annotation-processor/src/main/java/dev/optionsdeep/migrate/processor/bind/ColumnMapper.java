package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.read.BeanValidation;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.HibernateLine;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.Attribute;
import dev.optionsdeep.migrate.processor.read.Attributes;
import dev.optionsdeep.migrate.processor.read.Converters;
import dev.optionsdeep.migrate.processor.read.JpaAnnotations;
import dev.optionsdeep.migrate.processor.read.Overrides;
import dev.optionsdeep.migrate.processor.read.SupportedAnnotations;

import dev.optionsdeep.migrate.schema.Column;

import java.util.List;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Reads one basic attribute (a field or a getter) into a column, as Hibernate would map it. */
final class ColumnMapper {

    private final Elements elements;
    private final Naming naming;
    private final HibernateLine line;
    private final Converters converters;
    private final BeanValidation validation;

    ColumnMapper(Elements elements, Naming naming, Converters converters, BeanValidation validation,
                 HibernateLine line) {
        this.line = line;
        this.elements = elements;
        this.naming = naming;
        this.converters = converters;
        this.validation = validation;
    }

    /**
     * The attribute's column, or null after reporting why it cannot be mapped.
     *
     * @param owner        the entity, as messages name it
     * @param path         the attribute path from the entity, such as {@code home.street}
     * @param origin       the entity's attribute the column comes from (the embedded one holding it, if any)
     * @param override     the {@code @AttributeOverride} for it, or null
     * @param inEmbeddable whether the attribute belongs to an embeddable (then a primitive's column may be null)
     * @param partOfId     whether that embeddable is the entity's composite id (then the column is a key column)
     */
    MappedColumn map(Attribute attribute, String owner, String path, Element origin, Overrides.Override override,
                     boolean inEmbeddable, boolean partOfId, Report report) {
        String where = owner + "." + path;
        Element field = attribute.element();
        TypeMirror javaType = attribute.type();
        if (javaType.getKind() == TypeKind.ERROR) {
            return null; // javac reports the missing type itself
        }
        List<AnnotationMirror> unsupported = SupportedAnnotations.unsupportedOnField(field);
        for (AnnotationMirror mirror : unsupported) {
            report.error(Code.UNSUPPORTED_FIELD_MAPPING, "@" + JpaAnnotations.simpleName(mirror) + " on " + where
                    + " is not supported yet by Migrate; Migrate maps plain columns only for now, and stops rather"
                    + " than write a schema that differs from Hibernate's. Map the field as a basic column, or mark it"
                    + " @Transient if it is not stored", field, mirror);
        }
        if (inEmbeddable) {
            unsupported = new java.util.ArrayList<>(unsupported);
            for (String name : List.of(JpaAnnotations.ID, JpaAnnotations.GENERATED_VALUE, JpaAnnotations.VERSION)) {
                Optional<AnnotationMirror> misplaced = JpaAnnotations.find(field, name);
                if (misplaced.isPresent()) {
                    report.error(Code.UNSUPPORTED_FIELD_MAPPING, "@" + name + " on " + attribute.member() + " ("
                            + where + ") has no meaning inside an @Embeddable: Hibernate takes ids and versions from"
                            + " the entity only. Move it to an attribute of the entity", field, misplaced.get());
                    unsupported.add(misplaced.get());
                }
            }
        }
        Converters.Conversion conversion = unsupported.isEmpty() ? converters.resolve(attribute, where, report) : null;
        if (conversion == null && unsupported.isEmpty()) {
            return null;
        }
        // A converted attribute is stored as the converter's database-side type says.
        TypeMirror storedType = conversion == null ? javaType : conversion.databaseType();
        Optional<MappedType> type = MappedType.of(storedType);
        // @JdbcTypeCode(SqlTypes.JSON) stores any value (a Map, a record, a List…) as jsonb; a user type (@Type,
        // @JavaType, @JdbcType) stores it as its columnDefinition says, required below.
        Optional<AnnotationMirror> userType = USER_TYPES.stream().map(a -> ColumnExtras.hibernate(field, a))
                .flatMap(Optional::stream).findFirst();
        boolean json = conversion != null && (JdbcTypeCodes.isJson(field) || userType.isPresent());
        if (type.isEmpty() && unsupported.isEmpty() && !json && MappedType.wrapperArray(storedType)) {
            report.error(Code.UNSUPPORTED_TYPE, where + " has type " + storedType + ", which Hibernate 7.4 refuses to"
                    + " map by default (its setting hibernate.type.wrapper_array_handling decides how), so Migrate"
                    + " cannot tell its column. Use " + (storedType.toString().contains("Byte") ? "byte[]" : "char[]")
                    + ", or mark the " + (attribute.isProperty() ? "getter" : "field") + " @Transient if it is not"
                    + " stored", field);
        } else if (type.isEmpty() && unsupported.isEmpty() && !json) { // a relationship's type says nothing new
            report.error(Code.UNSUPPORTED_TYPE, conversion.converter() != null
                    ? where + " is converted by " + conversion.converter() + " to " + storedType + ", which Migrate"
                            + " cannot map to a column yet. Supported types: " + MappedType.SUPPORTED + ". Change the"
                            + " converter's database-side type"
                    : where + " has type " + javaType + ", which Migrate cannot map to"
                            + " a column yet (nor can Hibernate 7.4 without a converter or an annotation saying how, as"
                            + " it is neither a basic type, an embeddable nor Serializable). Supported types: " + MappedType.SUPPORTED + ". Change the type, convert it"
                            + " with an AttributeConverter, or mark the " + (attribute.isProperty() ? "getter" : "field")
                            + " @Transient if it is not stored", field);
        }
        // An override's @Column replaces the attribute's own entirely (checked with Hibernate 7.4).
        Element columnHost = override == null ? field : override.host();
        Attributes column = override != null ? override.column()
                : JpaAnnotations.find(field, JpaAnnotations.COLUMN).map(this::attributes).orElse(null);
        if (!unsupported.isEmpty() || type.isEmpty() && !json
                || !supportedColumnAttributes(column, columnHost, where, report)) {
            return null;
        }

        String written = column == null || column.string("name").isEmpty() ? attribute.name() : column.string("name");
        PhysicalNames.Resolved name = naming.declared(written);
        if (!name.ok()) {
            report.error(Code.INVALID_NAME, "The column name \"" + written + "\" of " + where + " cannot be used: "
                    + name.problem(), columnHost, column == null ? null : column.mirror(),
                    column == null ? null : column.explicitValue("name"));
            return null;
        }

        TypeMapper.Size size = column == null ? TypeMapper.Size.DEFAULT : new TypeMapper.Size(
                column.integer("length", TypeMapper.DEFAULT_LENGTH), column.integer("precision", 0),
                column.integer("scale", 0), column.integer("secondPrecision", -1));
        ColumnDefinition definition = ColumnDefinition.read(column, columnHost, where, report);
        if (definition == ColumnDefinition.INVALID) {
            return null;
        }
        if (userType.isPresent() && definition == null) {
            report.error(Code.UNSUPPORTED_TYPE, "@" + JpaAnnotations.simpleName(userType.get()) + " on " + where
                    + " makes the column whatever the type's own code says at run time, which Migrate cannot read."
                    + " Give the column's type beside it, as Hibernate then creates it: @Column(columnDefinition ="
                    + " \"jsonb\") for a JSON type, for example", field, userType.get());
            return null;
        }
        MappedType mappedType = type.orElse(null);
        BeanValidation.Applied validated = validation.of(attribute, origin);
        size = validated.resize(size, mappedType);
        // SqlTypes.ARRAY on an array, List or Set says what Hibernate does without it (checked, 7.4).
        Optional<AnnotationMirror> typeCode = JdbcTypeCodes.find(field)
                .filter(m -> mappedType != MappedType.ARRAY || JdbcTypeCodes.code(m) != JdbcTypeCodes.ARRAY);
        String sqlType = definition != null ? definition.type()
                : typeCode.isPresent() ? JdbcTypeCodes.sqlType(typeCode.get(), field, mappedType,
                        validated.length() != null ? validated.length()
                                : column == null || column.explicitValue("length") == null ? null : size.length(),
                        where, report)
                : line.timePrecision(new TypeMapper(report, field, storedType, column, columnHost, where)
                        .sqlType(mappedType, size));

        Optional<AnnotationMirror> enumerated = JpaAnnotations.find(field, JpaAnnotations.ENUMERATED);
        if (enumerated.isPresent() && mappedType != MappedType.ENUM
                && MappedType.elementOf(storedType).filter(t -> t == MappedType.ENUM).isEmpty()) {
            report.error(Code.UNSUPPORTED_FIELD_MAPPING, "@Enumerated on " + where + " needs an enum, but its type is "
                    + javaType + ": Hibernate refuses to start. Remove @Enumerated, or change the type to an enum",
                    field, enumerated.get());
            return null;
        }
        Optional<Element> enumeratedValue = mappedType == MappedType.ENUM ? EnumChecks.enumeratedValue(javaType)
                : Optional.empty();
        if (enumeratedValue.isPresent()) {
            report.error(Code.UNSUPPORTED_FIELD_MAPPING, where + " is an enum whose field "
                    + enumeratedValue.get().getSimpleName() + " carries @EnumeratedValue, which Migrate does not map"
                    + " yet: Hibernate then stores that field's value, with a column type and a check of its own."
                    + " Remove @EnumeratedValue, or mark " + where + " @Transient", field);
            return null;
        }
        boolean id = partOfId || !inEmbeddable && JpaAnnotations.has(field, JpaAnnotations.ID);
        if (JpaAnnotations.has(field, JpaAnnotations.TEMPORAL) && (json || !mappedType.isLegacyTemporal())) {
            report.warning(Code.IGNORED_ATTRIBUTE, "@Temporal on " + where + " has no effect: it applies to"
                    + " java.util.Date and Calendar only. Remove it", field,
                    JpaAnnotations.find(field, JpaAnnotations.TEMPORAL).orElseThrow(), null);
        }
        Boolean identity = identity(field, javaType, mappedType, id, where, report);
        if (sqlType == null || identity == null) {
            return null;
        }
        boolean definitionNotNull = definition != null && definition.notNull();
        boolean nullable = !definitionNotNull && !validated.notNull()
                && nullable(field, javaType, column, columnHost, id, inEmbeddable, where, report);
        // Hibernate 7.4 adds no unique constraint on a key column for unique = true: the primary key already is
        // one. A UNIQUE written in the definition is PostgreSQL's, written verbatim.
        boolean unique = !id && column != null && column.bool("unique", false)
                || definition != null && definition.unique();
        Column mapped = ColumnExtras.apply(new Column(name.name(), sqlType, nullable, identity), field, column, where,
                elements, report);
        if (mapped == null) {
            return null;
        }
        if (definition != null) {
            mapped = ColumnExtras.definitionDefault(mapped, definition, columnHost, column, where, report);
        }
        // Hibernate's boolean converters come with a check constraint on the values they write.
        String check = conversion.checkValues() == null ? null : name.name() + " in " + conversion.checkValues();
        if (definition != null && definition.check() != null) {
            if (check != null || type.get() == MappedType.ENUM) {
                // Hibernate's own check for the values comes beside the definition's: two checks Migrate does not name yet.
                report.error(Code.UNSUPPORTED_ATTRIBUTE, "@Column(columnDefinition = \"" + column.string("columnDefinition")
                        + "\") on " + where + " has a CHECK, and Hibernate adds its own check of the values of "
                        + where + " beside it, which Migrate does not model yet. Move the condition to"
                        + " @Check(constraints = \"…\") on the attribute", columnHost, column.mirror(),
                        column.explicitValue("columnDefinition"));
                return null;
            }
            check = definition.check();
        }
        if (check == null && mappedType == MappedType.ENUM && MappedType.of(javaType).orElse(null) == MappedType.ENUM) {
            check = EnumChecks.check(name.name(), field, javaType); // Hibernate's check of the enum's values
        }
        check = validated.withChecks(check, name.name(), definition != null && definition.check() != null, where,
                columnHost, report);
        if (check == BeanValidation.REFUSED) {
            return null;
        }
        return new MappedColumn(path, attribute, origin, mapped, id, unique,
                columnHost, column == null ? null : column.mirror(), unquoted(written), check);
    }

    /**
     * Hibernate's rule (PropertyBinder and AnnotatedColumn, 6.6 and 7.0): an id is not null, so is a field
     * with {@code @Basic(optional = false)}; otherwise an explicit {@code @Column} decides by its
     * {@code nullable}, and without one a primitive is not null. Hibernate 6 leaves a primitive with a bare
     * {@code @Basic} nullable where 7 does not; not null is right for both, as a primitive is never null.
     * Inside an embeddable a primitive without {@code @Column(nullable = false)} is nullable, as the
     * whole embedded value may be null (checked with Hibernate 7.4).
     */
    private boolean nullable(Element field, TypeMirror javaType, Attributes column, Element columnHost, boolean id,
                             boolean inEmbeddable, String where, Report report) {
        boolean primitive = javaType.getKind().isPrimitive();
        boolean required = JpaAnnotations.find(field, JpaAnnotations.BASIC)
                .map(b -> !attributes(b).bool("optional", true)).orElse(false);
        // Hibernate 7.4 makes the version column not null whatever @Column says, and (checked) a column its
        // generators fill with the current time (@CreationTimestamp, @UpdateTimestamp, @CurrentTimestamp); 7.2 does
        // not. The @TenantId column is not null in both.
        boolean generated = JpaAnnotations.has(field, JpaAnnotations.VERSION) || timestamped(field);
        if (id || required || generated && line.versionsNotNull()
                || ColumnExtras.hibernate(field, "TenantId").isPresent()) {
            return false;
        }
        if (column == null) {
            return !primitive || inEmbeddable;
        }
        boolean nullable = column.bool("nullable", true);
        if (nullable && primitive && !inEmbeddable) {
            report.warning(Code.NULLABLE_PRIMITIVE, where + " is a primitive " + javaType + ", yet its column is"
                    + " nullable: with @Column, Hibernate makes a column not null only when it says nullable = false."
                    + " Add nullable = false (a primitive is never null), or use " + boxed(javaType) + " if null is"
                    + " meant", columnHost, column.mirror(), null);
        }
        return nullable;
    }

    private static boolean timestamped(Element field) {
        return TIMESTAMP_GENERATORS.stream().anyMatch(a -> ColumnExtras.hibernate(field, a).isPresent());
    }

    private static final List<String> USER_TYPES = List.of("Type", "JavaType", "JdbcType");

    private static final List<String> TIMESTAMP_GENERATORS = List.of("CreationTimestamp", "UpdateTimestamp",
            "CurrentTimestamp");

    /** TRUE for an identity column, FALSE for none, null after reporting an unsupported generator. */
    private Boolean identity(Element field, TypeMirror javaType, MappedType type, boolean id, String where,
                             Report report) {
        Optional<AnnotationMirror> generated = JpaAnnotations.find(field, JpaAnnotations.GENERATED_VALUE);
        if (generated.isEmpty()) {
            return false;
        }
        Attributes attributes = attributes(generated.get());
        AnnotationValue strategyValue = attributes.explicitValue("strategy");
        String strategy = attributes.enumConstant("strategy", "AUTO");
        if (!id) {
            report.error(Code.UNSUPPORTED_GENERATION, "@GeneratedValue on " + where + " is only meaningful on the @Id"
                    + " attribute: remove it, or move it to the id", field, generated.get(), strategyValue);
            return null;
        }
        Optional<GenericGenerators.Generator> generic = new GenericGenerators(elements).find(field,
                attributes.string("generator"));
        if (generic.isPresent()) {
            return genericIdentity(generic.get(), field, type, javaType, where, report);
        }
        if (type == null) {
            report.error(Code.UNSUPPORTED_GENERATION, "@GeneratedValue on " + where + " needs a Long, Integer, Short or"
                    + " UUID id, not " + javaType + ". Remove it, or change the id's type", field, generated.get(),
                    strategyValue);
            return null;
        }
        if (strategy.equals("IDENTITY") && type.isIntegral()) {
            return true;
        }
        if (type == MappedType.UUID && (strategy.equals("AUTO") || strategy.equals("UUID"))) {
            return false; // Hibernate generates the UUID in Java: a plain uuid column (checked on 6.6 and 7.0)
        }
        if (type.isIntegral() && (strategy.equals("AUTO") || strategy.equals("SEQUENCE") || strategy.equals("TABLE"))) {
            return false; // a plain column drawing from a sequence or a table: SequenceReader/TableGeneratorReader find which
        }
        String problem = strategy.equals("IDENTITY") || strategy.equals("TABLE")
                ? (strategy.equals("TABLE") ? "a generator table" : "an identity column") + " needs a Long, Integer or"
                        + " Short id, not " + javaType
                : "GenerationType." + strategy + " on a " + javaType + " id needs a table generator, which Migrate"
                        + " does not create yet";
        String written = strategyValue == null
                ? "@GeneratedValue on " + where + " (no strategy means GenerationType.AUTO)"
                : "@GeneratedValue(strategy = GenerationType." + strategy + ") on " + where;
        report.error(Code.UNSUPPORTED_GENERATION, written + " is not supported yet: " + problem
                + ". Use GenerationType.IDENTITY or SEQUENCE on a Long id", field, generated.get(),
                strategyValue);
        return null;
    }

    /** What a {@code @GenericGenerator} makes of the id column: identity or not, null after reporting. */
    private static Boolean genericIdentity(GenericGenerators.Generator generator, Element field, MappedType type,
                                           TypeMirror javaType, String where, Report report) {
        boolean integral = type != null && type.isIntegral();
        if ((generator.kind() == GenericGenerators.Kind.IDENTITY || generator.kind() == GenericGenerators.Kind.SEQUENCE)
                && !integral) {
            report.error(Code.UNSUPPORTED_GENERATION, "@GenericGenerator(strategy = \"" + generator.strategy() + "\") on "
                    + where + " needs a Long, Integer or Short id, not " + javaType + ". Use strategy \"uuid2\" on a"
                    + " UUID id", field, generator.mirror());
            return null;
        }
        if (generator.kind() == GenericGenerators.Kind.CUSTOM) {
            report.warning(Code.CUSTOM_GENERATOR, "@GenericGenerator(" + generator.strategy() + ") on " + where
                    + " is an application's own generator: Migrate maps the id as a plain column and creates nothing"
                    + " for the generator. If it draws from a sequence or a table, create that in a revision with"
                    + " ops.execute(\"…\")", field, generator.mirror(), null);
        }
        return generator.kind() == GenericGenerators.Kind.IDENTITY;
    }

    /** False after reporting a {@code @Column} attribute that would change the DDL in ways not modelled yet. */
    private static boolean supportedColumnAttributes(Attributes column, Element field, String where,
                                                     Report report) {
        if (column == null) {
            return true;
        }
        boolean ok = true;
        for (String attribute : List.of("options")) {
            if (!column.string(attribute).isEmpty()) {
                report.error(Code.UNSUPPORTED_ATTRIBUTE, "@Column(" + attribute + " = \""
                        + column.string(attribute) + "\") on " + where + " is not supported yet by Migrate: it cannot"
                        + " tell what schema Hibernate creates from it. Remove it and describe the column with name,"
                        + " length, precision, scale and nullable", field, column.mirror(), column.explicitValue(attribute));
                ok = false;
            }
        }
        return ok;
    }

    private static String unquoted(String written) {
        String text = written.strip();
        return PhysicalNames.isQuoted(text) ? text.substring(1, text.length() - 1) : text;
    }

    private static String boxed(TypeMirror type) {
        return switch (type.getKind()) {
            case LONG -> "Long";
            case INT -> "Integer";
            case SHORT -> "Short";
            case BOOLEAN -> "Boolean";
            case CHAR -> "Character";
            case BYTE -> "Byte";
            case FLOAT -> "Float";
            case DOUBLE -> "Double";
            default -> "the boxed type";
        };
    }

    private Attributes attributes(AnnotationMirror mirror) {
        return new Attributes(mirror, elements);
    }
}
