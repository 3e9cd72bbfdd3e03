package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import java.io.File;
import java.util.Arrays;
import java.util.List;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Jakarta Validation constraints shape the schema as Hibernate 7.4 applies them when a validation provider is
 * present (Hibernate Validator is on this module's test class path, so {@code auto} applies them). The corpus
 * model {@code validation} in the it module checks the same rules against Hibernate's own export.
 */
class BeanValidationTest {

    private static JavaFileObject validated(String simpleName, String body) {
        return Sources.source("com.example." + simpleName, """
                package com.example;

                import jakarta.persistence.*;
                import jakarta.validation.*;
                import jakarta.validation.constraints.*;
                import java.math.BigDecimal;
                import java.util.*;

                """ + body);
    }

    private static final JavaFileObject PERSON = validated("Person", """
            @Entity
            public class Person {
              @Id private Long id;
              @NotNull private String firstName;
              @NotBlank @Size(max = 80) private String lastName;
              @NotEmpty @Column(length = 100) private String login;
              @Size(min = 2) private String nickname;
              @Size(max = 40) @Column(length = 100) private String title;
              @org.hibernate.validator.constraints.Length(max = 30) private String motto;
              @Digits(integer = 10, fraction = 2) private BigDecimal salary;
              @Digits(integer = 3, fraction = 1) @Column(precision = 8, scale = 4) private BigDecimal height;
              @Digits(integer = 5, fraction = 0) private Integer floors;
              @Min(0) private Integer age;
              @Max(150) @Min(1) private Integer years;
              @Positive @DecimalMin("0.5") @Pattern(regexp = "x") private String ignored;
              @Size(max = 500) @Lob private String biography;
              private String fromGetter;
              @NotNull @Size(max = 60) public String getFromGetter() { return fromGetter; }
            }
            """);

    @Test
    void columnsTakeTheConstraints() {
        Compilation compilation = Sources.compileStrict(PERSON);
        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table person
                  id bigint not null
                  firstname character varying(255) not null
                  lastname character varying(80) not null
                  login character varying(100) not null
                  nickname character varying(255) null
                  title character varying(40) null
                  motto character varying(30) null
                  salary numeric(12,2) null
                  height numeric(4,1) null
                  floors integer null
                  age integer null
                  years integer null
                  ignored character varying(255) null
                  biography oid null
                  fromgetter character varying(60) not null
                  primary key person_pkey [id]
                  check person_age_check (age>=0)
                  check person_years_check (years<=150) and (years>=1)
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void onlyTheDefaultGroupCounts() {
        Compilation compilation = Sources.compileStrict(validated("Account", """
                @Entity
                public class Account {
                  public interface OnCreate {}
                  @Id private Long id;
                  @NotNull(groups = OnCreate.class) @Size(max = 9, groups = OnCreate.class) private String created;
                  @NotNull(groups = {OnCreate.class, jakarta.validation.groups.Default.class}) private String inBoth;
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
        String described = Sources.describe(compilation, "default");
        assertTrue(described.contains("  created character varying(255) null\n"), described);
        assertTrue(described.contains("  inboth character varying(255) not null\n"), described);
    }

    @Test
    void composedConstraintsCountWithWhatTheyAreMadeOf() {
        Compilation compilation = Sources.compileStrict(validated("Badge", """
                @NotNull
                @Size(max = 12)
                @Constraint(validatedBy = {})
                @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                @interface Code {
                  String message() default "code";
                  Class<?>[] groups() default {};
                  Class<? extends Payload>[] payload() default {};
                }
                """), validated("Either", """
                @NotNull
                @Size(max = 3)
                @org.hibernate.validator.constraints.ConstraintComposition(
                    org.hibernate.validator.constraints.CompositionType.OR)
                @Constraint(validatedBy = {})
                @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                @interface Either {
                  String message() default "either";
                  Class<?>[] groups() default {};
                  Class<? extends Payload>[] payload() default {};
                }
                """), validated("Member", """
                @Entity
                public class Member {
                  @Id private Long id;
                  @Code private String badge;
                  @Either private String choice;
                  @Size.List({@Size(max = 20)}) private String listed;
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
        String described = Sources.describe(compilation, "default");
        assertTrue(described.contains("  badge character varying(12) not null\n"), described);
        assertTrue(described.contains("  choice character varying(255) null\n"), described);
        assertTrue(described.contains("  listed character varying(20) null\n"), described);
    }

    @Test
    void insideAnEmbeddableOnlyWhenTheEmbeddedAttributeIsValid() {
        Compilation compilation = Sources.compileStrict(validated("Address", """
                @Embeddable
                public class Address {
                  @NotNull @Size(max = 70) private String street;
                  @Max(99) private Integer floor;
                }
                """), validated("Customer", """
                @Entity
                public class Customer {
                  @Id private Long id;
                  @Valid @NotNull @Embedded
                  @AttributeOverride(name = "street", column = @Column(name = "home_street"))
                  @AttributeOverride(name = "floor", column = @Column(name = "home_floor"))
                  private Address home;
                  @Valid @Embedded
                  @AttributeOverride(name = "street", column = @Column(name = "work_street"))
                  @AttributeOverride(name = "floor", column = @Column(name = "work_floor"))
                  private Address work;
                  @NotNull @Embedded
                  @AttributeOverride(name = "street", column = @Column(name = "other_street"))
                  @AttributeOverride(name = "floor", column = @Column(name = "other_floor"))
                  private Address other;
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
        String described = Sources.describe(compilation, "default");
        assertTrue(described.contains("  home_street character varying(70) not null\n"), described);
        assertTrue(described.contains("  work_street character varying(70) null\n"), described);
        assertTrue(described.contains("  other_street character varying(255) null\n"), described);
        assertTrue(described.contains("check customer_home_floor_check (home_floor<=99)"), described);
        assertTrue(described.contains("check customer_work_floor_check (work_floor<=99)"), described);
        assertTrue(!described.contains("other_floor_check"), described);
    }

    @Test
    void relationshipsAndSingleTableSubclasses() {
        Compilation compilation = Sources.compileStrict(validated("Team", """
                @Entity
                @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
                public class Team {
                  @Id private Long id;
                  @NotNull @Size(max = 30) private String name;
                  @NotNull @ManyToOne private Team parent;
                  @NotNull @Size(max = 3) @OneToMany(mappedBy = "parent") private List<Team> children;
                  @NotNull @Size(max = 4) @ElementCollection private List<String> tags;
                }
                """), validated("League", """
                @Entity
                public class League extends Team {
                  @NotNull @Size(max = 25) private String division;
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
        String described = Sources.describe(compilation, "default");
        assertTrue(described.contains("  name character varying(30) not null\n"), described);
        assertTrue(described.contains("  parent_id bigint not null\n"), described);
        assertTrue(described.contains("  division character varying(25) null\n"), described);
        assertTrue(described.contains("  tags character varying(255) null\n"), described);
    }

    @Test
    void joinedToTheColumnsOwnCheck() {
        Compilation compilation = Sources.compileStrict(validated("Ticket", """
                @Entity
                public class Ticket {
                  @Id private Long id;
                  @org.hibernate.annotations.Check(constraints = "level < 9") @Max(1) private Integer level;
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
        String described = Sources.describe(compilation, "default");
        assertTrue(described.contains("check ticket_level_check (level < 9) and ((level<=1))"), described);
    }

    @Test
    void aCheckInTheColumnDefinitionBesideMinIsReported() {
        Compilation compilation = Sources.compileStrict(validated("Gauge", """
                @Entity
                public class Gauge {
                  @Id private Long id;
                  @Min(0) @Column(columnDefinition = "integer check (reading < 100)") private Integer reading;
                }
                """));
        assertThat(compilation).hadErrorContaining("has a CHECK in its columnDefinition and @Min or @Max");
    }

    @Test
    void offWhenTheOptionSaysSo() {
        Compilation compilation = Sources.compileWith(List.of("-Amigrate.strict=true", "-Amigrate.beanValidation=false"),
                PERSON);
        assertThat(compilation).succeededWithoutWarnings();
        String described = Sources.describe(compilation, "default");
        assertTrue(described.contains("  firstname character varying(255) null\n"), described);
        assertTrue(described.contains("  title character varying(100) null\n"), described);
        assertTrue(!described.contains("check"), described);
    }

    @Test
    void autoIsOffWithoutAProviderOnTheClassPath() {
        List<File> withoutProvider = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("hibernate-validator")).map(File::new).toList();
        Compilation compilation = Compiler.javac().withProcessors(new EntityProcessor()).withClasspath(withoutProvider)
                .withOptions("-Amigrate.check=false", "-Amigrate.strict=true").compile(PERSON);
        // @Length is Hibernate Validator's: without it that attribute does not compile, so leave it out.
        assertThat(compilation).hadErrorContaining("org.hibernate.validator.constraints");
        Compilation plain = Compiler.javac().withProcessors(new EntityProcessor()).withClasspath(withoutProvider)
                .withOptions("-Amigrate.check=false", "-Amigrate.strict=true").compile(validated("Plain", """
                        @Entity
                        public class Plain {
                          @Id private Long id;
                          @NotNull @Size(max = 5) private String code;
                        }
                        """));
        assertThat(plain).succeededWithoutWarnings();
        assertTrue(Sources.describe(plain, "default").contains("  code character varying(255) null\n"));
    }

    @Test
    void anUnknownOptionValueIsReportedAndAutoTaken() {
        Compilation compilation = Sources.compileWith(List.of("-Amigrate.beanValidation=sometimes"), PERSON);
        assertThat(compilation).hadWarningContaining("-Amigrate.beanValidation=sometimes is not auto, true or false");
        assertTrue(Sources.describe(compilation, "default").contains("  title character varying(40) null\n"));
    }
}
