package dev.optionsdeep.migrate.processor;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** The Java types Migrate maps to columns, each with how Hibernate's PostgreSQL dialect maps it. */
enum MappedType {

    STRING("String", "java.lang.String", null),
    BIGINT("Long/long", "java.lang.Long", TypeKind.LONG),
    INTEGER("Integer/int", "java.lang.Integer", TypeKind.INT),
    SMALLINT("Short/short", "java.lang.Short", TypeKind.SHORT),
    BOOLEAN("Boolean/boolean", "java.lang.Boolean", TypeKind.BOOLEAN),
    DECIMAL("BigDecimal", "java.math.BigDecimal", null),
    DATE("LocalDate", "java.time.LocalDate", null),
    TIMESTAMP("LocalDateTime", "java.time.LocalDateTime", null),
    INSTANT("Instant", "java.time.Instant", null),
    OFFSET_TIMESTAMP("OffsetDateTime", "java.time.OffsetDateTime", null),
    UUID("UUID", "java.util.UUID", null),
    CHAR("char/Character", "java.lang.Character", TypeKind.CHAR),
    TINYINT("byte/Byte", "java.lang.Byte", TypeKind.BYTE),
    REAL("float/Float", "java.lang.Float", TypeKind.FLOAT),
    DOUBLE("double/Double", "java.lang.Double", TypeKind.DOUBLE),
    BIG_INTEGER("BigInteger", "java.math.BigInteger", null),
    TIME("LocalTime", "java.time.LocalTime", null),
    OFFSET_TIME("OffsetTime", "java.time.OffsetTime", null),
    ZONED_TIMESTAMP("ZonedDateTime", "java.time.ZonedDateTime", null),
    DURATION("Duration", "java.time.Duration", null),
    YEAR("Year", "java.time.Year", null),
    BYTES("byte[]", null, null),
    CHARS("char[]", null, null),
    UTIL_DATE("java.util.Date", "java.util.Date", null),
    CALENDAR("Calendar", "java.util.Calendar", null),
    SQL_DATE("java.sql.Date", "java.sql.Date", null),
    SQL_TIME("java.sql.Time", "java.sql.Time", null),
    SQL_TIMESTAMP("java.sql.Timestamp", "java.sql.Timestamp", null),
    /** Any Java enum: {@code @Enumerated} decides between its ordinal and its name. */
    ENUM("enums", null, null);

    /** For messages: every supported type, in a stable order. */
    static final String SUPPORTED = Arrays.stream(values()).map(t -> t.display).collect(Collectors.joining(", "));

    private final String display;
    private final String className;
    private final TypeKind primitive;

    MappedType(String display, String className, TypeKind primitive) {
        this.display = display;
        this.className = className;
        this.primitive = primitive;
    }

    static Optional<MappedType> of(TypeMirror type) {
        if (type.getKind() == TypeKind.ARRAY) {
            TypeKind component = ((javax.lang.model.type.ArrayType) type).getComponentType().getKind();
            return component == TypeKind.BYTE ? Optional.of(BYTES)
                    : component == TypeKind.CHAR ? Optional.of(CHARS) : Optional.empty();
        }
        if (type.getKind() == TypeKind.DECLARED
                && ((DeclaredType) type).asElement().getKind() == javax.lang.model.element.ElementKind.ENUM) {
            return Optional.of(ENUM);
        }
        for (MappedType t : values()) {
            if (t.className == null) {
                continue;
            }
            if (type.getKind() == t.primitive && t.primitive != null) {
                return Optional.of(t);
            }
            if (type.getKind() == TypeKind.DECLARED
                    && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(t.className)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Types whose column holds a date and/or time, for which {@code @Temporal} says which. */
    boolean isLegacyTemporal() {
        return this == UTIL_DATE || this == CALENDAR;
    }

    /** Types that {@code @Lob} turns into a large object ({@code oid} in Hibernate's PostgreSQL dialect). */
    boolean canBeLob() {
        return this == STRING || this == BYTES || this == CHARS;
    }

    boolean isIntegral() {
        return this == BIGINT || this == INTEGER || this == SMALLINT;
    }

    boolean isTimestamp() {
        return this == TIMESTAMP || this == INSTANT || this == OFFSET_TIMESTAMP;
    }
}
