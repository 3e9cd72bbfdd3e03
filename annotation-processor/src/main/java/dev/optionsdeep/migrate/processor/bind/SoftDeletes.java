package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.Mapping;

import dev.optionsdeep.migrate.postgres.Identifiers;
import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.SqlTypes;

import java.util.List;
import java.util.Optional;

import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The column Hibernate's {@code @SoftDelete} on an entity adds to its table, as Hibernate 7.4
 * exports it (checked): {@code deleted boolean not null} ({@code active} with
 * {@code strategy = ACTIVE}), or a nullable {@code deleted timestamp(6) with time zone} with
 * {@code strategy = TIMESTAMP}; {@code columnName} renames it; Hibernate's boolean converters
 * give their type and check; the column is commented {@code Soft-delete indicator}.
 */
final class SoftDeletes {

    static final String COMMENT = "Soft-delete indicator";

    /** The column and the check a boolean converter adds. */
    record SoftDeleteColumn(Column column, Optional<CheckConstraint> check) {
    }

    private SoftDeletes() {
    }

    /**
     * The soft-delete column of {@code entity}, empty when it has no {@code @SoftDelete}, or null after
     * reporting why it cannot be mapped.
     */
    static Optional<SoftDeleteColumn> read(TypeElement entity, String tableName, Naming naming, Elements elements,
                                           Report report) {
        Optional<Mapping.SoftDelete> found = Mapping.of(entity, elements).softDelete();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String strategy = found.get().strategy();
        String written = found.get().columnName().isEmpty()
                ? strategy.equals("ACTIVE") ? "active" : "deleted" : found.get().columnName();
        PhysicalNames.Resolved name = naming.declared(written);
        if (!name.ok()) {
            report.error(Code.INVALID_NAME, "The soft-delete column name \"" + written + "\" of "
                    + entity.getSimpleName() + " cannot be used: " + name.problem(), entity, found.get().mirror(),
                    found.get().columnNameValue());
            return null;
        }
        if (strategy.equals("TIMESTAMP")) {
            return Optional.of(new SoftDeleteColumn(new Column(name.name(),
                    SqlTypes.timestampWithTimeZone(TypeMapper.DEFAULT_TIMESTAMP_PRECISION), true, false)
                    .withComment(COMMENT), Optional.empty()));
        }
        AnnotationValue converterValue = found.get().converterValue();
        String converter = converterValue == null || !(converterValue.getValue() instanceof TypeMirror t)
                || !(t instanceof DeclaredType d) ? null
                : ((TypeElement) d.asElement()).getQualifiedName().toString();
        String type;
        String values;
        if (converter == null || converter.endsWith(".UnspecifiedConversion")) {
            type = SqlTypes.BOOLEAN;
            values = null;
        } else if (converter.equals("org.hibernate.type.YesNoConverter")) {
            type = TypeMapper.CHAR_1;
            values = "('N','Y')";
        } else if (converter.equals("org.hibernate.type.TrueFalseConverter")) {
            type = TypeMapper.CHAR_1;
            values = "('F','T')";
        } else if (converter.equals("org.hibernate.type.NumericBooleanConverter")) {
            type = SqlTypes.INTEGER;
            values = "(0,1)";
        } else {
            report.error(Code.UNSUPPORTED_CONVERSION, "@SoftDelete(converter = " + converter + ") on "
                    + entity.getSimpleName() + " is not supported by Migrate: it maps Hibernate's YesNoConverter,"
                    + " TrueFalseConverter and NumericBooleanConverter, whose column type and check it knows. Use one"
                    + " of them, or no converter (a boolean column)", entity, found.get().mirror(), converterValue);
            return null;
        }
        if (values != null && strategy.equals("ACTIVE")) {
            // Hibernate lists what the converter writes for "not deleted" first: true, for an active flag.
            String[] pair = values.substring(1, values.length() - 1).split(",");
            values = "(" + pair[1] + "," + pair[0] + ")";
        }
        Column column = new Column(name.name(), type, false, false).withComment(COMMENT);
        Optional<CheckConstraint> check = values == null ? Optional.empty() : Optional.of(new CheckConstraint(
                PhysicalNames.constraintName(tableName, List.of(name.name()), "check"),
                Identifiers.quote(name.name()) + " in " + values));
        return Optional.of(new SoftDeleteColumn(column, check));
    }
}
