package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.read.Mapping;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** The Java types Migrate maps to columns, each with how Hibernate's PostgreSQL dialect maps it. */
public enum MappedType {

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
    LOCALE("Locale", "java.util.Locale", null),
    CURRENCY("Currency", "java.util.Currency", null),
    TIME_ZONE("TimeZone", "java.util.TimeZone", null),
    ZONE_ID("ZoneId", "java.time.ZoneId", null),
    ZONE_OFFSET("ZoneOffset", "java.time.ZoneOffset", null),
    URL("URL", "java.net.URL", null),
    INET("InetAddress", "java.net.InetAddress", null),
    CLASS("Class", "java.lang.Class", null),
    BLOB("Blob", "java.sql.Blob", null),
    CLOB("Clob", "java.sql.Clob", null),
    NCLOB("NClob", "java.sql.NClob", null),
    /** Any Java enum: {@code @Enumerated} decides between its ordinal and its name. */
    ENUM("enums", null, null),
    /**
     * Any other {@code Serializable} class (YearMonth, Period, URI, BitSet, an application's value
     * class…): Hibernate 7.4 stores it serialized, in a {@code bytea} (checked).
     */
    SERIALIZED("other Serializable classes (stored serialized)", null, null),
    /** An array of one of the types above but byte and char (those are {@link #BYTES} and {@link #CHARS}). */
    ARRAY("arrays, Lists and Sets of these (not Byte[] or Character[])", null, null);

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

    /** How messages name the type. */
    String display() {
        return display;
    }

    static Optional<MappedType> of(TypeMirror type) {
        if (type.getKind() == TypeKind.ARRAY) {
            TypeKind component = ((javax.lang.model.type.ArrayType) type).getComponentType().getKind();
            if (component == TypeKind.BYTE || component == TypeKind.CHAR) {
                return Optional.of(component == TypeKind.BYTE ? BYTES : CHARS);
            }
            // Hibernate 7.4 stores an array of basic values as a PostgreSQL array of the element's type (checked).
            return elementOf(type).isPresent() ? Optional.of(ARRAY) : Optional.empty();
        }
        if (type.getKind() == TypeKind.DECLARED
                && ((DeclaredType) type).asElement().getKind() == javax.lang.model.element.ElementKind.ENUM) {
            return Optional.of(ENUM);
        }
        // Decoded once: javac compares a name with a string by decoding the name.
        String declared = type.getKind() == TypeKind.DECLARED
                ? ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString() : null;
        for (MappedType t : values()) {
            if (t.className == null) {
                continue;
            }
            if (type.getKind() == t.primitive && t.primitive != null) {
                return Optional.of(t);
            }
            if (t.className.equals(declared)) {
                return Optional.of(t);
            }
        }
        if (elementOf(type).isPresent()) {
            return Optional.of(ARRAY);
        }
        if (type.getKind() == TypeKind.DECLARED && serializedByHibernate((TypeElement) ((DeclaredType) type).asElement())) {
            return Optional.of(SERIALIZED);
        }
        return Optional.empty();
    }

    /**
     * For an array, or a {@code List} or {@code Set} without a mapping annotation (Hibernate 7.4 maps
     * both as PostgreSQL arrays, checked), its element's type when Hibernate maps it: a basic type that
     * is itself no array.
     */
    static Optional<MappedType> elementOf(TypeMirror plural) {
        // A Serializable entity is an element too: Hibernate 6.6, 7.2 and 7.4 make a bytea[] of a Set or List of them
        // without a relationship annotation (checked; SerializedEntities).
        return elementType(plural).filter(c -> c.getKind() != TypeKind.ARRAY && !wrapperArray(plural))
                .flatMap(c -> plural.getKind() != TypeKind.ARRAY && SerializedEntities.entityOf(c).isPresent()
                        ? Optional.of(SERIALIZED) : MappedType.of(c)
                        .filter(t -> t != BYTES && t != CHARS && t != SERIALIZED && t != ARRAY));
    }

