package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.Mapping;
import dev.optionsdeep.migrate.processor.read.Association;
import dev.optionsdeep.migrate.processor.read.Attribute;
import dev.optionsdeep.migrate.processor.read.AttributeCollector;
import dev.optionsdeep.migrate.processor.read.Exclusions;
import dev.optionsdeep.migrate.processor.read.JpaAnnotations;
import dev.optionsdeep.migrate.processor.read.Overrides;
import dev.optionsdeep.migrate.processor.read.SupportedAnnotations;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Types;

/**
 * Maps the attributes of one class to columns: a basic attribute to its column, an embedded one to
 * the columns of its embeddable, nested embeddables included, with {@code @AttributeOverride}s
 * applied. Column names of embedded attributes are the attribute names, without prefix, as
 * Hibernate's JPA-compliant implicit naming gives them.
 */
public final class AttributeMapper {

    /** What an embeddable class is made of, where it was first embedded: Hibernate wants the same everywhere. */
    private record Shape(List<String> attributes, String where) {
    }

    private final ColumnMapper columns;
    private final Types types;
    /** By embeddable class, over the whole compilation. */
    private final Map<String, Shape> shapes = new HashMap<>();
    /** Where the relationships of the entity being mapped go: {@link AssociationMapper} maps them later. */
    private List<Association> associations = new ArrayList<>();
    /** The element collection whose elements are being mapped, whose annotation then means no relationship. */
    private Element elementsOf;
    /** The map whose keys are being mapped: its unprefixed {@code @AttributeOverride}s are the value's. */
    private Element keysOf;

    private final javax.lang.model.util.Elements elements;
    /** The columns of {@code @Any} references. */
    private final AnyColumns anyColumns;
    /** Attributes the user manages by hand, left out of embeddables as of entities. */
    private final Exclusions exclusions;

    /** The converters, which apply to map keys too. */
    dev.optionsdeep.migrate.processor.read.Converters converters() {
        return columns.converters();
    }

    AttributeMapper(ColumnMapper columns, Types types, javax.lang.model.util.Elements elements, Exclusions exclusions) {
        this.exclusions = exclusions;
        this.columns = columns;
        this.types = types;
        this.elements = elements;
        this.anyColumns = new AnyColumns(elements, columns.naming(), columns.line());
    }

    /**
     * Adds the columns of {@code attributes} to {@code out}; false after reporting one that cannot be mapped.
     *
     * @param owner  the entity, as messages name it
     * @param access the access type of the entity's hierarchy, which embeddables inherit
     * @param associations where relationship attributes go, unmapped
     */
    boolean map(List<Attribute> attributes, String owner, AttributeCollector.Access access, Overrides overrides,
                Report report, List<MappedColumn> out, List<Association> associations) {
        this.associations = associations;
        return map(attributes, owner, "", null, access, false, false, overrides, new ArrayDeque<>(), report, out);
    }

    /**
     * Adds the columns of an element collection's elements to {@code out}: {@code element} is the
     * collection attribute with its element type, whose {@code @Column} or {@code @AttributeOverride}s apply.
     */
    boolean mapElements(Attribute element, String owner, AttributeCollector.Access access, Report report,
                        List<MappedColumn> out, List<Association> nested) {
        return mapElements(element, owner, access, report, out, nested, null);
    }

    /**
     * @param mapPart for a map, {@code key} or {@code value}: the part of it {@code element} has the type of,
     *                whose {@code @AttributeOverride(name = "key.…")} / {@code "value.…"} then apply. Hibernate
     *                7.4 applies unprefixed overrides to the value only (checked with its export).
     */
    boolean mapElements(Attribute element, String owner, AttributeCollector.Access access, Report report,
                        List<MappedColumn> out, List<Association> nested, String mapPart) {
        elementsOf = element.element();
        keysOf = "key".equals(mapPart) ? element.element() : null;
        Overrides overrides = new Overrides(elements);
        if (mapPart != null) {
            overrides.addMapPart(element.element(), mapPart + ".", element.name() + ".");
        }
        try {
            return map(List.of(element), owner, access, overrides, report, out, nested);
        } finally {
            elementsOf = null;
            keysOf = null;
        }
    }

