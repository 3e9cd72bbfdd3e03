package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.read.BeanValidation;
import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.HibernateLine;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.Attribute;
import dev.optionsdeep.migrate.processor.read.MappingValues.ColumnAnnotation;
import dev.optionsdeep.migrate.processor.read.Converters;
import dev.optionsdeep.migrate.processor.read.JpaAnnotations;
import dev.optionsdeep.migrate.processor.read.Mapping;
import dev.optionsdeep.migrate.processor.read.Overrides;
import dev.optionsdeep.migrate.processor.read.UserTypeCodes;

import dev.optionsdeep.migrate.schema.Column;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
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
    private final UserTypeCodes userTypes;

    Naming naming() {
        return naming;
    }

    HibernateLine line() {
        return line;
    }

    Converters converters() {
        return converters;
    }

    ColumnMapper(Elements elements, Naming naming, Converters converters, BeanValidation validation,
                 HibernateLine line, UserTypeCodes userTypes) {
        this.line = line;
        this.userTypes = userTypes;
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
        if (attribute.type().getKind() == TypeKind.ERROR) {
            return null; // javac reports the missing type itself
        }
        List<AnnotationMirror> unsupported = unsupported(attribute, where, inEmbeddable, partOfId, report);
        Converters.Conversion conversion = unsupported.isEmpty() ? converters.resolve(attribute, where, report) : null;
        if (conversion == null && unsupported.isEmpty()) {
            return null;
        }
        Stored stored = stored(attribute, where, conversion, unsupported.isEmpty(), report);
        // An override's @Column replaces the attribute's own entirely (checked with Hibernate 7.4).
        Element columnHost = override == null ? field : override.host();
        ColumnAnnotation column = override != null ? override.column()
                : Mapping.of(field, elements).declaredColumn().orElse(null);
        if (!unsupported.isEmpty() || stored.type().isEmpty() && !stored.json()
                || !supportedColumnAttributes(column, columnHost, where, report)) {
            return null;
        }
        String written = column == null || column.name().isEmpty() ? attribute.name() : column.name();
        PhysicalNames.Resolved name = naming.declared(written);
        if (!name.ok()) {
            report.error(Code.INVALID_NAME, "The column name \"" + written + "\" of " + where + " cannot be used: "
                    + name.problem(), columnHost, column == null ? null : column.mirror(),
                    column == null ? null : column.written().get("name"));
            return null;
        }
        Declared declared = new Declared(attribute, origin, where, column, columnHost, name.name(), unquoted(written),
                path, inEmbeddable, partOfId || !inEmbeddable && Mapping.written(field).id());
        SerializedEntities.warn(attribute, where, name.name(), conversion, report);
        return column(declared, stored, conversion, report);
    }

    /**
     * The annotations on the attribute that Migrate does not map, each reported: those unsupported on a
     * basic attribute, an id or version inside an embeddable, and a generated value inside one that is not
     * the entity's {@code @EmbeddedId} (Hibernate 6.5 and later generate a part of an embedded id).
     */
    private static List<AnnotationMirror> unsupported(Attribute attribute, String where, boolean inEmbeddable,
                                                      boolean partOfId, Report report) {
        Element field = attribute.element();
        List<AnnotationMirror> unsupported = new java.util.ArrayList<>(SerializedEntities.unsupported(attribute));
        for (AnnotationMirror mirror : unsupported) {
            report.error(Code.UNSUPPORTED_FIELD_MAPPING, "@" + JpaAnnotations.simpleName(mirror) + " on " + where
                    + dev.optionsdeep.migrate.processor.read.LegacyHibernateAnnotations.advice(mirror).orElse(
                    " is not supported yet by Migrate; Migrate maps plain columns only for now, and stops rather"
                    + " than write a schema that differs from Hibernate's. Map the field as a basic column, or mark it"
                    + " @Transient if it is not stored"), field, mirror);
        }
        if (inEmbeddable) {
            Mapping mapping = Mapping.written(field);
            Map<String, Optional<AnnotationMirror>> keys = new java.util.LinkedHashMap<>();
            keys.put(JpaAnnotations.ID, mapping.idAnnotation());
            keys.put(JpaAnnotations.GENERATED_VALUE, mapping.generatedValueAnnotation().filter(g -> !partOfId));
            keys.put(JpaAnnotations.VERSION, mapping.versionAnnotation());
            keys.forEach((name, misplaced) -> misplaced.ifPresent(m -> {
                report.error(Code.UNSUPPORTED_FIELD_MAPPING, "@" + name + " on " + attribute.member() + " (" + where
                        + ") has no meaning inside an @Embeddable" + (name.equals(JpaAnnotations.GENERATED_VALUE)
                        ? " that is not the entity's @EmbeddedId: Hibernate generates values for ids only, and for"
                        + " a part of an @EmbeddedId. Remove it, or move it to the id"
                        : ": Hibernate takes ids and versions from the entity only. Move it to an attribute of the"
                        + " entity"), field, m);
                unsupported.add(m);
            }));
        }
        return unsupported;
    }

    /**
     * How the attribute is stored: a converted attribute as the converter's database-side type says, a
     * {@code @JdbcTypeCode(SqlTypes.JSON)} one as jsonb whatever its type, a user type ({@code @Type},
     * {@code @JavaType}, {@code @JdbcType}) as its column definition says.
     */
    private record Stored(TypeMirror storedType, Optional<MappedType> type, Optional<AnnotationMirror> userType, boolean json) {
    }

    /** How the attribute is stored; a type Migrate cannot map is reported when nothing else was. */
    private static Stored stored(Attribute attribute, String where, Converters.Conversion conversion, boolean report,
                                 Report problems) {
        Element field = attribute.element();
        TypeMirror storedType = conversion == null ? attribute.type() : conversion.databaseType();
        Optional<MappedType> type = conversion == null || conversion.converter() == null
                ? MappedType.ofAttribute(storedType) : MappedType.of(storedType);
        Optional<AnnotationMirror> userType = Mapping.written(field).userType();
        boolean json = conversion != null && (JdbcTypeCodes.isJson(field) || userType.isPresent());
        String what = attribute.isProperty() ? "getter" : "field";
        if (type.isEmpty() && report && !json && MappedType.wrapperArray(storedType)) {
            problems.error(Code.UNSUPPORTED_TYPE, where + " has type " + storedType + ", which Hibernate 7.4 refuses to"
                    + " map by default (its setting hibernate.type.wrapper_array_handling decides how), so Migrate"
                    + " cannot tell its column. Use " + (storedType.toString().contains("Byte") ? "byte[]" : "char[]")
                    + ", or mark the " + what + " @Transient if it is not stored", field);
        } else if (type.isEmpty() && report && !json) { // a relationship's type says nothing new
            problems.error(Code.UNSUPPORTED_TYPE, conversion.converter() != null
                    ? where + " is converted by " + conversion.converter() + " to " + storedType + ", which Migrate"
                            + " cannot map to a column yet. Supported types: " + MappedType.SUPPORTED + ". Change the"
                            + " converter's database-side type"
                    : where + " has type " + attribute.type() + ", which Migrate cannot map to"
                            + " a column yet (nor can Hibernate 7.4 without a converter or an annotation saying how, as"
                            + " it is neither a basic type, an embeddable nor Serializable). Supported types: "
                            + MappedType.SUPPORTED + ". Change the type, convert it with an AttributeConverter, or mark"
                            + " the " + what + " @Transient if it is not stored", field);
        }
        return new Stored(storedType, type, userType, json);
    }

    /**
     * What the attribute declares about its column.
     *
     * @param column     its {@code @Column} (or its override's), or null
     * @param columnHost where that {@code @Column} is written
     * @param name       the column's physical name
     * @param logical    its name as written, unquoted
     * @param id         whether the column is (part of) the key
     */
    private record Declared(Attribute attribute, Element origin, String where, ColumnAnnotation column, Element columnHost,
                            String name, String logical, String path, boolean inEmbeddable, boolean id) {
    }

    /** The column with its type, nullability, extras and check; null after reporting. */
    private MappedColumn column(Declared d, Stored stored, Converters.Conversion conversion, Report report) {
        Element field = d.attribute().element();
        ColumnAnnotation column = d.column();
        ColumnDefinition definition = ColumnDefinition.read(column, d.columnHost(), d.where(), report);
        if (definition == ColumnDefinition.INVALID) {
            return null;
        }
        MappedType mappedType = stored.type().orElse(null);
        BeanValidation.Applied validated = validation.of(d.attribute(), d.origin());
        String sqlType = sqlType(d, stored, definition, validated, report);
        if (!enumerationMapped(d, stored, mappedType, report)) {
            return null;
        }
        Boolean identity = IdentityColumns.identity(elements, field, d.attribute().type(), mappedType, d.id(), d.where(),
                report);
        if (sqlType == null || identity == null) {
            return null;
        }
        boolean nullable = !(definition != null && definition.notNull()) && !validated.notNull()
                && ColumnNullability.nullable(elements, field, d.attribute().type(), column, d.columnHost(), d.id(),
                d.inEmbeddable(), d.where(), report, line);
        // Hibernate 7.4 adds no unique constraint on a key column for unique = true: the primary key already is
        // one. A UNIQUE written in the definition is PostgreSQL's, written verbatim.
        boolean unique = !d.id() && column != null && column.unique()
                || definition != null && definition.unique();
        Column mapped = ColumnExtras.apply(new Column(d.name(), sqlType, nullable, identity), field, column, d.where(),
                elements, report);
        if (mapped == null) {
            return null;
        }
        if (definition != null) {
            mapped = ColumnExtras.definitionDefault(mapped, definition, d.columnHost(), column, d.where(), report);
        }
        String check = check(d, stored, conversion, definition, validated, line, report);
        if (check == BeanValidation.REFUSED) {
            return null;
        }
        return new MappedColumn(d.path(), d.attribute(), d.origin(), mapped, d.id(), unique,
                d.columnHost(), column == null ? null : column.mirror(), d.logical(), check,
                conversion.converter() != null);
    }

    /** The column's SQL type: its definition's, a {@code @JdbcTypeCode}'s, or the Java type's; null after reporting. */
    private String sqlType(Declared d, Stored stored, ColumnDefinition definition,
                                  BeanValidation.Applied validated, Report report) {
        Element field = d.attribute().element();
        ColumnAnnotation column = d.column();
        MappedType mappedType = stored.type().orElse(null);
        TypeMapper.Size size = column == null ? TypeMapper.Size.DEFAULT : new TypeMapper.Size(
                column.length(), column.precision(), column.scale(), column.secondPrecision());
        size = size.constrained(validated, mappedType);
        Optional<AnnotationMirror> typeCode = JdbcTypeCodes.find(field).filter(m -> !JdbcTypeCodes.asWithout(mappedType, m));
        if (definition != null) {
            return definition.type();
        }
        TypeMapper.Size sized = size;
        Integer explicitLength = validated.length() != null ? validated.length()
                : column == null || column.written().get("length") == null ? null : sized.length();
        if (stored.userType().isPresent()) {
            return UserTypeColumns.sqlType(stored.userType().get(), userTypes, field, mappedType, explicitLength,
                    d.where(), report);
        }
        if (typeCode.isPresent()) {
            return Optional.ofNullable(JdbcTypeCodes.numeric(typeCode.get(), mappedType, sized, line)).orElseGet(() ->
                    JdbcTypeCodes.sqlType(typeCode.get(), field, mappedType, explicitLength, d.where(), report));
        }
        return line.timePrecision(new TypeMapper(report, field, stored.storedType(), column, d.columnHost(), d.where())
                .sqlType(mappedType, size));
    }

    /**
     * False after reporting {@code @Enumerated} on what is no enum, or an enum with {@code @EnumeratedValue};
     * warns of a {@code @Temporal} that has no effect.
     */
    private static boolean enumerationMapped(Declared d, Stored stored, MappedType mappedType, Report report) {
        Element field = d.attribute().element();
        TypeMirror javaType = d.attribute().type();
        Optional<AnnotationMirror> enumerated = Mapping.written(field).enumeratedAnnotation();
        if (enumerated.isPresent() && mappedType != MappedType.ENUM
                && MappedType.elementOf(stored.storedType()).filter(t -> t == MappedType.ENUM).isEmpty()) {
            report.error(Code.UNSUPPORTED_FIELD_MAPPING, "@Enumerated on " + d.where() + " needs an enum, but its type"
                    + " is " + javaType + ": Hibernate refuses to start. Remove @Enumerated, or change the type to an"
                    + " enum", field, enumerated.get());
            return false;
        }
        Optional<Element> enumeratedValue = mappedType == MappedType.ENUM ? EnumChecks.enumeratedValue(javaType)
                : Optional.empty();
        if (enumeratedValue.isPresent()) {
            report.error(Code.UNSUPPORTED_FIELD_MAPPING, d.where() + " is an enum whose field "
                    + enumeratedValue.get().getSimpleName() + " carries @EnumeratedValue, which Migrate does not map"
                    + " yet: Hibernate then stores that field's value, with a column type and a check of its own."
                    + " Remove @EnumeratedValue, or mark " + d.where() + " @Transient", field);
            return false;
        }
        Optional<AnnotationMirror> temporal = Mapping.written(field).temporalAnnotation();
        if (temporal.isPresent() && (stored.json() || !mappedType.isLegacyTemporal())) {
            report.warning(Code.IGNORED_ATTRIBUTE, "@Temporal on " + d.where() + " has no effect: it applies to"
                    + " java.util.Date and Calendar only. Remove it", field,
                    temporal.get(), null);
        }
        return true;
    }

    /**
     * The column's one unnamed check: a boolean converter's values, the definition's CHECK, or Hibernate's
     * check of an enum's values, with Bean Validation's conditions joined; {@link BeanValidation#REFUSED}
     * after reporting.
     */
    private static String check(Declared d, Stored stored, Converters.Conversion conversion, ColumnDefinition definition,
                                BeanValidation.Applied validated, HibernateLine line, Report report) {
        ColumnAnnotation column = d.column();
        // Hibernate's boolean converters come with a check constraint on the values they write; 7 checks TINYINT's too.
        String check = conversion.checkValues() != null ? d.name() + " in " + conversion.checkValues()
                : JdbcTypeCodes.booleanCheck(d.attribute().element(), stored.type().orElse(null), d.name(), line);
        if (definition != null && definition.check() != null) {
            if (check != null || stored.type().get() == MappedType.ENUM) {
                // Hibernate's own check for the values comes beside the definition's: two checks Migrate does not name yet.
                report.error(Code.UNSUPPORTED_ATTRIBUTE, "@Column(columnDefinition = \""
                        + column.columnDefinition() + "\") on " + d.where() + " has a CHECK, and Hibernate"
                        + " adds its own check of the values of " + d.where() + " beside it, which Migrate does not"
                        + " model yet. Move the condition to @Check(constraints = \"…\") on the attribute",
                        d.columnHost(), column.mirror(), column.written().get("columnDefinition"));
                return BeanValidation.REFUSED;
            }
            check = definition.check();
        }
        TypeMirror javaType = d.attribute().type();
        if (check == null && stored.type().orElse(null) == MappedType.ENUM
                && MappedType.of(javaType).orElse(null) == MappedType.ENUM) {
            check = EnumChecks.check(d.name(), d.attribute().element(), javaType); // Hibernate's check of the enum's values
        }
        return validated.withChecks(check, d.name(), definition != null && definition.check() != null, d.where(),
                d.columnHost(), report);
    }

    /** False after reporting a {@code @Column} attribute that would change the DDL in ways not modelled yet. */
    private static boolean supportedColumnAttributes(ColumnAnnotation column, Element field, String where,
                                                     Report report) {
        if (column == null) {
            return true;
        }
        boolean ok = true;
        for (String attribute : List.of("options")) {
            if (column.refused().containsKey(attribute)) {
                report.error(Code.UNSUPPORTED_ATTRIBUTE, "@Column(" + attribute + " = \""
                        + column.refused().get(attribute) + "\") on " + where + " is not supported yet by Migrate: it cannot"
                        + " tell what schema Hibernate creates from it. Remove it and describe the column with name,"
                        + " length, precision, scale and nullable", field, column.mirror(), column.written().get(attribute));
                ok = false;
            }
        }
        return ok;
    }

    private static String unquoted(String written) {
        String text = written.strip();
        return PhysicalNames.isQuoted(text) ? text.substring(1, text.length() - 1) : text;
    }
}
