package dev.optionsdeep.migrate.processor;

import javax.tools.Diagnostic;

/**
 * The stable code of every diagnostic the processor prints, shown as {@code [MIGRATE-104]} so that
 * users can search for it and tests can assert on it. Never renumber: add new codes at the end of
 * their range. Errors are 1xx, warnings 2xx, and 3xx are what the revisions say about the model:
 * warnings, or errors in strict mode.
 */
enum Code {

    INTERNAL_ERROR(100, Diagnostic.Kind.ERROR),
    UNSUPPORTED_TYPE(101, Diagnostic.Kind.ERROR),
    MISSING_ID(102, Diagnostic.Kind.ERROR),
    UNSUPPORTED_GENERATION(103, Diagnostic.Kind.ERROR),
    UNSUPPORTED_FIELD_MAPPING(104, Diagnostic.Kind.ERROR),
    UNSUPPORTED_ENTITY_MAPPING(105, Diagnostic.Kind.ERROR),
    COMPOSITE_ID(106, Diagnostic.Kind.ERROR),
    UNKNOWN_COLUMN(107, Diagnostic.Kind.ERROR),
    DUPLICATE_TABLE(108, Diagnostic.Kind.ERROR),
    DUPLICATE_COLUMN(109, Diagnostic.Kind.ERROR),
    UNSUPPORTED_ATTRIBUTE(110, Diagnostic.Kind.ERROR),
    INVALID_NAME(111, Diagnostic.Kind.ERROR),
    INVALID_ATTRIBUTE_VALUE(112, Diagnostic.Kind.ERROR),
    DUPLICATE_CONSTRAINT_NAME(113, Diagnostic.Kind.ERROR),
    INVALID_DATABASE(114, Diagnostic.Kind.ERROR),
    /** No longer reported: property access is supported. Kept so that the number is never reused. */
    UNSUPPORTED_ACCESS(115, Diagnostic.Kind.ERROR),
    NOT_A_CLASS(116, Diagnostic.Kind.ERROR),
    SNAPSHOT_NOT_WRITTEN(117, Diagnostic.Kind.ERROR),
    NO_DATABASE(118, Diagnostic.Kind.ERROR),
    UNSUPPORTED_INHERITANCE(119, Diagnostic.Kind.ERROR),
    UNKNOWN_ATTRIBUTE(120, Diagnostic.Kind.ERROR),
    INVALID_PROPERTY(121, Diagnostic.Kind.ERROR),
    INVALID_OPTION(122, Diagnostic.Kind.ERROR),
    INVALID_RELATIONSHIP(123, Diagnostic.Kind.ERROR),
    UNSUPPORTED_CONVERSION(124, Diagnostic.Kind.ERROR),
    INVALID_RENAME(125, Diagnostic.Kind.ERROR),
    NON_POSTGRESQL_DEFINITION(126, Diagnostic.Kind.ERROR),

    IGNORED_ATTRIBUTE(201, Diagnostic.Kind.WARNING),
    NULLABLE_PRIMITIVE(202, Diagnostic.Kind.WARNING),
    UNCANONICAL_DEFAULT(203, Diagnostic.Kind.WARNING),

    UNCAPTURED_CHANGE(301, Diagnostic.Kind.WARNING),
    SEVERAL_HEADS(302, Diagnostic.Kind.WARNING),
    UNREADABLE_REVISION(303, Diagnostic.Kind.WARNING);

    private final int number;
    private final Diagnostic.Kind kind;

    Code(int number, Diagnostic.Kind kind) {
        this.number = number;
        this.kind = kind;
    }

    Diagnostic.Kind kind() {
        return kind;
    }

    /**
     * The kind in strict mode ({@code -Amigrate.strict=true}): the 3xx warnings about revisions, which
     * say the database would not match the code, become errors so that CI fails.
     */
    Diagnostic.Kind kind(boolean strict) {
        return strict && number >= 300 ? Diagnostic.Kind.ERROR : kind;
    }

    /** The tag that starts every message: {@code [MIGRATE-104]}. */
    String tag() {
        return "[MIGRATE-" + number + "]";
    }
}
