package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.read.BeanValidation;
import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.MappingValues.ColumnAnnotation;
import dev.optionsdeep.migrate.processor.read.Mapping;

import java.util.Optional;

import dev.optionsdeep.migrate.schema.SqlTypes;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * The PostgreSQL type of a column, as Hibernate ORM 6.6 and 7.0 create it with
 * {@code PostgreSQLDialect} (checked against their schema export), spelled as PostgreSQL's
 * {@code format_type} prints it.
 */
public final class TypeMapper {

    /** JPA's {@code @Column(length)} default, and Hibernate's {@code Size.DEFAULT_LENGTH}. */
    static final int DEFAULT_LENGTH = 255;
    /** {@code PostgreSQLDialect.getMaxVarcharLength()}: a longer String column becomes {@code text}. */
    static final int MAX_VARCHAR_LENGTH = 10_485_760;
    /** {@code Dialect.getDefaultDecimalPrecision()}, used by {@code BigDecimalJavaType}. */
    static final int DEFAULT_DECIMAL_PRECISION = 38;
    /** {@code Size.DEFAULT_SCALE}, used by {@code JavaType.getDefaultSqlScale}. */
    static final int DEFAULT_DECIMAL_SCALE = 2;
    /** {@code Dialect.getDefaultTimestampPrecision()}: microseconds. */
    static final int DEFAULT_TIMESTAMP_PRECISION = 6;
    /** PostgreSQL's {@code float(p)}: a {@code real} up to 24 bits, a {@code double precision} up to 53, refused above. */
    private static final int MAX_REAL_BITS = 24;
    private static final int MAX_FLOAT_BITS = 53;

    /** PostgreSQL rejects {@code numeric(p,s)} above this precision. */
    static final int MAX_NUMERIC_PRECISION = 1000;
    /** PostgreSQL keeps at most microseconds. */
    static final int MAX_SECOND_PRECISION = 6;

    /**
     * The size attributes of {@code @Column}, with JPA's defaults when absent.
     * {@code secondPrecision} (JPA 3.2) is -1 when not given.
     */
    public record Size(int length, int precision, int scale, int secondPrecision) {
        static final Size DEFAULT = new Size(DEFAULT_LENGTH, 0, 0, -1);

        /**
         * The size with Bean Validation's length (a {@code String}'s) and precision and scale (a
         * {@code BigDecimal}'s or {@code BigInteger}'s: Hibernate sets them on any column, and they change the type
         * of those only).
         */
        Size constrained(BeanValidation.Applied applied, MappedType type) {
            boolean numeric = applied.precision() != null && (type == MappedType.DECIMAL || type == MappedType.BIG_INTEGER);
            if (applied.length() == null && !numeric) {
                return this;
            }
            return new Size(applied.length() == null ? length : applied.length(),
                    numeric ? applied.precision() : precision, numeric ? applied.scale() : scale, secondPrecision);
        }
    }

    private final Report report;
    private final Element field;
    private final TypeMirror javaType;
    private final ColumnAnnotation column;
    private final Element columnHost;
    private final String where;
    private final boolean mapKey;

    /**
     * @param field      the field or getter of the attribute
     * @param javaType   its type
     * @param column     the {@code @Column} in force (its own, or an override's), or null when it has none
     * @param columnHost the element carrying that {@code @Column}, where diagnostics about it go
     * @param where      the attribute as messages name it, such as {@code Company.ticker}
     */
    TypeMapper(Report report, Element field, TypeMirror javaType, ColumnAnnotation column, Element columnHost, String where) {
        this(report, field, javaType, column, columnHost, where, false);
    }

    /** The keys of a map: {@code @MapKeyEnumerated} and {@code @MapKeyTemporal} on {@code field} choose, not @Enumerated/@Temporal/@Lob. */
    static TypeMapper forMapKey(Report report, Element field, TypeMirror keyType, ColumnAnnotation column, String where) {
        return new TypeMapper(report, field, keyType, column, field, where, true);
    }

    private TypeMapper(Report report, Element field, TypeMirror javaType, ColumnAnnotation column, Element columnHost,
                       String where, boolean mapKey) {
        this.mapKey = mapKey;
        this.report = report;
        this.field = field;
        this.javaType = javaType;
        this.column = column;
        this.columnHost = columnHost;
        this.where = where;
    }

