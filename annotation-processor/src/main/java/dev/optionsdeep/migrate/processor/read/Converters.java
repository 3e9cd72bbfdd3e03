package dev.optionsdeep.migrate.processor.read;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
 * JPA attribute converters: an attribute with {@code @Convert(converter = …)}, or of the Java type an
 * {@code @Converter(autoApply = true)} class converts, is stored in the column of the converter's
 * database-side type, sized by the attribute's {@code @Column} (checked with Hibernate 7.4:
 * {@code AttributeConverter<List<String>, String>} with {@code length = 40} gives {@code varchar(40)}).
 *
 * <p>Auto-apply converters are found among the classes of the compilation and, for an incremental
 * one, in the list the previous compilation left (see {@code write.EntityIndex}); one in a library jar is
 * invisible to a compiler, so name it with {@code @Convert} on the attribute.
 */
public final class Converters {

    static final String CONVERTER = "Converter";
    static final String CONVERT = "Convert";
    public static final List<String> CONVERTER_ANNOTATIONS = List.of(JpaAnnotations.JAKARTA + CONVERTER,
            JpaAnnotations.JAVAX + CONVERTER);

    /**
     * Hibernate's own boolean converters, by class name: Hibernate adds a check constraint listing the
     * two values they write, which it computes by calling the converter.
     */
    private static final Map<String, String> BOOLEAN_CONVERTER_VALUES = Map.of(
            "org.hibernate.type.YesNoConverter", "('N','Y')",
            "org.hibernate.type.TrueFalseConverter", "('F','T')",
            "org.hibernate.type.NumericBooleanConverter", "(0,1)");

    /**
     * How an attribute is stored.
     *
     * @param converter    the converter's class name, or null when the attribute is stored as it is
     * @param databaseType the Java type the column holds: the attribute's own, or the converter's database side
     * @param checkValues  for Hibernate's boolean converters, the value list of the check Hibernate adds; else null
     */
    public record Conversion(String converter, TypeMirror databaseType, String checkValues) {
    }

    private final Elements elements;
    private final Types types;
    /** Auto-apply converters by the qualified name of the Java type they convert, sorted for stable messages. */
    private final Map<String, List<TypeElement>> autoApply = new TreeMap<>();

