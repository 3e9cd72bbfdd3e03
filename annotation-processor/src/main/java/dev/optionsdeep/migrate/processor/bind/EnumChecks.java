package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.read.Mapping;

import dev.optionsdeep.migrate.postgres.Identifiers;

import java.util.List;
import java.util.stream.Collectors;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The check constraint Hibernate 7.4 puts on an enum column, spelled as Hibernate writes it
 * (checked against its export): {@code <column> between 0 and <constants - 1>} for an ordinal,
 * {@code <column> in ('A','B')} for a name, the constants in declaration order. The constants come
 * from the enum type itself, whether it is compiled in this round or read from a class file.
 */
final class EnumChecks {

    private EnumChecks() {
    }

    /** Whether the attribute stores the constant's name ({@code @Enumerated(EnumType.STRING)}); else its ordinal. */
    static boolean byName(Element attribute) {
        return byName(attribute, false);
    }

    /** @param mapKey whether for the keys of a map ({@code @MapKeyEnumerated}) */
    static boolean byName(Element attribute, boolean mapKey) {
        return Mapping.written(attribute).enumeratedByName(mapKey);
    }

    static List<String> constants(TypeMirror enumType) {
        TypeElement type = (TypeElement) ((DeclaredType) enumType).asElement();
        return type.getEnclosedElements().stream().filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                .map(e -> e.getSimpleName().toString()).toList();
    }

    /** The field of the enum marked with JPA 3.2's {@code @EnumeratedValue}, if any. */
    static java.util.Optional<Element> enumeratedValue(TypeMirror enumType) {
        TypeElement type = (TypeElement) ((DeclaredType) enumType).asElement();
        return type.getEnclosedElements().stream().filter(e -> e.getKind() == ElementKind.FIELD)
                .filter(e -> Mapping.written(e).enumeratedValue()).map(e -> (Element) e).findFirst();
    }

    static String check(String column, Element attribute, TypeMirror enumType) {
        List<String> constants = constants(enumType);
        String c = Identifiers.quote(column);
        return byName(attribute) ? c + " in (" + literals(constants) + ")"
                : c + " between 0 and " + (constants.size() - 1);
    }

    /** {@code 'A','B'}: Hibernate's spelling of an IN list, without spaces. */
    static String literals(List<String> values) {
        return values.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(","));
    }
}