    /** Hibernate's PostgreSQL dialect keeps {@code time} columns to whole seconds unless told otherwise. */
    static final int DEFAULT_TIME_PRECISION = 0;
    /** {@code Duration} is stored as nanoseconds in {@code numeric(21,0)}. */
    static final String DURATION_TYPE = "numeric(21,0)";

    static final String CHAR_1 = "character(1)";
    static final int CURRENCY_LENGTH = 3;
    static final int ZONE_OFFSET_LENGTH = 6;

    private boolean explicitLength() {
        return column != null && column.written().get("length") != null;
    }

    private static Size withLength(Size size, int length) {
        return new Size(length, size.precision(), size.scale(), size.secondPrecision());
    }

    /** The SQL type of a {@code type} column of this {@code size}, or null after reporting why there is none. */
    String sqlType(MappedType type, Size size) {
        Optional<AnnotationMirror> lob = mapKey ? Optional.empty() : Mapping.written(field).lob();
        if (lob.isPresent()) {
            if (!type.canBeLob()) {
                report.error(Code.UNSUPPORTED_FIELD_MAPPING, "@Lob on " + where + " (" + javaType + ") is not"
                        + " supported: Migrate maps @Lob on String, byte[], char[] and Serializable classes. Remove it", field,
                        lob.get());
                return null;
            }
            // Hibernate's PostgreSQL dialect stores CLOB and BLOB as large objects, referenced by an oid column.
            return plain("oid", type, size);
        }
        return switch (type) {
            case STRING, CHARS -> string(size);
            case DECIMAL -> decimal(size);
            case TIMESTAMP -> timestamp(size, false);
            case INSTANT, OFFSET_TIMESTAMP -> timestamp(size, true);
            case BIGINT -> plain(SqlTypes.BIGINT, type, size);
            case INTEGER -> plain(SqlTypes.INTEGER, type, size);
            case SMALLINT -> plain(SqlTypes.SMALLINT, type, size);
            case BOOLEAN -> plain(SqlTypes.BOOLEAN, type, size);
            case DATE -> plain(SqlTypes.DATE, type, size);
            case UUID -> plain(SqlTypes.UUID, type, size);
            case CHAR -> plain(CHAR_1, type, size);
            case TINYINT -> plain(SqlTypes.SMALLINT, type, size);
            case REAL, DOUBLE -> floating(type, size);
            case BIG_INTEGER -> bigInteger(size);
            case TIME, OFFSET_TIME, SQL_TIME -> time(size);
            case ZONED_TIMESTAMP -> timestamp(size, true);
            case SQL_TIMESTAMP -> timestamp(size, false);
            case DURATION -> plain(DURATION_TYPE, type, size);
            case YEAR -> plain(SqlTypes.INTEGER, type, size);
            case BYTES -> plain("bytea", type, size);
            case SQL_DATE -> plain(SqlTypes.DATE, type, size);
            case UTIL_DATE, CALENDAR -> temporal(type, size);
            // Hibernate 7.4: an ordinal is a smallint (tinyint, which PostgreSQL lacks, up to 128 constants), a name a varchar.
            // A name of length 1 is a char(1) (checked with Hibernate 7.4; length 2 and more a varchar).
            case ENUM -> !EnumChecks.byName(field, mapKey)
                    ? plain(SqlTypes.SMALLINT, type, size)
                    : size.length() == 1 ? plain(CHAR_1, type, Size.DEFAULT) : string(size);
            // Hibernate 7.4 stores these as strings: Locale, TimeZone and ZoneId by their id, URL and Class by name.
            case LOCALE, TIME_ZONE, ZONE_ID, URL, CLASS -> string(size);
            // Currency's code has 3 letters and an offset's id at most 6 characters: Hibernate's default lengths.
            case CURRENCY -> string(explicitLength() ? size : withLength(size, CURRENCY_LENGTH));
            case ZONE_OFFSET -> string(explicitLength() ? size : withLength(size, ZONE_OFFSET_LENGTH));
            case INET -> plain("inet", type, size);
            // JDBC's large objects: oid columns, as with @Lob.
            case BLOB, CLOB, NCLOB -> plain("oid", type, size);
            case SERIALIZED -> plain("bytea", type, size);
            case ARRAY -> array(size);
        };
    }

