package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.Mapping;
import dev.optionsdeep.migrate.processor.read.Association;
import dev.optionsdeep.migrate.processor.read.AttributeCollector;
import dev.optionsdeep.migrate.processor.read.MappingValues.RelationshipAnnotation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The entity a relationship references, and what is known of the other side: the entity class a
 * collection names, the attribute that is its {@code mappedBy} side, the entity whose table holds it.
 */
final class AssociationTargets {

    private final Elements elements;
    /** The classes mapped in XML, which Hibernate reads and Migrate does not. */
    private final dev.optionsdeep.migrate.processor.XmlMappings xml;

    AssociationTargets(Elements elements, dev.optionsdeep.migrate.processor.XmlMappings xml) {
        this.elements = elements;
        this.xml = xml;
    }

    /**
     * The entity the relationship references: {@code targetEntity}, else the attribute's type (a
     * collection's element type); null after reporting why it cannot be, or when it could not be read.
     */
    MappedEntity target(AssociationMapper.Owner owner, Association a, String where, RelationshipAnnotation relationship, Targets targets,
                                Report report) {
        AnnotationValue explicit = relationship.targetEntity();
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
        java.util.Optional<String> xmlFile = entity == null ? java.util.Optional.empty()
                : xml.fileOf(entity.getQualifiedName().toString());
        if (xmlFile.isPresent() && Mapping.written(entity).entity().isEmpty()) {
            report.error(Code.INVALID_RELATIONSHIP, where + " is @" + a.kind().annotation() + " to " + entity
                    .getQualifiedName() + ", which the application maps in XML (" + xmlFile.get() + "): Hibernate reads"
                    + " that file, Migrate reads annotations only and does not know the table. Map "
                    + entity.getSimpleName() + " with annotations (@Entity, @Table, @Id, its columns) instead of XML,"
                    + " or exclude " + owner.entity().getSimpleName() + " (-Amigrate.exclude=" + owner.entity()
                    .getQualifiedName() + ") and manage its table in revisions", a.attribute().element(), a.annotation(),
                    explicit);
            return null;
        }
        if (entity == null || Mapping.written(entity).entity().isEmpty()) {
            // OpenOLAT maps some classes (its IdentityImpl) in .hbm.xml files only, which Hibernate reads and Migrate does not.
            report.error(Code.INVALID_RELATIONSHIP, where + " is @" + a.kind().annotation() + ", but " + type + " is no"
                    + " @Entity, so Migrate does not know its table. Hibernate refuses it too, unless an XML mapping"
                    + " (orm.xml, a .hbm.xml file) maps that class: Migrate reads annotations only. Reference an entity,"
                    + " map the value with @Embedded or a basic type, or map the class with annotations (@Entity,"
                    + " @Table, @Id) instead of XML", a.attribute().element(), a.annotation(), explicit);
            return null;
        }
        if (!targets.compiledHere(entity)) {
            report.error(Code.INVALID_RELATIONSHIP, where + " references @Entity " + entity.getQualifiedName() + ","
                    + " which is not compiled with " + owner.entity().getSimpleName() + " (it comes from another module"
                    + " or a library), so Migrate does not know its table. List its package in @Database(include = …), move"
                    + " the entities into one module, or map the foreign key as a basic column", a.attribute().element(), a.annotation());
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

    /**
     * The entity class a collection relationship names (a {@code SINGLE_TABLE} subclass's reading is its
     * root's, which may not declare the inverse attribute).
     */
    Optional<TypeElement> declaredTarget(Association a) {
        AnnotationValue explicit = Mapping.written(a.attribute().element()).targetEntity();
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
                if (Mapping.of(member, elements).manyToManyMappedBy().filter(attribute::equals).isPresent()) {
                    return Optional.of(member instanceof javax.lang.model.element.ExecutableElement getter
                            ? AttributeCollector.propertyName(getter) : member.getSimpleName().toString());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The entity of {@code type}'s hierarchy whose table holds {@code attribute}: the entity declaring it,
     * or the first to inherit it from a mapped superclass.
     */
    static Optional<TypeElement> holderOf(TypeElement type, String attribute) {
        TypeElement entity = null;
        for (TypeElement t = type; t != null; t = AttributeCollector.superclass(t)) {
            if (Mapping.written(t).entity().isPresent()) {
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
}
