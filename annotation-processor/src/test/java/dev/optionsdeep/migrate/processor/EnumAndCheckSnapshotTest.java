package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import dev.optionsdeep.migrate.change.AddCheckConstraint;
import dev.optionsdeep.migrate.change.DropCheckConstraint;
import dev.optionsdeep.migrate.diff.SchemaDiff;
import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.snapshot.SnapshotCodec;

import java.util.List;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden snapshots for enums and check constraints. Each expectation was checked against the DDL
 * Hibernate ORM 7.4.13 exports with PostgreSQLDialect: an ordinal is {@code smallint} with
 * {@code check (c between 0 and n-1)}, a name {@code varchar(255)} (or the given length) with
 * {@code check (c in ('A','B'))} in declaration order; {@code @CheckConstraint} and {@code @Check}
 * are copied as written.
 */
class EnumAndCheckSnapshotTest {

    private static final JavaFileObject COLOR = Sources.source("com.example.Color", """
            package com.example;
            public enum Color { RED, GREEN, BLUE }
            """);

    /** Hibernate's {@code @Check} as 7.4 declares it; the processor reads it by name, so a copy of its shape does. */
    static final JavaFileObject HIBERNATE_CHECK = Sources.source("org.hibernate.annotations.Check", """
            package org.hibernate.annotations;
            import java.lang.annotation.*;
            @Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD})
            @Retention(RetentionPolicy.RUNTIME)
            public @interface Check { String name() default ""; String constraints(); }
            """);

    @Test
    void enumsAreOrdinalsUnlessEnumeratedAsStringsEachWithItsCheck() {
        JavaFileObject paint = Sources.entity("Paint", """
                @Entity
                public class Paint {
                  @Id private Long id;
                  private Color plain;
                  @Enumerated private Color ordinal;
                  @Enumerated(EnumType.STRING) private Color name;
                  @Enumerated(EnumType.STRING) @Column(length = 10, nullable = false) private Color shortName;
                  @Enumerated(EnumType.ORDINAL) private Thread.State state;
                  @Enumerated(EnumType.STRING) private Finish finish;
                  public enum Finish { MATT, GLOSSY { @Override public String toString() { return "glossy"; } } }
                }
                """);

        Compilation compilation = Sources.compile(paint, COLOR);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table paint
                  id bigint not null
                  plain smallint null
                  ordinal smallint null
                  name character varying(255) null
                  shortname character varying(10) not null
                  state smallint null
                  finish character varying(255) null
                  primary key paint_pkey [id]
                  check paint_finish_check finish in ('MATT','GLOSSY')
                  check paint_name_check name in ('RED','GREEN','BLUE')
                  check paint_ordinal_check ordinal between 0 and 2
                  check paint_plain_check plain between 0 and 2
                  check paint_shortname_check shortname in ('RED','GREEN','BLUE')
                  check paint_state_check state between 0 and 5
                """, Sources.describe(compilation, "default"));
        assertTrue(Sources.snapshot(compilation, "default").startsWith("{\n  \"format\": 2,"));
    }

    @Test
    void addingAnEnumConstantDropsTheCheckAndAddsItAgainWithTheNewValue() {
        JavaFileObject paint = Sources.entity("Paint", """
                @Entity
                public class Paint {
                  @Id private Long id;
                  @Enumerated(EnumType.STRING) private Color color;
                  private Color ordinal;
                }
                """);
        JavaFileObject moreColors = Sources.source("com.example.Color", """
                package com.example;
                public enum Color { RED, GREEN, BLUE, YELLOW }
                """);

        Schema before = schema(Sources.compile(paint, COLOR));
        Schema after = schema(Sources.compile(paint, moreColors));

        assertEquals(List.of(
                new DropCheckConstraint("paint", new CheckConstraint("paint_color_check", "color in ('RED','GREEN','BLUE')")),
                new DropCheckConstraint("paint", new CheckConstraint("paint_ordinal_check", "ordinal between 0 and 2")),
                new AddCheckConstraint("paint", new CheckConstraint("paint_color_check",
                        "color in ('RED','GREEN','BLUE','YELLOW')")),
                new AddCheckConstraint("paint", new CheckConstraint("paint_ordinal_check", "ordinal between 0 and 3"))),
                SchemaDiff.between(before, after));
    }

    private static Schema schema(Compilation compilation) {
        assertThat(compilation).succeededWithoutWarnings();
        return SnapshotCodec.read(Sources.snapshot(compilation, "default"), "default").schema();
    }

    @Test
    void checkConstraintsOnTablesAndColumnsAndHibernatesCheckAreKeptAsWritten() {
        JavaFileObject price = Sources.entity("Price", """
                @Entity
                @Table(check = {@CheckConstraint(name = "price_range", constraint = "low <= high"),
                                @CheckConstraint(constraint = "high < 1000000"),
                                @CheckConstraint(constraint = "low >= 0 OR high IS NULL")})
                @org.hibernate.annotations.Check(constraints = "currency <> 'XXX'")
                public class Price {
                  @Id private Long id;
                  @Column(nullable = false, check = @CheckConstraint(constraint = "low > 0")) private int low;
                  @Column(check = {@CheckConstraint(name = "high_positive", constraint = "high > 0"),
                                   @CheckConstraint(constraint = "high <> 13")}) private Integer high;
                  @org.hibernate.annotations.Check(constraints = "length(currency) = 3")
                  @Enumerated(EnumType.STRING) private Currency currency;
                  public enum Currency { EUR, USD }
                }
                """);

        Compilation compilation = Sources.compile(price, HIBERNATE_CHECK);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table price
                  id bigint not null
                  low integer not null
                  high integer null
                  currency character varying(255) null
                  primary key price_pkey [id]
                  check high_positive high > 0
                  check price_check high < 1000000
                  check price_check1 low >= 0 OR high IS NULL
                  check price_check2 currency <> 'XXX'
                  check price_currency_check (length(currency) = 3) and (currency in ('EUR','USD'))
                  check price_high_check high <> 13
                  check price_low_check low > 0
                  check price_range low <= high
                """, Sources.describe(compilation, "default"));
    }
}
