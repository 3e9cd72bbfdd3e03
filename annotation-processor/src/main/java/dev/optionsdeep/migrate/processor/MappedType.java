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
    UUID("UUID", "java.util.UUID", null);

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
        for (MappedType t : values()) {
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

    boolean isIntegral() {
        return this == BIGINT || this == INTEGER || this == SMALLINT;
    }

    boolean isTimestamp() {
        return this == TIMESTAMP || this == INSTANT || this == OFFSET_TIMESTAMP;
    }
}
