package dev.optionsdeep.migrate.processor.read;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Report;

import java.util.List;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * What an entity class and its mapped superclasses may carry at class level: annotations Migrate
 * does not understand, and {@code @Table} attributes it cannot model, are reported here.
 */
public final class TypeLevelChecks {

    private TypeLevelChecks() {
    }

    /** False after reporting an annotation on {@code entity} or one of its mapped superclasses that Migrate cannot map. */
    public static boolean supported(TypeElement entity, Report report) {
        boolean ok = true;
        List<AnnotationMirror> unsupported = new java.util.ArrayList<>(SupportedAnnotations.unsupportedOnEntity(entity));
        unsupported.addAll(ClassAssociationOverrides.unsupported(entity));
        for (AnnotationMirror mirror : unsupported) {
            report.error(Code.UNSUPPORTED_ENTITY_MAPPING, "@" + JpaAnnotations.simpleName(mirror) + " on @Entity "
                    + entity.getSimpleName() + LegacyHibernateAnnotations.advice(mirror).orElse(" is not supported yet"
                    + " by Migrate, which stops rather than write a schema that differs from Hibernate's. Remove it, or"
                    + " keep this entity out of the compilation Migrate runs in"), entity, mirror);
            ok = false;
        }
        for (TypeElement type : AttributeCollector.ownChain(entity)) {
            if (type.equals(entity)) {
                continue;
            }
            for (AnnotationMirror mirror : SupportedAnnotations.unsupportedOnMappedSuperclass(type)) {
                report.error(Code.UNSUPPORTED_ENTITY_MAPPING, "@" + JpaAnnotations.simpleName(mirror)
                        + " on @MappedSuperclass " + type.getSimpleName() + " (inherited by @Entity "
                        + entity.getSimpleName() + ") is not supported yet by Migrate. Remove it", type, mirror);
                ok = false;
            }
        }
        return ok;
    }

    /** False after reporting the {@code @Table} attributes Migrate does not map ({@code catalog}, {@code options}). */
    public static boolean supportedTable(TypeElement entity, TableValues.TableAnnotation table, Report report) {
        if (table == null) {
            return true;
        }
        boolean ok = true;
        for (String attribute : List.of("catalog", "options")) {
            if (table.refused().containsKey(attribute)) {
                report.error(Code.UNSUPPORTED_ATTRIBUTE, "@Table(" + attribute + " = \"" + table.refused().get(attribute)
                        + "\") on " + entity.getSimpleName() + " is not supported yet by Migrate, which maps tables"
                        + " of the database's schemas with plain DDL. Remove it", entity, table.mirror(),
                        table.written().get(attribute));
                ok = false;
            }
        }
        return ok;
    }
}
