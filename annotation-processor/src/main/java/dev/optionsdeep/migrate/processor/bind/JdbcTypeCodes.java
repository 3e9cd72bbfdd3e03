package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.read.ColumnAnnotations;
import dev.optionsdeep.migrate.processor.read.Mapping;
import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.HibernateLine;
import dev.optionsdeep.migrate.processor.Report;

import dev.optionsdeep.migrate.schema.SqlTypes;

import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Hibernate's {@code @JdbcTypeCode}, which replaces the column type the Java type would give. The
 * codes are {@code org.hibernate.type.SqlTypes} constants; the types below are what Hibernate 7.4's
 * {@code PostgreSQLDialect} exports for them (checked against its schema export). Codes not listed
 * are reported rather than guessed.
 */
final class JdbcTypeCodes {

    static final String ANNOTATION = "JdbcTypeCode";

    static final int CHAR = 1;
    static final int VARCHAR = 12;
    static final int NVARCHAR = -9;
    static final int LONGVARCHAR = -1;
    static final int LONG32VARCHAR = 4001;
    static final int BINARY = -2;
    static final int VARBINARY = -3;
    static final int LONGVARBINARY = -4;
    static final int SMALLINT = 5;
    static final int TINYINT = -6;
    static final int INTEGER = 4;
    static final int BIGINT = -5;
    static final int NUMERIC = 2;
    static final int DECIMAL = 3;
    static final int SQLXML = 2009;
    static final int UUID = 3000;
    static final int JSON = 3001;
    static final int INET = 3002;
    static final int ARRAY = 2003;
    static final int ENUM = 6000;
    static final int NAMED_ENUM = 6001;
    /** Hibernate's {@code LONGVARCHAR} on PostgreSQL: a varchar of its long-string length. */
    static final int LONG_VARCHAR_LENGTH = 32_600;
    /** A UUID held as text: 36 characters with the dashes. */
    static final int UUID_TEXT_LENGTH = 36;

    private JdbcTypeCodes() {
    }

    /** The {@code @JdbcTypeCode} on the attribute, if any. */
    static Optional<AnnotationMirror> find(Element field) {
        return Mapping.written(field).jdbcTypeCode();
    }

    static int code(AnnotationMirror mirror) {
        return ColumnAnnotations.jdbcTypeCode(mirror);
    }

    /** Whether the code is {@code SqlTypes.NUMERIC} or {@code DECIMAL}, which PostgreSQL both spells numeric. */
    static boolean decimal(int code) {
        return code == NUMERIC || code == DECIMAL;
    }

    /**
     * Whether the code on a {@code type} attribute says what Hibernate does without it: {@code SqlTypes.ARRAY} on an
     * array, List or Set (checked, 7.4); {@code DECIMAL} and {@code NUMERIC} on a BigDecimal, numeric(precision,scale)
     * with the same defaults (checked with 6.6's and 7.4's export; HAPI FHIR's quantity and number indexes).
     */
    static boolean asWithout(MappedType type, AnnotationMirror mirror) {
        int code = code(mirror);
        return type == MappedType.ARRAY && code == ARRAY || type == MappedType.DECIMAL && decimal(code);
    }

    /**
     * The column {@code NUMERIC} or {@code DECIMAL} gives a number of another type than BigDecimal, as each line's
     * export shows (parity model {@code numcodes}): integers {@code numeric(precision,0)}, the precision
     * {@code @Column} gives, else the type's digits (BigInteger 38, Long 19, Integer 10, Short 5); {@code Double} and
     * {@code Float} {@code numeric(precision,scale)} as {@code @Column} gives them, else the line's default precision
     * and scale 2. Null for another code or type, and for a scale on an integer (not checked): reported by the caller.
     */
    static String numeric(AnnotationMirror mirror, MappedType type, TypeMapper.Size size, HibernateLine line) {
        if (!decimal(code(mirror)) || type == null || size.precision() < 0 || size.precision() > 1000) {
            return null;
        }
        Integer digits = switch (type) {
            case BIG_INTEGER -> 38;
            case BIGINT -> 19;
            case INTEGER -> 10;
            case SMALLINT -> 5;
            default -> null;
        };
        if (digits != null) {
            return size.scale() != 0 ? null : SqlTypes.numeric(size.precision() == 0 ? digits : size.precision(), 0);
        }
        if (type != MappedType.DOUBLE && type != MappedType.REAL) {
            return null;
        }
        if (size.precision() == 0) {
            return size.scale() != 0 ? null : SqlTypes.numeric(line.numericFloatPrecision(type == MappedType.REAL), 2);
        }
        return size.scale() < 0 || size.scale() > size.precision() ? null : SqlTypes.numeric(size.precision(), size.scale());
    }

    /**
     * Hibernate's check of a Boolean under {@code TINYINT}, {@code <column> in (0,1)}, from 7.0 on (6.6 and
     * {@code SMALLINT} have none: parity model {@code flagcodes}); null otherwise.
     */
    static String booleanCheck(Element field, MappedType type, String column, HibernateLine line) {
        boolean tiny = find(field).map(JdbcTypeCodes::code).filter(c -> c == TINYINT).isPresent();
        return tiny && type == MappedType.BOOLEAN && line.checksTinyIntBooleans() ? column + " in (0,1)" : null;
    }

