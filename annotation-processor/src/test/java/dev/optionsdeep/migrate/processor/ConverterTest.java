package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Attribute converters: the column takes the converter's database-side type, sized by the attribute's
 * {@code @Column}; Hibernate's boolean converters bring their check constraint. Each expectation was
 * checked against the DDL Hibernate ORM 7.4 exports for the same entity.
 */
class ConverterTest {

    private static final JavaFileObject CONVERTERS = Sources.source("com.example.Converters", """
            package com.example;

            import jakarta.persistence.*;
            import java.util.*;

            public class Converters {
              public record Money(long cents) {}

              @Converter(autoApply = true)
              public static class MoneyConverter implements AttributeConverter<Money, Long> {
                public Long convertToDatabaseColumn(Money m) { return m == null ? null : m.cents(); }
                public Money convertToEntityAttribute(Long c) { return c == null ? null : new Money(c); }
              }

              public static class TagsConverter implements AttributeConverter<List<String>, String> {
                public String convertToDatabaseColumn(List<String> tags) { return String.join(",", tags); }
                public List<String> convertToEntityAttribute(String text) { return List.of(text.split(",")); }
              }

              /** A generic base: the database side is only known through the subclass. */
              public abstract static class ToText<T> implements AttributeConverter<T, String> {
              }

              public static class CurrencyConverter extends ToText<Currency> {
                public String convertToDatabaseColumn(Currency c) { return c == null ? null : c.getCurrencyCode(); }
                public Currency convertToEntityAttribute(String s) { return s == null ? null : Currency.getInstance(s); }
              }

              public static class FlagConverter implements AttributeConverter<Boolean, String> {
                public String convertToDatabaseColumn(Boolean b) { return b == null ? null : b ? "yes" : "no"; }
                public Boolean convertToEntityAttribute(String s) { return s == null ? null : s.equals("yes"); }
              }
            }
            """);

    /** Hibernate's boolean converters, with the signatures of Hibernate 7.4's (Hibernate is not on this class path). */
    private static JavaFileObject hibernateConverter(String name, String databaseType) {
        return Sources.source("org.hibernate.type." + name, """
                package org.hibernate.type;
                public class %s implements jakarta.persistence.AttributeConverter<Boolean, %s> {
                  public %s convertToDatabaseColumn(Boolean b) { return null; }
                  public Boolean convertToEntityAttribute(%s v) { return null; }
                }
                """.formatted(name, databaseType, databaseType, databaseType));
    }

