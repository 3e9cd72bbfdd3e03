package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.Attribute;
import dev.optionsdeep.migrate.processor.read.Converters;
import dev.optionsdeep.migrate.processor.read.JpaAnnotations;
import dev.optionsdeep.migrate.processor.read.Mapping;
import dev.optionsdeep.migrate.processor.read.SupportedAnnotations;

import java.util.List;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * An attribute whose type is an entity but that has no {@code @ManyToOne} or {@code @OneToOne}: EclipseLink (and
 * JPA's default mapping rules) take it for a one-to-one relationship, which models written for EclipseLink rely on
 * (Dataverse's {@code SavedSearch.definitionPoint}, {@code WorkflowComment.datasetVersion}). Hibernate 6.6, 7.2 and
 * 7.4 map it as a basic attribute instead: a {@code Serializable} entity is stored serialized in a nullable
 * {@code bytea} column named after the attribute, a {@code @JoinColumn} on it ignored, name and nullability alike
 * (checked with their exports). Migrate maps it so, and says so, since it is hardly ever what the model means.
 */
final class SerializedEntities {

    private SerializedEntities() {
    }

    /** The entity that {@code type} is, when Hibernate stores it serialized: a {@code Serializable} one. */
    static Optional<TypeElement> entityOf(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        return Mapping.written(element).entity().isPresent() && MappedType.serializable(element)
                ? Optional.of(element) : Optional.empty();
    }

    /** The annotations on a basic attribute that Migrate does not map: a serialized entity's join columns are none. */
    static List<AnnotationMirror> unsupported(Attribute attribute) {
        List<AnnotationMirror> unsupported = SupportedAnnotations.unsupportedOnField(attribute.element());
        if (unsupported.isEmpty() || entityOf(attribute.type()).isEmpty()) {
            return unsupported;
        }
        return unsupported.stream().filter(m -> !joinColumn(m)).toList();
    }

    /**
     * Warns that the attribute, an entity without a relationship annotation, or a {@code List} or {@code Set} of
     * entities without one (a {@code bytea[]} of serialized copies, as Dataverse's {@code VarGroup.varsInGroup}), is
     * stored serialized.
     */
    static void warn(Attribute attribute, String where, String column, Converters.Conversion conversion, Report report) {
        if (conversion != null && conversion.converter() != null) {
            return;
        }
        Optional<TypeElement> entity = entityOf(attribute.type());
        Optional<TypeElement> element = entity.isPresent() || attribute.type().getKind() == TypeKind.ARRAY
                ? Optional.empty() : MappedType.elementType(attribute.type()).flatMap(SerializedEntities::entityOf);
        if (entity.isEmpty() && element.isEmpty()) {
            return;
        }
        AnnotationMirror joinColumn = Mapping.written(attribute.element()).declaredJoinColumns().stream()
                .map(j -> j.mirror()).findFirst().orElse(null);
        String name = entity.or(() -> element).orElseThrow().getSimpleName().toString();
        report.warning(Code.SERIALIZED_ENTITY, where + (entity.isPresent()
                ? " has the entity type " + name + " but no @ManyToOne or @OneToOne: Hibernate stores a serialized copy"
                + " of the " + name + " in a bytea column " + column
                + (joinColumn == null ? "" : " (its @JoinColumn is ignored)")
                + ", where EclipseLink maps a one-to-one relationship"
                : " is a collection of the entity " + name + " but has no @OneToMany or @ManyToMany: Hibernate stores"
                + " serialized copies of them in a bytea[] column " + column + ", where EclipseLink maps a one-to-many"
                + " relationship") + ". Migrate maps it as Hibernate does. If it refers to rows of the entity's table,"
                + " add the relationship annotation: foreign keys then hold the reference", attribute.element(),
                joinColumn, null);
    }

    private static boolean joinColumn(AnnotationMirror mirror) {
        String name = JpaAnnotations.simpleName(mirror);
        return JpaAnnotations.isJpa(mirror) && (name.equals("JoinColumn") || name.equals("JoinColumns"));
    }
}