    /** Whether the code makes the column {@code jsonb}, whatever the Java type (a Map, a record, a List…). */
    static boolean isJson(Element field) {
        return find(field).map(JdbcTypeCodes::code).filter(c -> c == JSON).isPresent();
    }

    /**
     * The column type the code gives a {@code type} attribute, or null after reporting a code Migrate
     * does not map.
     *
     * @param explicitLength the {@code @Column(length)} written in the source, or null
     */
    static String sqlType(AnnotationMirror mirror, Element field, MappedType type, Integer explicitLength,
                          String where, Report report) {
        return sqlType(code(mirror), mirror, field, type, explicitLength, where, report);
    }

    /** As above, for {@code code} however the attribute says it ({@code mirror}: where a problem points). */
    static String sqlType(int code, AnnotationMirror mirror, Element field, MappedType type, Integer explicitLength,
                          String where, Report report) {
        int length = explicitLength == null ? TypeMapper.DEFAULT_LENGTH : explicitLength;
        // An enum keeps its @Enumerated storage under a code of that kind (checked with 7.4): names in a varchar,
        // ordinals in an integer type, with Hibernate's check of the values beside either.
        boolean names = type == MappedType.ENUM && EnumChecks.byName(field);
        boolean ordinals = type == MappedType.ENUM && !names;
        boolean text = type == MappedType.STRING || type == MappedType.CHARS || names;
        String mapped = switch (code) {
            case JSON -> "jsonb";
            case SQLXML -> text ? "xml" : null;
            case INET -> type == MappedType.INET ? "inet" : null;
            case UUID -> type == MappedType.UUID ? SqlTypes.UUID : null;
            case CHAR -> type == MappedType.UUID ? "character(" + UUID_TEXT_LENGTH + ")"
                    : text ? "character(" + length + ")" : null;
            case VARCHAR, NVARCHAR -> type == MappedType.UUID ? SqlTypes.varchar(UUID_TEXT_LENGTH)
                    : text ? SqlTypes.varchar(length) : null;
            // Checked with 7.4: its own long length unless @Column gives one; LONG32VARCHAR ignores the length.
            case LONGVARCHAR -> text ? SqlTypes.varchar(explicitLength == null ? LONG_VARCHAR_LENGTH : length) : null;
            case LONG32VARCHAR -> text ? SqlTypes.TEXT : null;
            case BINARY, VARBINARY, LONGVARBINARY -> type == MappedType.BYTES ? "bytea" : null;
            // On a Boolean too, without a check (parity model flagcodes, each line): Candlepin's managed pools.
            case TINYINT, SMALLINT -> type != null && (type.isIntegral() || type == MappedType.BOOLEAN || ordinals)
                    ? SqlTypes.SMALLINT : null;
            case INTEGER -> type != null && (type.isIntegral() || type == MappedType.BOOLEAN || ordinals)
                    ? SqlTypes.INTEGER : null;
            case BIGINT -> type != null && (type.isIntegral() || ordinals) ? SqlTypes.BIGINT : null;
            default -> null;
        };
        if (mapped == null && (code == NAMED_ENUM || code == ENUM)) {
            report.error(Code.UNSUPPORTED_TYPE, "@JdbcTypeCode(SqlTypes." + (code == ENUM ? "ENUM" : "NAMED_ENUM")
                    + ") on " + where + " makes Hibernate 7.4 create a PostgreSQL enum type (create type … as enum,"
                    + " with casts to and from varchar), which Migrate does not create yet. Remove @JdbcTypeCode to"
                    + " store the enum as @Enumerated says, or describe the column with @Column(columnDefinition)",
                    field, mirror, null);
        } else if (mapped == null) {
            report.error(Code.UNSUPPORTED_TYPE, "@JdbcTypeCode(" + code + ") on " + where + " is not supported by"
                    + " Migrate on a " + (type == null ? "value of this type" : type.display()) + " attribute:"
                    + " it maps JSON on any type; CHAR, VARCHAR, NVARCHAR, LONGVARCHAR, LONG32VARCHAR and SQLXML"
                    + " on String, char[] and an enum stored by name; UUID, CHAR and VARCHAR on UUID; INET on"
                    + " InetAddress; BINARY, VARBINARY and LONGVARBINARY on byte[]; TINYINT, SMALLINT, INTEGER and"
                    + " BIGINT on Long, Integer, Short and an enum stored by ordinal; TINYINT, SMALLINT and INTEGER on Boolean; NUMERIC and DECIMAL"
                    + " on BigDecimal, BigInteger, Long, Integer, Short (without a scale), Double and Float. Use one of"
                    + " these, or describe the column with"
                    + " @Column(columnDefinition)", field, mirror, null);
        }
        return mapped;
    }
}
