package dev.optionsdeep.migrate.processor;

import javax.tools.Diagnostic;

/**
 * The stable code of every diagnostic the processor prints, shown as {@code [MIGRATE-104]} so that
 * users can search for it and tests can assert on it. Never renumber: add new codes at the end of
 * their range.
 * <ul>
 *   <li>1xx: something Migrate cannot map (an entity, an attribute, a package, an option). The
 *       element is abandoned and the database's snapshot records the problem, so that the goals
 *       comparing the model refuse it; printed as a warning, so that adopting Migrate never breaks
 *       {@code mvn compile}, or as an error with {@code -Amigrate.strict=true}.</li>
 *   <li>2xx: warnings about what is mapped.</li>
 *   <li>3xx: what the revisions say about the model: warnings, or errors in strict mode.</li>
 * </ul>
 * The {@code kind} given below is the strict kind of a 1xx code ({@code ERROR}) and the default
 * kind of the others; {@link #kind(boolean)} is the one the compiler prints.
 */
public enum Code {

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
    UNUSED_EXCLUSION(204, Diagnostic.Kind.WARNING),
    CUSTOM_GENERATOR(205, Diagnostic.Kind.WARNING),
    GENERATOR_ROW(206, Diagnostic.Kind.WARNING),
    SERIALIZED_ENTITY(207, Diagnostic.Kind.WARNING),
    INEFFECTIVE_INCLUDE(208, Diagnostic.Kind.WARNING),
    UNINCLUDED_ENTITY_SCAN(209, Diagnostic.Kind.WARNING),

    UNCAPTURED_CHANGE(301, Diagnostic.Kind.WARNING),
    SEVERAL_HEADS(302, Diagnostic.Kind.WARNING),
    UNREADABLE_REVISION(303, Diagnostic.Kind.WARNING);

    private final int number;
    private final Diagnostic.Kind kind;

    Code(int number, Diagnostic.Kind kind) {
        this.number = number;
        this.kind = kind;
    }

    /**
     * Whether the element it is about cannot be mapped and is left out of the snapshot, which then
     * records the problem: the 1xx codes. Independent of the kind printed.
     */
    boolean abandons() {
        return kind == Diagnostic.Kind.ERROR;
    }

    /**
     * The kind printed. By default what Migrate cannot map is a warning, so that adopting it never
     * breaks a build (the goals refuse the incomplete model instead). In strict mode
     * ({@code -Amigrate.strict=true}) it is an error, and so are the 3xx warnings about revisions,
     * which say the database would not match the code, so that CI fails.
     */
    Diagnostic.Kind kind(boolean strict) {
        if (abandons()) {
            return strict ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
        }
        return strict && number >= 300 ? Diagnostic.Kind.ERROR : kind;
    }

    /** The code as the snapshot and the goals show it: {@code MIGRATE-104}. */
    public String id() {
        return "MIGRATE-" + number;
    }

    /** The tag that starts every message: {@code [MIGRATE-104]}. */
    String tag() {
        return "[" + id() + "]";
    }
}