    public Converters(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** Whether the class is an {@code @Converter}; auto-apply ones are remembered. */
    public boolean register(TypeElement type) {
        Optional<AnnotationMirror> converter = JpaAnnotations.find(type, CONVERTER);
        if (converter.isEmpty()) {
            return false;
        }
        if (new Attributes(converter.get(), elements).bool("autoApply", false)) {
            sides(type).ifPresent(s -> {
                List<TypeElement> list = autoApply.computeIfAbsent(name(s.get(0)), k -> new ArrayList<>());
                if (!list.contains(type)) {
                    list.add(type);
                }
            });
        }
        return true;
    }

    /**
     * How the attribute is stored, or null after reporting why it cannot be.
     *
     * @param where the attribute as messages name it, such as {@code Company.ticker}
     */
    public Conversion resolve(Attribute attribute, String where, Report report) {
        // @Convert(attributeName = "key") on a map converts its keys (mapKey), not the values mapped here.
        Optional<AnnotationMirror> convert = JpaAnnotations.find(attribute.element(), CONVERT)
                .filter(c -> !convertsMapKey(attribute.element(), c));
        Found found = convert.isPresent() ? named(attribute, convert.get(), where, report)
                : autoApplied(attribute, where, report);
        if (found == null) {
            return null;
        }
        if (found.converter() == null) {
            return new Conversion(null, attribute.type(), null);
        }
        return converted(attribute, found.converter(), convert.orElse(null), where, report);
    }

    /**
     * How the keys of a map are stored: converted by {@code @Convert(attributeName = "key")} on the map, else by
     * the auto-apply converter of their type, else as they are; null after reporting.
     *
     * @param map the map attribute; {@code keyType} is the type of its keys
     */
    public Conversion mapKey(Attribute map, TypeMirror keyType, String where, Report report) {
        Attribute key = new Attribute(map.name(), map.element(), keyType, map.declaringType());
        Optional<AnnotationMirror> convert = JpaAnnotations.find(map.element(), CONVERT)
                .filter(c -> convertsMapKey(map.element(), c));
        Found found = convert.isPresent() ? named(key, convert.get(), where, report)
                : autoApplied(key, "MapKeyEnumerated", "MapKeyTemporal", where, report);
        if (found == null) {
            return null;
        }
        return found.converter() == null ? new Conversion(null, keyType, null)
                : converted(key, found.converter(), convert.orElse(null), where, report);
    }

    /** Whether {@code convert} is a {@code @Convert(attributeName = "key")} on a map: it converts the keys. */
    private boolean convertsMapKey(Element element, AnnotationMirror convert) {
        if (!new Attributes(convert, elements).string("attributeName").equals("key")) {
            return false;
        }
        TypeMirror type = element instanceof javax.lang.model.element.ExecutableElement m ? m.getReturnType() : element.asType();
        TypeElement map = elements.getTypeElement("java.util.Map");
        return map != null && type.getKind() == TypeKind.DECLARED
                && types.isAssignable(types.erasure(type), types.erasure(map.asType()));
    }

    /** The converter that applies; {@link #NONE} when none does. */
    private record Found(TypeElement converter) {
    }

    private static final Found NONE = new Found(null);

    /** The converter {@code @Convert} names, {@link #NONE} when it disables conversion; null after reporting. */
    private Found named(Attribute attribute, AnnotationMirror convert, String where, Report report) {
        Attributes c = new Attributes(convert, elements);
        if (!c.string("attributeName").isEmpty() && !convertsMapKey(attribute.element(), convert)) {
            report.error(Code.UNSUPPORTED_CONVERSION, "@Convert(attributeName = \"" + c.string("attributeName")
                    + "\") on " + where + " is not supported by Migrate: it converts a part of an embedded value."
                    + " Put @Convert on that attribute of the @Embeddable instead", attribute.element(),
                    convert, c.explicitValue("attributeName"));
            return null;
        }
        if (c.bool("disableConversion", false)) {
            return NONE;
        }
        AnnotationValue value = c.value("converter");
        if (value != null && !(value.getValue() instanceof TypeMirror)
                || value != null && ((TypeMirror) value.getValue()).getKind() == TypeKind.ERROR) {
            return null; // a class javac cannot find: it reports that itself
        }
        TypeMirror named = value == null ? null : (TypeMirror) value.getValue();
        if (named == null || named.getKind() != TypeKind.DECLARED
                || ((TypeElement) types.asElement(named)).getQualifiedName().contentEquals("jakarta.persistence.AttributeConverter")
                || ((TypeElement) types.asElement(named)).getQualifiedName().contentEquals("javax.persistence.AttributeConverter")) {
            report.error(Code.UNSUPPORTED_CONVERSION, "@Convert on " + where + " names no converter class."
                    + " Name it: @Convert(converter = YourConverter.class)", attribute.element(), convert);
            return null;
        }
        return new Found((TypeElement) types.asElement(named));
    }

    /** The {@code @Converter(autoApply = true)} class for the attribute's type, {@link #NONE}; null after reporting. */
    private Found autoApplied(Attribute attribute, String where, Report report) {
        return autoApplied(attribute, JpaAnnotations.ENUMERATED, JpaAnnotations.TEMPORAL, where, report);
    }

    /**
     * @param enumerated the annotation that stores the value as an enum ({@code Enumerated}, {@code MapKeyEnumerated})
     * @param temporal   the one that stores it as a date or time; auto-apply leaves alone what either says how to store
     */
    private Found autoApplied(Attribute attribute, String enumerated, String temporal, String where, Report report) {
        TypeMirror javaType = attribute.type();
        List<TypeElement> candidates = javaType.getKind() == TypeKind.DECLARED && !autoApply.isEmpty()
                ? autoApply.getOrDefault(name(javaType), List.of()) : List.of();
        if (candidates.isEmpty()) {
            return NONE; // the usual attribute: asked first, so that its annotations are not walked for nothing
        }
        if (JpaAnnotations.has(attribute.element(), enumerated) || JpaAnnotations.has(attribute.element(), temporal)) {
            return NONE; // an attribute that says how it is stored is not auto-converted (JPA 3.2, 3.9; checked with 7.4)
        }
        if (candidates.size() > 1) {
            report.error(Code.UNSUPPORTED_CONVERSION, where + " has type " + javaType + ", which several"
                    + " @Converter(autoApply = true) classes convert: " + names(candidates) + ". Hibernate refuses"
                    + " that too. Choose one with @Convert(converter = …) on the attribute",
                    attribute.element());
            return null;
        }
        return new Found(candidates.get(0));
    }

    /**
     * The conversion {@code converter} makes of the attribute; null after reporting one Migrate cannot follow. A
     * converted enum or Boolean is reported (the values of Hibernate's check are unknown) but keeps its column.
     */
    private Conversion converted(Attribute attribute, TypeElement converter, AnnotationMirror at, String where,
                                 Report report) {
        TypeMirror javaType = attribute.type();
        Optional<List<TypeMirror>> sides = sides(converter);
        if (sides.isEmpty()) {
            report.error(Code.UNSUPPORTED_CONVERSION, converter.getQualifiedName() + ", the converter of " + where
                    + ", does not implement AttributeConverter<X, Y> with both types given. Declare it as"
                    + " AttributeConverter<" + boxedName(javaType) + ", the database-side type>", attribute.element(), at);
            return null;
        }
        TypeMirror entitySide = sides.get().get(0);
        TypeMirror databaseSide = sides.get().get(1);
        TypeMirror boxed = javaType.getKind().isPrimitive()
                ? types.boxedClass((javax.lang.model.type.PrimitiveType) javaType).asType() : javaType;
        if (!types.isAssignable(types.erasure(boxed), types.erasure(entitySide))) {
            report.error(Code.UNSUPPORTED_CONVERSION, converter.getQualifiedName() + " converts " + entitySide
                    + ", but " + where + " is a " + javaType + ". Use a converter for " + boxedName(javaType),
                    attribute.element(), at);
            return null;
        }
        String converterName = converter.getQualifiedName().toString();
        boolean isBoolean = name(boxed).equals("java.lang.Boolean");
        boolean isEnum = boxed.getKind() == TypeKind.DECLARED
                && types.asElement(boxed).getKind() == javax.lang.model.element.ElementKind.ENUM;
        if (isBoolean && BOOLEAN_CONVERTER_VALUES.containsKey(converterName)) {
            return new Conversion(converterName, databaseSide, BOOLEAN_CONVERTER_VALUES.get(converterName));
        }
        if (isBoolean || isEnum) {
            report.error(Code.UNSUPPORTED_CONVERSION, where + " is a " + javaType + " converted by " + converterName
                    + ": Hibernate then adds a check constraint listing what the converter writes for each "
                    + (isBoolean ? "of true and false" : "constant") + ", which it learns by calling the converter,"
                    + " and a compiler cannot run it: its column is mapped without that check. " + (isBoolean
                    ? "Use Hibernate's YesNoConverter, TrueFalseConverter or NumericBooleanConverter, which Migrate knows,"
                            + " or convert a type other than Boolean"
                    : "Map the enum with @Enumerated instead, or convert a type other than an enum"),
                    attribute.element(), at);
            // The column itself is known; only the check is not. The problem leaves the snapshot incomplete.
            return new Conversion(converterName, databaseSide, null);
        }
        return new Conversion(converterName, databaseSide, null);
    }

    /** The converter's {@code X} and {@code Y} of {@code AttributeConverter<X, Y>}, resolved through its supertypes. */
    private Optional<List<TypeMirror>> sides(TypeElement converter) {
        return sides(converter.asType(), 0);
    }

    private Optional<List<TypeMirror>> sides(TypeMirror type, int depth) {
        if (depth > 20 || type.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        DeclaredType declared = (DeclaredType) type;
        String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
        if (name.equals("jakarta.persistence.AttributeConverter") || name.equals("javax.persistence.AttributeConverter")) {
            List<? extends TypeMirror> args = declared.getTypeArguments();
            if (args.size() == 2 && args.stream().allMatch(a -> a.getKind() == TypeKind.DECLARED
                    || a.getKind() == TypeKind.ARRAY)) {
                return Optional.of(List.of(args.get(0), args.get(1)));
            }
            return Optional.empty();
        }
        // directSupertypes substitutes the type arguments, so a generic base converter resolves too.
        for (TypeMirror supertype : types.directSupertypes(type)) {
            Optional<List<TypeMirror>> found = sides(supertype, depth + 1);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private String name(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                ? ((TypeElement) types.asElement(type)).getQualifiedName().toString()
                : type.toString();
    }

    private String boxedName(TypeMirror type) {
        return type.getKind().isPrimitive()
                ? types.boxedClass((javax.lang.model.type.PrimitiveType) type).getSimpleName().toString()
                : type.toString();
    }

    private static String names(List<TypeElement> converters) {
        return String.join(", ", converters.stream().map(c -> c.getQualifiedName().toString()).sorted().toList());
    }
}