    /**
     * An array of basic values: the element's type as Hibernate 7.4 makes it, {@code @Column(length)}
     * and the other sizes applying to the element, then {@code []} as PostgreSQL prints an array type.
     */
    private String array(Size size) {
        TypeMirror component = MappedType.elementType(javaType).orElseThrow();
        MappedType element = MappedType.elementOf(javaType).orElseThrow();
        String elementType = new TypeMapper(report, field, component, column, columnHost, where).sqlType(element, size);
        return elementType == null ? null : elementType + "[]";
    }

    /** {@code java.util.Date} and {@code Calendar}: {@code @Temporal} chooses; without it, a timestamp. */
    private String temporal(MappedType type, Size size) {
        // @Temporal's value has no default, so it is always written out.
        String kind = Mapping.written(field).temporal(mapKey).orElse("TIMESTAMP");
        return switch (kind) {
            case "DATE" -> plain(SqlTypes.DATE, type, size);
            case "TIME" -> time(size);
            default -> timestamp(size, false);
        };
    }

    /**
     * {@code Float} and {@code Double}: Hibernate 6.6, 7.2 and 7.4 read {@code @Column(precision)} as decimal digits and
     * write {@code float(p)} in binary ones, {@code ceil(precision / log10(2))} (its dialect's size strategy), which
     * PostgreSQL makes {@code real} up to 24 bits, {@code double precision} up to 53, and refuses above: OpenMRS's
     * {@code precision = 22} is {@code float(74)}, on which Hibernate's own export fails (parity model {@code floatsize}).
     */
    private String floating(MappedType type, Size size) {
        String plain = plain(type == MappedType.REAL ? "real" : "double precision", type,
                new Size(size.length(), 0, size.scale(), size.secondPrecision()));
        if (size.precision() == 0 || column == null || column.written().get("precision") == null) {
            return plain;
        }
        int bits = (int) Math.ceil(size.precision() / Math.log10(2));
        if (size.precision() < 0 || bits > MAX_FLOAT_BITS) {
            invalid("precision", "@Column(precision = " + size.precision() + ") on " + where + " makes Hibernate write"
                    + " float(" + bits + ") (the precision is in decimal digits, the float's in bits), which PostgreSQL"
                    + " refuses, so Hibernate's own export fails: give a precision of 1 to 15 (up to 7 makes a real, 8"
                    + " to 15 a double precision), or remove it for a double precision");
            return null;
        }
        return bits <= MAX_REAL_BITS ? "real" : "double precision";
    }

    private String bigInteger(Size size) {
        ignored("length", size.length() != DEFAULT_LENGTH, "BigInteger");
        ignored("scale", size.scale() != 0, "BigInteger");
        ignored("secondPrecision", size.secondPrecision() != -1, "BigInteger");
        if (size.precision() < 0 || size.precision() > MAX_NUMERIC_PRECISION) {
            invalid("precision", "@Column(precision = " + size.precision() + ") on " + where
                    + " is not a valid numeric precision: PostgreSQL accepts 1 to " + MAX_NUMERIC_PRECISION);
            return null;
        }
        return SqlTypes.numeric(size.precision() == 0 ? DEFAULT_DECIMAL_PRECISION : size.precision(), 0);
    }

    private String time(Size size) {
        String javaType = this.javaType.toString();
        ignored("length", size.length() != DEFAULT_LENGTH, javaType);
        ignored("precision", size.precision() != 0, javaType);
        ignored("scale", size.scale() != 0, javaType);
        int digits = size.secondPrecision() == -1 ? DEFAULT_TIME_PRECISION : size.secondPrecision();
        if (digits < 0 || digits > MAX_SECOND_PRECISION) {
            invalid("secondPrecision", "@Column(secondPrecision = " + size.secondPrecision() + ") on " + where
                    + " is not valid: PostgreSQL keeps 0 to " + MAX_SECOND_PRECISION + " fractional digits of a second");
            return null;
        }
        return "time(" + digits + ") without time zone";
    }

