package dev.optionsdeep.migrate.processor.read;

import dev.optionsdeep.migrate.Unmanaged;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The escape hatch for what no tool can know: the entities, attributes and tables the user manages
 * by hand, named by {@link Unmanaged @Unmanaged} or by {@code -Amigrate.exclude}. Migrate leaves them out of
 * the snapshot and reports nothing about them.
 *
 * @param classes    entity class names: {@code com.acme.Legacy}
 * @param attributes attributes, by the class declaring them: {@code com.acme.Order#notes}
 * @param tables     table names, as the snapshot spells them: {@code audit_log}, {@code billing.invoice}
 */
public record Exclusions(Set<String> classes, Set<String> attributes, Set<String> tables) {

    static final String ANNOTATION = Unmanaged.class.getName();
    static final Exclusions NONE = new Exclusions(Set.of(), Set.of(), Set.of());

    public Exclusions {
        classes = Set.copyOf(classes);
        attributes = Set.copyOf(attributes);
        tables = Set.copyOf(tables);
    }

    /**
     * Reads the option: a comma-separated list where a name with {@code #} is an attribute, a name whose
     * last segment starts with an upper-case letter is a class, and anything else a table.
     */
    public static Exclusions parse(String option) {
        if (option == null || option.isBlank()) {
            return NONE;
        }
        Set<String> classes = new TreeSet<>();
        Set<String> attributes = new TreeSet<>();
        Set<String> tables = new TreeSet<>();
        Arrays.stream(option.split(",")).map(String::strip).filter(n -> !n.isEmpty()).forEach(name -> {
            String last = name.substring(name.lastIndexOf('.') + 1);
            if (name.contains("#")) {
                attributes.add(name);
            } else if (!last.isEmpty() && Character.isUpperCase(last.charAt(0))) {
                classes.add(name);
            } else {
                tables.add(name);
            }
        });
        return new Exclusions(classes, attributes, tables);
    }

    /** Whether the entity class is excluded, by {@code @Unmanaged} or by name. */
    public boolean excludes(TypeElement entity) {
        return isUnmanaged(entity) || classes.contains(entity.getQualifiedName().toString());
    }

    /** Whether the table is excluded by name; {@code schema.table} also matches its bare {@code table}. */
    public boolean excludesTable(String table) {
        return tables.contains(table) || tables.contains(table.substring(table.indexOf('.') + 1));
    }

    /** Whether an attribute {@code type} declares is excluded, by {@code @Unmanaged} on its field or getter, or by name. */
    boolean excludesAttribute(TypeElement type, String attribute) {
        return attributes.contains(type.getQualifiedName() + "#" + attribute);
    }

    static boolean isUnmanaged(Element element) {
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            if (JpaAnnotations.qualifiedName(m).equals(ANNOTATION)) {
                return true;
            }
        }
        return false;
    }
}