    /** @param origin the entity's embedded attribute these attributes are inside, or null at the entity's level */
    private boolean map(List<Attribute> attributes, String owner, String prefix, Element origin,
                        AttributeCollector.Access access, boolean inEmbeddable, boolean partOfId, Overrides overrides,
                        Deque<TypeElement> embedding, Report report, List<MappedColumn> out) {
        boolean ok = true;
        for (Attribute a : attributes) {
            String path = prefix + a.name();
            Optional<TypeElement> embeddable = embeddableOf(a);
            Element from = origin == null ? a.element() : origin;
            Optional<Association> association = a.element().equals(elementsOf) && prefix.isEmpty() ? Optional.empty()
                    : Association.of(a, path, from);
            if (association.isPresent() && partOfId && !association.get().kind().toOne()) {
                report.error(Code.COMPOSITE_ID, "@" + association.get().kind().annotation() + " on " + owner + "."
                        + path + " puts a collection into the composite id of " + owner + ", which Migrate does not map:"
                        + " a key holds columns, not collections. Keep basic attributes and @ManyToOne/@OneToOne in the"
                        + " id class, and map the collection on the entity", a.element(), association.get().annotation());
                ok = false;
            } else if (association.isPresent() && partOfId) {
                // Hibernate 7.4 maps a to-one inside an @EmbeddedId as @Id on the relationship: its join columns join the key.
                associations.add(association.get().insideId());
            } else if (association.isPresent()) {
                associations.add(association.get());
            } else if (anyColumns.isAny(a)) {
                ok &= anyColumns.map(a, owner, path, from, report, out);
            } else if (embeddable.isPresent()) {
                ok &= mapEmbedded(a, embeddable.get(), owner, path, from, access, partOfId, overrides, embedding,
                        report, out);
            } else {
                boolean inKey = partOfId || !inEmbeddable && overrides.inIdClass(path);
                MappedColumn c = columns.map(a, owner, path, from, overrides.take(path).orElse(null), inEmbeddable, inKey,
                        report);
                ok &= c != null;
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return ok;
    }

    private boolean mapEmbedded(Attribute a, TypeElement embeddable, String owner, String path, Element origin,
                                AttributeCollector.Access access, boolean partOfId, Overrides overrides,
                                Deque<TypeElement> embedding, Report report, List<MappedColumn> out) {
        String where = owner + "." + path;
        // The key or element of a collection: the attribute's annotations are the collection's, not the embedding's.
        if (!embeddable(a, embeddable, where, a.element().equals(elementsOf), embedding, report)) {
            return false;
        }
        // @EmbeddedId, or @Id on an embeddable type (the same to Hibernate): a composite id, every column of it in the key.
        boolean id = partOfId || Mapping.written(a.element()).id() || Mapping.written(a.element()).embeddedId();
        if (!a.element().equals(keysOf)) {
            overrides.addFrom(a.element(), path + ".");
        }
        // Hibernate 7.4 (checked): the embeddable and its mapped superclasses default to the @Access of the
        // embedded attribute, else to the entity's; not to the embeddable's own @Access, nor to the class
        // embedding it. Each class's own @Access still decides for its own members.
        AttributeCollector.Access embeddedAccess = AttributeCollector.memberAccess(a.element()).orElse(access);
        List<Attribute> attributes = new ArrayList<>();
        for (TypeElement type : AttributeCollector.ownChain(embeddable)) {
            List<Attribute> declared = AttributeCollector.declared(type, (DeclaredType) a.type(),
                    AttributeCollector.classAccess(type, embeddedAccess), types, exclusions, report);
            if (declared == null) {
                return false;
            }
            attributes.addAll(declared);
        }
        if (!sameShapeEverywhere(a, embeddable, attributes, where, report)) {
            return false;
        }
        embedding.push(embeddable);
        int before = associations.size();
        boolean mapped;
        try {
            mapped = map(attributes, owner, path + ".", origin, access, true, id, overrides, embedding, report, out);
        } finally {
            embedding.pop();
        }
        return mapped && associationOverridesUsed(a, owner, path, origin == a.element(),
                associations.subList(before, associations.size()), report);
    }

    /**
     * False after reporting what Migrate does not map on an embedded attribute or its embeddable: unsupported
     * annotations, embeddable inheritance, an embeddable inside itself; warns of an ignored {@code @Column}.
     */
    private static boolean embeddable(Attribute a, TypeElement embeddable, String where, boolean collection,
                                      Deque<TypeElement> embedding, Report report) {
        boolean ok = true;
        for (AnnotationMirror mirror : collection ? List.<AnnotationMirror>of()
                : SupportedAnnotations.unsupportedOnField(a.element())) {
            report.error(Code.UNSUPPORTED_FIELD_MAPPING, "@" + JpaAnnotations.simpleName(mirror) + " on " + where
                    + " is not supported yet by Migrate on an embedded attribute. Remove it", a.element(), mirror);
            ok = false;
        }
        Mapping mapping = Mapping.written(a.element());
        for (String ignored : collection ? List.<String>of() : List.of(JpaAnnotations.COLUMN, JpaAnnotations.BASIC)) {
            (ignored.equals(JpaAnnotations.COLUMN) ? mapping.columnAnnotation() : mapping.basicAnnotation())
                    .ifPresent(m -> report.warning(Code.IGNORED_ATTRIBUTE, "@"
                    + ignored + " on the embedded " + where + " has no effect: Hibernate takes the columns from "
                    + embeddable.getSimpleName() + ". Remove it, and rename columns with @AttributeOverride(name ="
                    + " \"...\", column = @Column(...))", a.element(), m, null));
        }
        TypeElement inheritedEmbeddable = embeddableAncestor(embeddable);
        if (inheritedEmbeddable != null) {
            report.error(Code.UNSUPPORTED_FIELD_MAPPING, where + " has the type " + embeddable.getSimpleName()
                    + ", an @Embeddable extending the @Embeddable " + inheritedEmbeddable.getSimpleName() + ":"
                    + " embeddable inheritance is not supported yet by Migrate. Make "
                    + inheritedEmbeddable.getSimpleName() + " a @MappedSuperclass, or copy its attributes", a.element());
            ok = false;
        }
        for (TypeElement type : AttributeCollector.ownChain(embeddable)) {
            for (AnnotationMirror mirror : SupportedAnnotations.unsupportedOnMappedSuperclass(type)) {
                report.error(Code.UNSUPPORTED_ENTITY_MAPPING, "@" + JpaAnnotations.simpleName(mirror) + " on "
                        + type.getSimpleName() + " (embedded in " + where + ") is not supported yet by Migrate."
                        + " Remove it", type, mirror);
                ok = false;
            }
        }
        if (embedding.contains(embeddable)) {
            report.error(Code.UNSUPPORTED_FIELD_MAPPING, where + " embeds " + embeddable.getSimpleName() + " inside"
                    + " itself, which has no finite set of columns. Mark it @Transient, or break the cycle",
                    a.element());
            ok = false;
        }
        return ok;
    }

    /**
     * An {@code @AssociationOverride} must name a relationship of the embeddable (Hibernate ignores a
     * typo silently), and is read on the entity's own embedded attribute only.
     */
    private boolean associationOverridesUsed(Attribute a, String owner, String path, boolean topLevel,
                                             List<Association> inside, Report report) {
        boolean ok = true;
        for (Mapping.Text override : Mapping.of(a.element(), elements).associationOverrides()) {
            AnnotationMirror m = override.mirror();
            String name = override.value();
            boolean matches = inside.stream().anyMatch(r -> r.path().equals(path + "." + name));
            if (!topLevel) {
                report.error(Code.UNSUPPORTED_ATTRIBUTE, "@AssociationOverride on " + owner + "." + path + ", an"
                        + " embedded attribute inside an embeddable, is not supported yet by Migrate. Put it on the"
                        + " entity's embedded attribute, naming the path (\"" + path.substring(path.indexOf('.') + 1)
                        + "." + name + "\")", a.element(), m);
                ok = false;
            } else if (!matches) {
                report.error(Code.UNKNOWN_ATTRIBUTE, "@AssociationOverride(name = \"" + name + "\") on " + owner + "."
                        + path + " matches no relationship of the embeddable (they are " + inside.stream()
                        .map(r -> r.path().substring(path.length() + 1)).toList() + "), so Hibernate would ignore it."
                        + " Correct the name, or remove the override", a.element(), m);
                ok = false;
            }
        }
        return ok;
    }

    /**
     * Access types can give one embeddable class different attributes in different places (a mapped
     * superclass of it without getters, under property access); Hibernate then refuses to start.
     */
    private boolean sameShapeEverywhere(Attribute a, TypeElement embeddable, List<Attribute> attributes, String where,
                                        Report report) {
        List<String> names = attributes.stream().map(Attribute::name).toList();
        Shape first = shapes.putIfAbsent(embeddable.getQualifiedName().toString(), new Shape(names, where));
        if (first == null || first.attributes().equals(names)) {
            return true;
        }
        report.error(Code.INVALID_PROPERTY, embeddable.getSimpleName() + " has the attributes " + names + " in "
                + where + " but " + first.attributes() + " in " + first.where() + ", as the access types differ:"
                + " Hibernate refuses one embeddable class mapped two ways (\"Encountered multiple component"
                + " mappings for the same java class\"). Put @Access(AccessType.FIELD) (or PROPERTY) on "
                + embeddable.getSimpleName() + " and on each of its mapped superclasses", a.element());
        return false;
    }

    /**
     * The embeddable class of an embedded attribute: one whose type is an {@code @Embeddable}, or
     * one marked {@code @Embedded} (Hibernate then embeds any class, checked with 7.4).
     */
    static Optional<TypeElement> embeddableOf(Attribute a) {
        if (a.type().getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        TypeElement type = (TypeElement) ((DeclaredType) a.type()).asElement();
        Mapping attribute = Mapping.written(a.element());
        boolean embedded = Mapping.written(type).embeddable()
                || (attribute.embedded() || attribute.embeddedId())
                && type.getKind() == ElementKind.CLASS;
        return embedded ? Optional.of(type) : Optional.empty();
    }

    private static TypeElement embeddableAncestor(TypeElement embeddable) {
        for (TypeElement t = AttributeCollector.superclass(embeddable); t != null; t = AttributeCollector.superclass(t)) {
            if (Mapping.written(t).embeddable()) {
                return t;
            }
        }
        return null;
    }
}
