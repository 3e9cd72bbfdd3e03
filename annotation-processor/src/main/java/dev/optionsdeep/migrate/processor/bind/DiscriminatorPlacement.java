package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.Mapping;

import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Where Hibernate accepts {@code @DiscriminatorFormula} and {@code @DiscriminatorOptions}, as its {@code EntityBinder}
 * and {@code DiscriminatorOptionsBinder} decide (the same in 6.6, 7.2 and 7.4): a formula on the root of a
 * {@code SINGLE_TABLE} hierarchy (ignored on a {@code TABLE_PER_CLASS} one, and on a subclass that declares an
 * {@code @Inheritance} of its own); options on a root that has a discriminator. Hibernate refuses to start on the
 * others, so Migrate reports them rather than map a schema no application runs with.
 */
final class DiscriminatorPlacement {

    private DiscriminatorPlacement() {
    }

    /**
     * False after reporting a discriminator annotation of {@code entity} that Hibernate refuses, or one Migrate does not
     * map ({@code @DialectOverride.DiscriminatorFormula}).
     *
     * @param hasDiscriminator whether the hierarchy's root has a discriminator (a column or a formula)
     */
    static boolean accepted(TypeElement entity, TypeElement root, ModelBinder.Strategy strategy, boolean hasDiscriminator,
                            Elements elements, Report report) {
        Mapping mapping = Mapping.of(entity, elements);
        Optional<AnnotationMirror> dialect = mapping.dialectDiscriminatorFormula();
        if (dialect.isPresent()) {
            report.error(Code.UNSUPPORTED_ENTITY_MAPPING, "@DialectOverride.DiscriminatorFormula on @Entity "
                    + entity.getSimpleName() + " is not supported yet by Migrate: which formula Hibernate reads depends"
                    + " on the dialect. Write a plain @DiscriminatorFormula for PostgreSQL", entity, dialect.get());
            return false;
        }
        Optional<Mapping.DiscriminatorFormula> formula = mapping.discriminatorFormula();
        if (formula.isPresent() && strategy == ModelBinder.Strategy.JOINED) {
            report.error(Code.UNSUPPORTED_INHERITANCE, "@DiscriminatorFormula on @Entity " + entity.getSimpleName()
                    + ", whose hierarchy has JOINED inheritance: Hibernate refuses to start (\"has 'JOINED' inheritance"
                    + " and is annotated '@DiscriminatorFormula'\"). Remove it, or make the hierarchy SINGLE_TABLE",
                    entity, formula.get().mirror());
            return false;
        }
        if (formula.isPresent() && strategy == ModelBinder.Strategy.SINGLE_TABLE && !entity.equals(root)
                && mapping.inheritance().isEmpty()) {
            report.error(Code.UNSUPPORTED_INHERITANCE, "@DiscriminatorFormula on @Entity " + entity.getSimpleName()
                    + ", which extends " + root.getSimpleName() + ": Hibernate refuses to start (\"not the root of the"
                    + " entity inheritance hierarchy\"). Move it to " + root.getSimpleName(), entity,
                    formula.get().mirror());
            return false;
        }
        Optional<Mapping.DiscriminatorOptions> options = mapping.discriminatorOptions();
        if (options.isPresent() && (!entity.equals(root) || !hasDiscriminator)) {
            report.error(Code.UNSUPPORTED_INHERITANCE, "@DiscriminatorOptions on @Entity " + entity.getSimpleName()
                    + (entity.equals(root) ? ", which has no discriminator column: Hibernate refuses to start. Remove it"
                    : ", which extends " + root.getSimpleName() + ": Hibernate refuses it on an entity that is not the"
                    + " root of its hierarchy. Move it to " + root.getSimpleName()), entity, options.get().mirror());
            return false;
        }
        return true;
    }
}
