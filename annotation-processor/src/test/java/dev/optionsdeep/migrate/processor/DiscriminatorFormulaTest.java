package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import java.util.List;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Hibernate's {@code @DiscriminatorFormula} and {@code @DiscriminatorOptions} on a SINGLE_TABLE hierarchy. Each
 * expectation was checked against the DDL Hibernate ORM 6.6.33, 7.2.19 and 7.4.13 export for the same entities with
 * PostgreSQLDialect (parity model {@code discformula}).
 */
class DiscriminatorFormulaTest {

    private static final JavaFileObject OVERRIDE = Sources.entity("Override", """
            @Entity
            @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
            @org.hibernate.annotations.DiscriminatorFormula(
                "case when key_id is null then 'consumer' else 'activation_key' end")
            public abstract class Override {
              @Id @Column(length = 32) private String id;
              private String name;
            }
            """);
    private static final JavaFileObject CONSUMER_OVERRIDE = Sources.entity("ConsumerOverride", """
            @Entity
            @DiscriminatorValue("consumer")
            public class ConsumerOverride extends Override {
              private String consumer;
            }
            """);
    private static final JavaFileObject KEY_OVERRIDE = Sources.entity("KeyOverride", """
            @Entity
            @DiscriminatorValue("activation_key")
            public class KeyOverride extends Override {
              @Column(name = "key_id") private Long key;
              private int priority;
            }
            """);

    @Test
    void aFormulaIsNoColumnAndChecksNoValuesButStartsTheSubclassesChecks() {
        Compilation compilation = Sources.compile(OVERRIDE, CONSUMER_OVERRIDE, KEY_OVERRIDE);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table override
                  id character varying(32) not null
                  name character varying(255) null
                  consumer character varying(255) null
                  key_id bigint null
                  priority integer null
                  primary key override_pkey [id]
                  check override_formula_activation_key_check case when key_id is null then 'consumer' else \
                'activation_key' end <> 'activation_key' or (priority is not null)
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void hibernate66ChecksNothing() {
        Compilation compilation = Sources.compileWith(List.of("-Amigrate.hibernate=6.6"), OVERRIDE, CONSUMER_OVERRIDE,
                KEY_OVERRIDE);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table override
                  id character varying(32) not null
                  name character varying(255) null
                  consumer character varying(255) null
                  key_id bigint null
                  priority integer null
                  primary key override_pkey [id]
                """, Sources.describe(compilation, "default"));
    }

    /**
     * A {@code STRING} formula takes the type of the {@code @DiscriminatorColumn} beside it, which makes no column;
     * {@code "null"} is checked with {@code is null}, {@code "not null"} not at all.
     */
    @Test
    void theColumnBesideAFormulaTypesItsValuesAndNullValuesAreCheckedWithIs() {
        JavaFileObject payment = Sources.entity("Payment", """
                @Entity
                @org.hibernate.annotations.DiscriminatorFormula("case when card is not null then 'C' end")
                @DiscriminatorColumn(name = "kind", discriminatorType = DiscriminatorType.CHAR)
                @DiscriminatorValue("P")
                public abstract class Payment {
                  @Id private Long id;
                }
                """);
        JavaFileObject card = Sources.entity("Card", """
                @Entity
                @DiscriminatorValue("C")
                public class Card extends Payment {
                  @Basic(optional = false) private String card;
                }
                """);
        JavaFileObject pending = Sources.entity("Pending", """
                @Entity
                @DiscriminatorValue("null")
                public class Pending extends Payment {
                  private int attempts;
                }
                """);
        JavaFileObject other = Sources.entity("Other", """
                @Entity
                @DiscriminatorValue("not null")
                public class Other extends Payment {
                  private int code;
                }
                """);

        Compilation compilation = Sources.compile(payment, card, pending, other);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table payment
                  id bigint not null
                  card character varying(255) null
                  code integer null
                  attempts integer null
                  primary key payment_pkey [id]
                  check payment_formula_C_check case when card is not null then 'C' end <> 'C' or (card is not null)
                  check payment_formula_null_check case when card is not null then 'C' end is null or (attempts is not \
                null)
                """, Sources.describe(compilation, "default"));
    }

    /** The hash code of the entity name is an INTEGER formula's default value, as a column's. */
    @Test
    void anIntegerFormulasDefaultValueIsTheEntityNamesHashCode() {
        JavaFileObject shape = Sources.entity("Shape", """
                @Entity
                @org.hibernate.annotations.DiscriminatorFormula(value = "case when r is not null then 1 else 0 end",
                    discriminatorType = DiscriminatorType.INTEGER)
                @DiscriminatorValue("0")
                public class Shape {
                  @Id private Long id;
                }
                """);
        JavaFileObject circle = Sources.entity("Circle", """
                @Entity
                public class Circle extends Shape {
                  private double r;
                }
                """);

        Compilation compilation = Sources.compile(shape, circle);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table shape
                  id bigint not null
                  r double precision null
                  primary key shape_pkey [id]
                  check shape_formula_%d_check case when r is not null then 1 else 0 end <> %d or (r is not null)
                """.formatted("Circle".hashCode(), "Circle".hashCode()), Sources.describe(compilation, "default"));
    }

    @Test
    void aRootAloneWithAFormulaHasNoDiscriminatorColumn() {
        JavaFileObject setting = Sources.entity("Setting", """
                @Entity
                @org.hibernate.annotations.DiscriminatorFormula("'setting'")
                @DiscriminatorColumn(name = "setting_type")
                public class Setting {
                  @Id private Long id;
                }
                """);

        Compilation compilation = Sources.compile(setting);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table setting
                  id bigint not null
                  primary key setting_pkey [id]
                """, Sources.describe(compilation, "default"));
    }
}