    @Test
    void theColumnHasTheConvertersDatabaseSideType() {
        Compilation compilation = Sources.compileStrict(CONVERTERS, hibernateConverter("YesNoConverter", "Character"),
                hibernateConverter("TrueFalseConverter", "Character"),
                hibernateConverter("NumericBooleanConverter", "Integer"), Sources.entity("Position", """
                import com.example.Converters.*;

                @Entity
                @Table(name = "positions")
                public class Position {
                  @Id private Long id;
                  private Money cost;
                  @Convert(converter = TagsConverter.class) @Column(length = 40) private List<String> tags;
                  @Convert(converter = CurrencyConverter.class) @Column(length = 3, nullable = false) private Currency currency;
                  @Convert(converter = org.hibernate.type.YesNoConverter.class) private Boolean active;
                  @Convert(converter = org.hibernate.type.TrueFalseConverter.class) private boolean hedged;
                  @Convert(converter = org.hibernate.type.NumericBooleanConverter.class) private Boolean settled;
                  @Convert(disableConversion = true) @Transient private Money notStored;
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table positions
                  id bigint not null
                  cost bigint null
                  tags character varying(40) null
                  currency character varying(3) not null
                  active character(1) null
                  hedged character(1) not null
                  settled integer null
                  primary key positions_pkey [id]
                  check positions_active_check active in ('N','Y')
                  check positions_hedged_check hedged in ('F','T')
                  check positions_settled_check settled in (0,1)
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void aUserConverterOfABooleanIsRejectedBecauseItsCheckNeedsTheConverterToRun() {
        JavaFileObject src = Sources.entity("Position", """
                import com.example.Converters.*;

                @Entity
                public class Position {
                  @Id private Long id;
                  @Convert(converter = FlagConverter.class) private Boolean flag;
                }
                """);
        Compilation compilation = Sources.compileStrict(CONVERTERS, src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-124] Position.flag is a java.lang.Boolean converted by"
                + " com.example.Converters.FlagConverter: Hibernate then adds a check constraint listing what the"
                + " converter writes for each of true and false").inFile(src).onLineContaining("FlagConverter.class");
        assertThat(compilation).hadErrorContaining("Use Hibernate's YesNoConverter, TrueFalseConverter or"
                + " NumericBooleanConverter");
    }

    /**
     * The column of a converted enum is known (the converter's database side); the values of Hibernate's check are
     * not: the entity keeps its table, without that check, and the snapshot records the problem.
     */
    @Test
    void aConvertedEnumKeepsItsColumnWithoutTheCheckItsConverterWouldDecide() {
        JavaFileObject src = Sources.entity("Ticket", """
                @Entity
                public class Ticket {
                  public enum Priority { LOW, HIGH }
                  public static class PriorityCode implements AttributeConverter<Priority, Integer> {
                    public Integer convertToDatabaseColumn(Priority p) { return p == null ? null : 10 * (p.ordinal() + 1); }
                    public Priority convertToEntityAttribute(Integer c) { return c == null ? null : Priority.values()[c / 10 - 1]; }
                  }
                  @Id private Long id;
                  @Convert(converter = PriorityCode.class) private Priority priority;
                  @Enumerated(EnumType.STRING) private Priority shown;
                }
                """);
        Compilation compilation = Sources.compile(src);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[MIGRATE-124] Ticket.priority is a com.example.Ticket.Priority"
                + " converted by com.example.Ticket.PriorityCode: Hibernate then adds a check constraint listing what the"
                + " converter writes for each constant, which it learns by calling the converter, and a compiler cannot"
                + " run it: its column is mapped without that check").inFile(src).onLineContaining("PriorityCode.class");
        assertEquals("""
                table ticket
                  id bigint not null
                  priority integer null
                  shown character varying(255) null
                  primary key ticket_pkey [id]
                  check ticket_shown_check shown in ('LOW','HIGH')
                """, Sources.describe(compilation, "default"));
        assertTrue(Sources.snapshot(compilation, "default").contains("MIGRATE-124"),
                "the snapshot records what it lacks, and the goals refuse it");
    }

    @Test
    void aConverterOfAnotherTypeIsRejected() {
        JavaFileObject src = Sources.entity("Position", """
                import com.example.Converters.*;

                @Entity
                public class Position {
                  @Id private Long id;
                  @Convert(converter = TagsConverter.class) private String note;
                }
                """);
        Compilation compilation = Sources.compileStrict(CONVERTERS, src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-124] com.example.Converters.TagsConverter converts"
                + " java.util.List<java.lang.String>, but Position.note is a java.lang.String. Use a converter for"
                + " java.lang.String").inFile(src).onLineContaining("private String note");
    }

    @Test
    void convertingPartOfAnEmbeddedValueIsRejected() {
        JavaFileObject src = Sources.entity("Position", """
                import com.example.Converters.*;

                @Entity
                public class Position {
                  @Id private Long id;
                  @Convert(attributeName = "code", converter = TagsConverter.class) private String note;
                }
                """);
        Compilation compilation = Sources.compileStrict(CONVERTERS, src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-124] @Convert(attributeName = \"code\") on Position.note is"
                + " not supported by Migrate").inFile(src).onLineContaining("attributeName");
    }

    @Test
    void twoAutoApplyConvertersForOneTypeAreRejected() {
        JavaFileObject other = Sources.source("com.example.OtherMoney", """
                package com.example;
                import jakarta.persistence.*;
                @Converter(autoApply = true)
                public class OtherMoney implements AttributeConverter<Converters.Money, String> {
                  public String convertToDatabaseColumn(Converters.Money m) { return null; }
                  public Converters.Money convertToEntityAttribute(String c) { return null; }
                }
                """);
        JavaFileObject src = Sources.entity("Position", """
                import com.example.Converters.*;

                @Entity
                public class Position {
                  @Id private Long id;
                  private Money cost;
                }
                """);
        Compilation compilation = Sources.compileStrict(CONVERTERS, other, src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-124] Position.cost has type com.example.Converters.Money,"
                + " which several @Converter(autoApply = true) classes convert: com.example.Converters.MoneyConverter,"
                + " com.example.OtherMoney").inFile(src).onLineContaining("private Money cost");
    }

    @Test
    void aTypeWithoutConverterNamesConvertersAsAWayOut() {
        JavaFileObject src = Sources.entity("Position", """
                @Entity
                public class Position {
                  @Id private Long id;
                  private Thread worker;
                }
                """);
        Compilation compilation = Sources.compileStrict(src);

        assertThat(compilation).hadErrorContaining("Position.worker has type java.lang.Thread, which Migrate cannot"
                + " map to a column yet").inFile(src).onLineContaining("private Thread worker");
        assertThat(compilation).hadErrorContaining("convert it with an AttributeConverter");
    }
}
