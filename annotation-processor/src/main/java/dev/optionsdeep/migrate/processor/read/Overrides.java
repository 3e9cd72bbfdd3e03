package dev.optionsdeep.migrate.processor.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The {@code @AttributeOverride}s in force while one entity is mapped, by attribute path
 * ({@code createdBy}, {@code home.street}, {@code home.geo.lat}). When two name the same path the
 * outermost wins, as JPA says: the entity's over the embedded field's, that one over an override
 * inside the embeddable. An override's {@code @Column} replaces the attribute's own entirely.
 */
public final class Overrides {

    /**
     * One override.
     *
     * @param path       the attribute path from the entity
     * @param name       its {@code name} as written, relative to the host
     * @param host       the class or field carrying it; diagnostics about its column go there
     * @param annotation the {@code @AttributeOverride}
     * @param column     its {@code column}, read with defaults
     */
    public record Override(String path, String name, Element host, AnnotationMirror annotation,
                           MappingValues.ColumnAnnotation column) {
    }

    private final Elements elements;
    private final Map<String, Override> byPath = new LinkedHashMap<>();
    private final Set<String> used = new HashSet<>();
    /** The members of an annotated {@code @IdClass}, which map the entity's id attributes (see {@link #addIdClass}). */
    private final Map<String, Override> idClass = new LinkedHashMap<>();
    /** The persistent fields of the entity's {@code @IdClass}, annotated or not: each one names an id attribute. */
    private final Set<String> idClassFields = new HashSet<>();

    public Overrides(Elements elements) {
        this.elements = elements;
    }

    /** Adds the overrides on {@code host}, named relative to {@code prefix} ({@code ""} or {@code "home."}). */
    public void addFrom(Element host, String prefix) {
        for (AnnotationMirror mirror : JpaAnnotations.findRepeated(host, JpaAnnotations.ATTRIBUTE_OVERRIDE,
                JpaAnnotations.ATTRIBUTE_OVERRIDES, elements)) {
            Attributes override = new Attributes(mirror, elements);
            AnnotationValue column = override.value("column");
            String name = override.string("name").strip();
            String path = prefix + name;
            byPath.putIfAbsent(path, new Override(path, name, host, mirror,
                    MappingValues.ColumnAnnotation.of(new Attributes((AnnotationMirror) column.getValue(), elements))));
        }
    }

    /**
     * Adds the overrides on {@code host} whose name starts with {@code part} ({@code key.} or {@code value.}, as
     * JPA names the key and the value of a map), as if named relative to {@code prefix} without it.
     */
    public void addMapPart(Element host, String part, String prefix) {
        for (AnnotationMirror mirror : JpaAnnotations.findRepeated(host, JpaAnnotations.ATTRIBUTE_OVERRIDE,
                JpaAnnotations.ATTRIBUTE_OVERRIDES, elements)) {
            Attributes override = new Attributes(mirror, elements);
            String name = override.string("name").strip();
            if (name.startsWith(part)) {
                String path = prefix + name.substring(part.length());
                byPath.putIfAbsent(path, new Override(path, name, host, mirror,
                        MappingValues.ColumnAnnotation.of(new Attributes((AnnotationMirror) override.value("column")
                                .getValue(), elements))));
            }
        }
    }

    /**
     * Hibernate 7.4 maps the id attributes of an entity whose {@code @IdClass} has a member with {@code @Column},
     * {@code @Id}, {@code @GeneratedValue} or a relationship annotation from that class's members, not from the
     * entity's: each id column as the id class's {@code @Column} says, or with defaults (its own
     * {@code hasAnnotationsOnIdClass}, checked with its export). An id class without them changes nothing.
     */
    public void addIdClass(TypeElement entity) {
        TypeElement type = idClassOf(entity);
        if (type == null) {
            return;
        }
        type.getEnclosedElements().stream().filter(Overrides::persistentField)
                .forEach(field -> idClassFields.add(field.getSimpleName().toString()));
        if (type.getEnclosedElements().stream().noneMatch(Overrides::mapsIdClass)) {
            return;
        }
        for (Element member : type.getEnclosedElements()) {
            boolean field = member.getKind() == javax.lang.model.element.ElementKind.FIELD
                    && !member.getModifiers().contains(javax.lang.model.element.Modifier.STATIC);
            boolean getter = member instanceof javax.lang.model.element.ExecutableElement method
                    && JpaAnnotations.has(member, JpaAnnotations.COLUMN) && method.getParameters().isEmpty();
            if (!field && !getter) {
                continue;
            }
            String name = getter ? AttributeCollector.propertyName((javax.lang.model.element.ExecutableElement) member)
                    : member.getSimpleName().toString();
            AnnotationMirror column = JpaAnnotations.find(member, JpaAnnotations.COLUMN).orElse(null);
            Override previous = idClass.get(name);
            if (previous == null || previous.column() == null) {
                idClass.put(name, new Override(name, name, member, column,
                        column == null ? null : MappingValues.ColumnAnnotation.of(new Attributes(column, elements))));
            }
        }
    }

    private TypeElement idClassOf(TypeElement entity) {
        for (TypeElement level : AttributeCollector.ownChain(entity)) {
            Optional<AnnotationMirror> m = JpaAnnotations.find(level, "IdClass");
            if (m.isPresent()) {
                AnnotationValue value = new Attributes(m.get(), elements).value("value");
                return value != null && value.getValue() instanceof javax.lang.model.type.DeclaredType d
                        ? (TypeElement) d.asElement() : null;
            }
        }
        return null;
    }

    private static boolean persistentField(Element member) {
        Set<javax.lang.model.element.Modifier> modifiers = member.getModifiers();
        return member.getKind() == javax.lang.model.element.ElementKind.FIELD
                && !modifiers.contains(javax.lang.model.element.Modifier.STATIC)
                && !modifiers.contains(javax.lang.model.element.Modifier.TRANSIENT)
                && !JpaAnnotations.has(member, "Transient");
    }

    /**
     * Whether the entity's {@code @IdClass} has a field named {@code path}: Hibernate (6.6 to 7.4, checked with their
     * exports) binds the id class's fields as the identifier, each from the entity's attribute of that name, so that
     * attribute is part of the primary key (and not null) even where the entity does not mark it {@code @Id}.
     */
    public boolean inIdClass(String path) {
        return idClassFields.contains(path);
    }

    private static boolean mapsIdClass(Element member) {
        return java.util.stream.Stream.of(JpaAnnotations.COLUMN, JpaAnnotations.ID, JpaAnnotations.GENERATED_VALUE,
                "OneToMany", "ManyToOne", "OneToOne", "ManyToMany").anyMatch(a -> JpaAnnotations.has(member, a));
    }

    /** The override of the attribute at {@code path}, now counted as used; else an annotated id class's member. */
    public Optional<Override> take(String path) {
        Override o = byPath.get(path);
        if (o != null) {
            used.add(path);
            return Optional.of(o);
        }
        return Optional.ofNullable(idClass.get(path));
    }

    /** Overrides that matched no attribute: Hibernate ignores them silently, which hides a typo. */
    public List<Override> unused() {
        List<Override> out = new ArrayList<>();
        byPath.forEach((path, o) -> {
            if (!used.contains(path)) {
                out.add(o);
            }
        });
        return out;
    }
}