    /** The array's component type, or the {@code List}'s or {@code Set}'s type argument. */
    static Optional<TypeMirror> elementType(TypeMirror plural) {
        if (plural.getKind() == TypeKind.ARRAY) {
            return Optional.of(((javax.lang.model.type.ArrayType) plural).getComponentType());
        }
        if (plural.getKind() == TypeKind.DECLARED && ((DeclaredType) plural).getTypeArguments().size() == 1) {
            javax.lang.model.element.Name name = ((TypeElement) ((DeclaredType) plural).asElement()).getQualifiedName();
            if (name.contentEquals("java.util.List") || name.contentEquals("java.util.Set")) {
                return Optional.of(((DeclaredType) plural).getTypeArguments().get(0));
            }
        }
        return Optional.empty();
    }

    /**
     * {@code Byte[]} and {@code Character[]}, which Hibernate 7.4 refuses to map unless told how with
     * {@code hibernate.type.wrapper_array_handling} (checked).
     */
    static boolean wrapperArray(TypeMirror type) {
        if (type.getKind() != TypeKind.ARRAY) {
            return false;
        }
        TypeMirror component = ((javax.lang.model.type.ArrayType) type).getComponentType();
        return component.getKind() == TypeKind.DECLARED
                && (((TypeElement) ((DeclaredType) component).asElement()).getQualifiedName().contentEquals("java.lang.Byte")
                || ((TypeElement) ((DeclaredType) component).asElement()).getQualifiedName().contentEquals("java.lang.Character"));
    }

    /**
     * The type of a basic attribute (one without a relationship annotation): as {@link #of}, and also a
     * {@code Serializable} entity, which Hibernate 6.6, 7.2 and 7.4 store serialized in a {@code bytea} like any other
     * Serializable class (checked with their exports; see {@link SerializedEntities}).
     */
    static Optional<MappedType> ofAttribute(TypeMirror type) {
        Optional<MappedType> mapped = of(type);
        return mapped.isPresent() || SerializedEntities.entityOf(type).isEmpty() ? mapped : Optional.of(SERIALIZED);
    }

    /** A class (not an entity: that is a relationship) that is {@code Serializable}, itself or by a supertype. */
    private static boolean serializedByHibernate(TypeElement type) {
        return (type.getKind() == javax.lang.model.element.ElementKind.CLASS
                || type.getKind() == javax.lang.model.element.ElementKind.RECORD
                || type.getKind() == javax.lang.model.element.ElementKind.INTERFACE)
                && !Mapping.written(type).entityOrMappedSuperclass()
                && serializable(type);
    }

    static boolean serializable(TypeElement type) {
        if (type.getQualifiedName().contentEquals("java.io.Serializable")) {
            return true;
        }
        for (TypeMirror i : type.getInterfaces()) {
            if (i.getKind() == TypeKind.DECLARED && serializable((TypeElement) ((DeclaredType) i).asElement())) {
                return true;
            }
        }
        TypeMirror parent = type.getSuperclass();
        return parent.getKind() == TypeKind.DECLARED && serializable((TypeElement) ((DeclaredType) parent).asElement());
    }

    /** Types whose column holds a date and/or time, for which {@code @Temporal} says which. */
    boolean isLegacyTemporal() {
        return this == UTIL_DATE || this == CALENDAR;
    }

    /** Types that {@code @Lob} turns into a large object ({@code oid} in Hibernate's PostgreSQL dialect). */
    boolean canBeLob() {
        return this == STRING || this == BYTES || this == CHARS || this == BLOB || this == CLOB || this == NCLOB
                || this == SERIALIZED; // a serialized object in a BLOB (checked with Hibernate 7.4's export)
    }

    boolean isIntegral() {
        return this == BIGINT || this == INTEGER || this == SMALLINT;
    }

    boolean isTimestamp() {
        return this == TIMESTAMP || this == INSTANT || this == OFFSET_TIMESTAMP;
    }
}
