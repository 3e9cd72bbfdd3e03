package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.JpaAnnotations;
import dev.optionsdeep.migrate.processor.read.UserTypeCodes;

import java.util.OptionalInt;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * A column whose type a Hibernate user type decides ({@code @Type}, {@code @JavaType}, {@code @JdbcType}) with no
 * {@code columnDefinition} beside it. Hibernate asks a {@code UserType} for its {@code getSqlType()} and makes the
 * column what that JDBC code gives, sized by {@code @Column(length)}, as {@code @JdbcTypeCode} would (parity model
 * {@code usertypecode}, each line). Migrate follows it when the code is a constant in source it compiles; anything
 * else is reported.
 */
final class UserTypeColumns {

    private UserTypeColumns() {
    }

    /** The column type, or null after reporting why Migrate cannot tell it. */
    static String sqlType(AnnotationMirror userType, UserTypeCodes codes, Element field, MappedType type,
                          Integer explicitLength, String where, Report report) {
        OptionalInt code = codes.code(userType);
        if (code.isPresent()) {
            return JdbcTypeCodes.sqlType(code.getAsInt(), userType, field, type, explicitLength, where, report);
        }
        TypeElement named = UserTypeCodes.userTypeClass(userType);
        String method = named == null ? "" : " (" + named.getSimpleName() + ".getSqlType())";
        report.error(Code.UNSUPPORTED_TYPE, "@" + JpaAnnotations.simpleName(userType) + " on " + where
                + " makes the column whatever the type's own code says at run time" + method + ", which Migrate"
                + " reads only from a getSqlType() that returns a constant, in source compiled with the entities"
                + " (a clean build compiles it with them). Give the column's type beside it, as Hibernate then"
                + " creates it: @Column(columnDefinition = \"varchar(255)\") for Types.VARCHAR, \"jsonb\" for a JSON"
                + " type", field, userType);
        return null;
    }
}
