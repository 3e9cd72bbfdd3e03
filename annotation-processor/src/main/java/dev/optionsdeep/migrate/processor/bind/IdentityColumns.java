package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.Mapping;

import java.util.Optional;

import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * What {@code @GeneratedValue} and {@code @GenericGenerator} make of an id column: an identity column, a
 * plain one (drawing from a sequence or table, or filled in Java), or a generation Migrate refuses.
 */
final class IdentityColumns {

    private IdentityColumns() {
    }

    /** TRUE for an identity column, FALSE for none, null after reporting an unsupported generator. */
    static Boolean identity(Elements elements, Element field, TypeMirror javaType, MappedType type, boolean id, String where,
                             Report report) {
        Optional<Mapping.GeneratedValue> generated = Mapping.of(field, elements).generatedValue();
        if (generated.isEmpty()) {
            return false;
        }
        AnnotationValue strategyValue = generated.get().strategyValue();
        String strategy = generated.get().strategy();
        if (!id) {
            report.error(Code.UNSUPPORTED_GENERATION, "@GeneratedValue on " + where + " is only meaningful on the @Id"
                    + " attribute: remove it, or move it to the id", field, generated.get().mirror(), strategyValue);
            return null;
        }
        Optional<GenericGenerators.Generator> generic = new GenericGenerators(elements).find(field,
                generated.get().generator());
        if (generic.isPresent()) {
            return genericIdentity(generic.get(), field, type, javaType, where, report);
        }
        if (type == null) {
            report.error(Code.UNSUPPORTED_GENERATION, "@GeneratedValue on " + where + " needs a Long, Integer, Short or"
                    + " UUID id, not " + javaType + ". Remove it, or change the id's type", field, generated.get().mirror(),
                    strategyValue);
            return null;
        }
        if (strategy.equals("IDENTITY") && type.isIntegral()) {
            return true;
        }
        if (type == MappedType.UUID && (strategy.equals("AUTO") || strategy.equals("UUID"))) {
            return false; // Hibernate generates the UUID in Java: a plain uuid column (checked on 6.6 and 7.0)
        }
        if (type.isIntegral() && (strategy.equals("AUTO") || strategy.equals("SEQUENCE") || strategy.equals("TABLE"))) {
            return false; // a plain column drawing from a sequence or a table: SequenceReader/TableGeneratorReader find which
        }
        String problem = strategy.equals("IDENTITY") || strategy.equals("TABLE")
                ? (strategy.equals("TABLE") ? "a generator table" : "an identity column") + " needs a Long, Integer or"
                        + " Short id, not " + javaType
                : "GenerationType." + strategy + " on a " + javaType + " id needs a table generator, which Migrate"
                        + " does not create yet";
        String written = strategyValue == null
                ? "@GeneratedValue on " + where + " (no strategy means GenerationType.AUTO)"
                : "@GeneratedValue(strategy = GenerationType." + strategy + ") on " + where;
        report.error(Code.UNSUPPORTED_GENERATION, written + " is not supported yet: " + problem
                + unbound(field, where).orElse(". Use GenerationType.IDENTITY or SEQUENCE on a Long id"), field,
                generated.get().mirror(), strategyValue);
        return null;
    }

    /**
     * Why an id typed by a type variable is no Long: the entity extends its generic superclass as a raw type (Apache
     * Fineract's {@code extends AbstractPersistableCustom}), so the variable stays unbound, on which Hibernate's own
     * start fails ("has an unbound type").
     */
    private static Optional<String> unbound(Element field, String where) {
        if (field.asType().getKind() != javax.lang.model.type.TypeKind.TYPEVAR) {
            return Optional.empty();
        }
        String declaring = field.getEnclosingElement().getSimpleName().toString();
        String entity = where.contains(".") ? where.substring(0, where.indexOf('.')) : where;
        return Optional.of(": its type is the type variable " + field.asType() + " of " + declaring + ", unbound because "
                + entity + " extends " + declaring + " without its type argument (a raw type), on which Hibernate's own"
                + " start fails too (\"unbound type\"). Give the type argument, such as extends " + declaring + "<Long>");
    }

    /** What a {@code @GenericGenerator} makes of the id column: identity or not, null after reporting. */
    private static Boolean genericIdentity(GenericGenerators.Generator generator, Element field, MappedType type,
                                           TypeMirror javaType, String where, Report report) {
        boolean integral = type != null && type.isIntegral();
        if ((generator.kind() == GenericGenerators.Kind.IDENTITY || generator.kind() == GenericGenerators.Kind.SEQUENCE
                || generator.kind() == GenericGenerators.Kind.TABLE) && !integral) {
            report.error(Code.UNSUPPORTED_GENERATION, "@GenericGenerator(strategy = \"" + generator.strategy() + "\") on "
                    + where + " needs a Long, Integer or Short id, not " + javaType + ". Use strategy \"uuid2\" on a"
                    + " UUID id", field, generator.mirror());
            return null;
        }
        if (generator.kind() == GenericGenerators.Kind.CUSTOM) {
            report.warning(Code.CUSTOM_GENERATOR, "@GenericGenerator(" + generator.strategy() + ") on " + where
                    + " is an application's own generator: Migrate maps the id as a plain column and creates nothing"
                    + " for the generator. If it draws from a sequence or a table, create that in a revision with"
                    + " ops.execute(\"…\")", field, generator.mirror(), null);
        }
        return generator.kind() == GenericGenerators.Kind.IDENTITY;
    }
}
