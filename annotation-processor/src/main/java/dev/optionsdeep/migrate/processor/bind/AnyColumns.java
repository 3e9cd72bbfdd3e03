package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.AnyMapping;
import dev.optionsdeep.migrate.processor.read.Attribute;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.SqlTypes;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * Hibernate's {@code @Any} (a reference to an entity of any of several types), as Hibernate 7.4 exports it: two
 * columns in the owner's table and no foreign key. The discriminator column is {@code @Column(name)}, else the
 * attribute's name, nullable, {@code character varying(255)} for {@code @AnyDiscriminator(STRING)} (the default),
 * {@code character(1)} for {@code CHAR}, {@code integer} for {@code INTEGER}; the key column is
 * {@code @JoinColumn(name)}, else {@code <attribute>_id}, of the type {@code @AnyKeyJavaClass} gives, not null only
 * with {@code @Any(optional = false)}.
 */
final class AnyColumns {

    static final Map<String, String> DISCRIMINATORS = Map.of("STRING", SqlTypes.varchar(255),
            "CHAR", "character(1)", "INTEGER", SqlTypes.INTEGER);
    static final Map<String, String> KEYS = Map.of("java.lang.Long", SqlTypes.BIGINT, "java.lang.Integer",
            SqlTypes.INTEGER, "java.lang.Short", SqlTypes.SMALLINT, "java.lang.String", SqlTypes.varchar(255),
            "java.util.UUID", SqlTypes.UUID);

    private final Elements elements;
    private final Naming naming;
    private final dev.optionsdeep.migrate.processor.HibernateLine line;

    AnyColumns(Elements elements, Naming naming, dev.optionsdeep.migrate.processor.HibernateLine line) {
        this.elements = elements;
        this.naming = naming;
        this.line = line;
    }

    boolean isAny(Attribute a) {
        return AnyMapping.isAny(a.element());
    }

    /** Adds the discriminator and key columns of the {@code @Any} attribute {@code a}; false after reporting. */
    boolean map(Attribute a, String owner, String path, Element origin, Report report, List<MappedColumn> out) {
        AnyMapping.Any any = AnyMapping.of(a.element(), elements).any().orElseThrow();
        String where = owner + "." + path;
        String keyType = KEYS.get(any.keyType());
        if (!any.refused().isEmpty() || keyType == null) {
            report.error(Code.UNSUPPORTED_FIELD_MAPPING, "@Any on " + where + " is mapped by Migrate with"
                    + " @AnyDiscriminator, @AnyKeyJavaClass(Long, Integer, Short, String or UUID), @Column(name) and"
                    + " @JoinColumn(name) only; " + (keyType == null ? "@AnyKeyJavaClass is missing or names another"
                    + " type" : String.join(", ", any.refused()) + " is not followed yet") + ". Write it so, or"
                    + " exclude the attribute", a.element(), any.mirror());
            return false;
        }
        if (any.keyName() == null || any.keyName().isEmpty() && !line.namesAnyKeysImplicitly()) {
            report.error(Code.INVALID_RELATIONSHIP, "@Any on " + where + (any.keyName() == null ? " has no @JoinColumn,"
                    + " so Hibernate refuses to start (\"must declare at least one '@JoinColumn'\")" : " has a @JoinColumn"
                    + " without a name, with which Hibernate " + line.option() + " fails to start (a NullPointerException; 7.4"
                    + " names it <attribute>_id)") + ". Name its key column with @JoinColumn(name = \"...\")",
                    a.element(), any.mirror());
            return false;
        }
        Optional<MappedColumn> discriminator = column(a, where, path, origin, any.discriminatorName().isEmpty()
                ? a.name() : any.discriminatorName(), DISCRIMINATORS.get(any.discriminatorType()), true,
                any.discriminatorAt(), report);
        Optional<MappedColumn> key = column(a, where, path, origin, any.keyName().isEmpty() ? a.name() + "_id"
                : any.keyName(), keyType, any.optional(), any.keyAt(), report);
        if (discriminator.isEmpty() || key.isEmpty()) {
            return false;
        }
        out.add(discriminator.get());
        out.add(key.get());
        return true;
    }

    private Optional<MappedColumn> column(Attribute a, String where, String path, Element origin, String written,
                                          String type, boolean nullable, AnnotationMirror at, Report report) {
        PhysicalNames.Resolved name = naming.declared(written);
        if (!name.ok()) {
            report.error(Code.INVALID_NAME, "The column name \"" + written + "\" of " + where + " cannot be used: "
                    + name.problem(), a.element(), at);
            return Optional.empty();
        }
        return Optional.of(new MappedColumn(path + "." + name.name(), a, origin,
                new Column(name.name(), type, nullable, false), false, false, a.element(), at, name.name()));
    }
}
