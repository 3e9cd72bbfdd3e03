package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import java.util.List;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Columns several basic attributes map, one writable and the others read-only, as HAPI FHIR maps its index tables;
 * and numeric type codes on a BigDecimal. Hibernate's export of both is checked by the parity models sharedcols and
 * numericcode.
 */
class ReadOnlyCopiesTest {

    /** One column, defined by the attribute Hibernate binds first: the mapped superclass's, then by name. */
    @Test
    void aReadOnlyCopyInAMappedSuperclassIsTheEntitysColumn() {
        JavaFileObject base = Sources.entity("IndexBase", """
                @MappedSuperclass
                public abstract class IndexBase {
                  @Column(name = "OWNER_ID", insertable = false, updatable = false, nullable = false) private Long ownerRef;
                  @Column(name = "LABEL", length = 40, insertable = false, updatable = false) private String labelCopy;
                }
                """);
        JavaFileObject entry = Sources.entity("IndexEntry", """
                @Entity
                public class IndexEntry extends IndexBase {
                  @Id private Long id;
                  @Column(name = "OWNER_ID", nullable = false) private Long ownerId;
                  @Column(name = "LABEL", length = 80, nullable = false) private String label;
                  @Column(name = "SORT_LABEL", insertable = false, updatable = false) private String sortLabel;
                  @Column(name = "SORT_LABEL", length = 20) private String amendedLabel;
                }
                """);
        Compilation c = Sources.compile(base, entry);
        assertThat(c).succeededWithoutWarnings();
        assertEquals("""
                table indexentry
                  owner_id bigint not null
                  label character varying(40) null
                  id bigint not null
                  sort_label character varying(20) null
                  primary key indexentry_pkey [id]
                """, Sources.describe(c, "default"));
    }

    /** Two writable attributes on one column are still refused, as Hibernate refuses them. */
    @Test
    void twoWritableOnesBesideAReadOnlyOneAreReported() {
        JavaFileObject src = Sources.entity("Entry", """
                @Entity
                public class Entry {
                  @Id private Long id;
                  @Column(name = "CODE", insertable = false, updatable = false) private String codeCopy;
                  @Column(name = "CODE") private String code;
                  @Column(name = "CODE") private String again;
                }
                """);
        assertThat(Sources.compileStrict(src)).hadErrorContaining("[MIGRATE-109] Entry.again maps to column code")
                .inFile(src).onLineContaining("private String again");
    }

    @Test
    void decimalAndNumericCodesOnABigDecimalAreItsNumericColumn() {
        JavaFileObject src = Sources.entity("Quantity", """
                import org.hibernate.annotations.JdbcTypeCode;
                import org.hibernate.type.SqlTypes;
                @Entity
                public class Quantity {
                  @Id private Long id;
                  @Column(precision = 19, scale = 2) @JdbcTypeCode(SqlTypes.DECIMAL) private BigDecimal measured;
                  @JdbcTypeCode(SqlTypes.NUMERIC) private BigDecimal bound;
                }
                """);
        Compilation c = Sources.compile(src);
        assertThat(c).succeededWithoutWarnings();
        assertEquals("""
                table quantity
                  id bigint not null
                  measured numeric(19,2) null
                  bound numeric(38,2) null
                  primary key quantity_pkey [id]
                """, Sources.describe(c, "default"));
    }

    @Test
    void numericCodesOnOtherNumbersFollowTheLine() {
        JavaFileObject src = Sources.entity("Tally", """
                import org.hibernate.annotations.JdbcTypeCode;
                import org.hibernate.type.SqlTypes;
                @Entity
                public class Tally {
                  @Id private Long id;
                  @JdbcTypeCode(SqlTypes.NUMERIC) private Long cents;
                  @Column(precision = 30) @JdbcTypeCode(SqlTypes.DECIMAL) private java.math.BigInteger serial;
                  @JdbcTypeCode(SqlTypes.NUMERIC) private Double rate;
                  @JdbcTypeCode(SqlTypes.DECIMAL) private Float ratio;
                }
                """);
        Compilation seven = Sources.compile(src);
        assertThat(seven).succeededWithoutWarnings();
        String described = Sources.describe(seven, "default");
        assertTrue(described.contains("cents numeric(19,0) null\n  serial numeric(30,0) null\n  rate numeric(17,2) null\n"
                + "  ratio numeric(8,2) null"), described);
        String old = Sources.describe(Sources.compileWith(List.of("-Amigrate.hibernate=6.6"), src), "default");
        assertTrue(old.contains("rate numeric(53,2) null\n  ratio numeric(24,2) null"), old);
    }

    @Test
    void aScaleOnAnIntegerUnderANumericCodeIsReported() {
        JavaFileObject src = Sources.entity("Tally", """
                import org.hibernate.annotations.JdbcTypeCode;
                import org.hibernate.type.SqlTypes;
                @Entity
                public class Tally {
                  @Id private Long id;
                  @Column(precision = 10, scale = 2) @JdbcTypeCode(SqlTypes.NUMERIC) private Long cents;
                }
                """);
        assertThat(Sources.compile(src)).hadWarningContaining("[MIGRATE-101]").inFile(src).onLineContaining("cents");
    }
}