    private String string(Size size) {
        ignored("precision", size.precision() != 0, "String");
        ignored("scale", size.scale() != 0, "String");
        ignored("secondPrecision", size.secondPrecision() != -1, "String");
        if (size.length() <= 0) {
            invalid("length", "@Column(length = " + size.length() + ") on " + where
                    + " is not a valid length: give a positive number of characters");
            return null;
        }
        return size.length() > MAX_VARCHAR_LENGTH ? SqlTypes.TEXT : SqlTypes.varchar(size.length());
    }

    private String decimal(Size size) {
        ignored("length", size.length() != DEFAULT_LENGTH, "BigDecimal");
        ignored("secondPrecision", size.secondPrecision() != -1, "BigDecimal");
        if (size.precision() < 0 || size.precision() > MAX_NUMERIC_PRECISION) {
            invalid("precision", "@Column(precision = " + size.precision() + ") on " + where
                    + " is not a valid numeric precision: PostgreSQL accepts 1 to " + MAX_NUMERIC_PRECISION);
            return null;
        }
        if (size.precision() == 0) {
            // Hibernate applies scale only together with a precision (AnnotatedColumn.initMappingColumn).
            if (size.scale() != 0) {
                report.warning(Code.IGNORED_ATTRIBUTE, "@Column(scale = " + size.scale() + ") on " + where
                        + " has no effect without a precision: Hibernate creates numeric(" + DEFAULT_DECIMAL_PRECISION
                        + "," + DEFAULT_DECIMAL_SCALE + "). Give a precision too, for example @Column(precision = "
                        + DEFAULT_DECIMAL_PRECISION + ", scale = " + size.scale() + ")",
                        columnHost, column.mirror(), column.written().get("scale"));
            }
            return SqlTypes.numeric(DEFAULT_DECIMAL_PRECISION, DEFAULT_DECIMAL_SCALE);
        }
        if (size.scale() < 0 || size.scale() > size.precision()) {
            invalid("scale", "@Column(scale = " + size.scale() + ") on " + where + " is not a valid scale for precision "
                    + size.precision() + ": give a scale from 0 to the precision");
            return null;
        }
        return SqlTypes.numeric(size.precision(), size.scale());
    }

    private String timestamp(Size size, boolean withTimeZone) {
        String javaType = this.javaType.toString();
        ignored("length", size.length() != DEFAULT_LENGTH, javaType);
        // Hibernate 6.6 and 7.0 both ignore precision and scale here; JPA 3.2's secondPrecision is the way.
        ignored("precision", size.precision() != 0, javaType);
        ignored("scale", size.scale() != 0, javaType);
        int digits = size.secondPrecision() == -1 ? DEFAULT_TIMESTAMP_PRECISION : size.secondPrecision();
        if (digits < 0 || digits > MAX_SECOND_PRECISION) {
            invalid("secondPrecision", "@Column(secondPrecision = " + size.secondPrecision() + ") on " + where
                    + " is not valid: PostgreSQL keeps 0 to " + MAX_SECOND_PRECISION + " fractional digits of a second");
            return null;
        }
        return withTimeZone ? SqlTypes.timestampWithTimeZone(digits) : SqlTypes.timestamp(digits);
    }

    private String plain(String sqlType, MappedType type, Size size) {
        String javaType = this.javaType.toString();
        ignored("length", size.length() != DEFAULT_LENGTH, javaType);
        ignored("precision", size.precision() != 0, javaType);
        ignored("scale", size.scale() != 0, javaType);
        ignored("secondPrecision", size.secondPrecision() != -1, javaType);
        return sqlType;
    }

    /** Warns of a {@code @Column} attribute Hibernate ignores; a size a validation constraint gave says nothing. */
    private void ignored(String attribute, boolean given, String javaType) {
        AnnotationValue value = column == null ? null : column.written().get(attribute);
        if (given && value != null) {
            report.warning(Code.IGNORED_ATTRIBUTE, "@Column(" + attribute + " = " + value + ") on " + where
                    + " has no effect on a " + javaType + " column: Hibernate ignores it. Remove it",
                    columnHost, column.mirror(), value);
        }
    }

    private void invalid(String attribute, String message) {
        report.error(Code.INVALID_ATTRIBUTE_VALUE, message, columnHost, column == null ? null : column.mirror(),
                column == null ? null : column.written().get(attribute));
    }
}
