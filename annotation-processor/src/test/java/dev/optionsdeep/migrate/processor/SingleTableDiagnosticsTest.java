package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;

/** What Migrate reports about SINGLE_TABLE hierarchies, each at the element to fix. */
class SingleTableDiagnosticsTest {

    private static final JavaFileObject SHAPE = Sources.entity("Shape", """
            @Entity
            @DiscriminatorColumn(discriminatorType = DiscriminatorType.CHAR)
            @DiscriminatorValue("S")
            public class Shape {
              @Id private Long id;
            }
            """);

    @Test
    void aCharDiscriminatorNeedsAValueOnEveryConcreteEntity() {
        JavaFileObject circle = Sources.entity("Circle", """
                @Entity
                public class Circle extends Shape {
                  private double r;
                }
                """);

        Compilation compilation = Sources.compileStrict(SHAPE, circle);

        assertThat(compilation).hadErrorContaining("[MIGRATE-112] @Entity Circle needs a @DiscriminatorValue of one"
                + " character: its discriminator is a CHAR column, and Hibernate refuses to start without one (\"must"
                + " explicitly specify its '@DiscriminatorValue'\"). Add @DiscriminatorValue(\"C\")").inFile(circle)
                .onLineContaining("@Entity");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void anIntegerDiscriminatorNeedsNumbers() {
        JavaFileObject vehicle = Sources.entity("Vehicle", """
                @Entity
                @DiscriminatorColumn(discriminatorType = DiscriminatorType.INTEGER)
                public class Vehicle {
                  @Id private Long id;
                }
                """);
        JavaFileObject car = Sources.entity("Car", """
                @Entity
                @DiscriminatorValue("car")
                public class Car extends Vehicle {
                }
                """);

        assertThat(Sources.compileStrict(vehicle, car)).hadErrorContaining("[MIGRATE-112] @DiscriminatorValue(\"car\") on Car"
                + " is not a number, but the discriminator is an INTEGER column. Write a whole number").inFile(car)
                .onLineContaining("@DiscriminatorValue");
    }

    @Test
    void nullDiscriminatorValuesAreNotSupported() {
        JavaFileObject animal = Sources.entity("Animal", """
                @Entity
                @DiscriminatorValue("null")
                public class Animal {
                  @Id private Long id;
                }
                """);
        JavaFileObject dog = Sources.entity("Dog", """
                @Entity
                public class Dog extends Animal {
                }
                """);

        assertThat(Sources.compileStrict(animal, dog)).hadErrorContaining("[MIGRATE-119] @DiscriminatorValue(\"null\") on"
                + " Animal is not supported yet by Migrate: Hibernate then drops the check on the discriminator's"
                + " values. Give the entity a value of its own").inFile(animal).onLineContaining("@DiscriminatorValue");
    }

    @Test
    void aTableOnASubclassHasNoTableToApplyTo() {
        JavaFileObject circle = Sources.entity("Circle", """
                @Entity
                @DiscriminatorValue("C")
                @Table(name = "circles")
                public class Circle extends Shape {
                }
                """);

        assertThat(Sources.compileStrict(SHAPE, circle)).hadErrorContaining("[MIGRATE-105] @Table on Circle has no table to"
                + " apply to: with SINGLE_TABLE inheritance its rows live in the table of Shape. Move it to Shape")
                .inFile(circle).onLineContaining("@Table");
    }

    @Test
    void anAttributeOnTheDiscriminatorColumnIsReported() {
        JavaFileObject circle = Sources.entity("Circle", """
                @Entity
                @DiscriminatorValue("C")
                public class Circle extends Shape {
                  private String dtype;
                }
                """);

        assertThat(Sources.compileStrict(SHAPE, circle)).hadErrorContaining("[MIGRATE-109] Circle.dtype maps to column dtype,"
                + " which is the discriminator column of the table of Shape, and writes it: Hibernate refuses that. Make the"
                + " attribute read-only (@Column(insertable = false, updatable = false)), or give the discriminator another"
                + " name with @DiscriminatorColumn(name = \"...\") on Shape").inFile(circle).onLineContaining("private String dtype");
    }

    /** Read-only, the attribute reads the discriminator's column: Hibernate keeps that column's type and not null. */
    @Test
    void aReadOnlyAttributeOnTheDiscriminatorColumnIsTheDiscriminatorsColumn() {
        JavaFileObject tool = Sources.entity("Tool", """
                @Entity
                @DiscriminatorColumn(name = "kind")
                public class Tool {
                  @Id private Long id;
                  @Column(name = "kind", insertable = false, updatable = false, columnDefinition = "char(100)")
                  private String kind;
                }
                """);
        JavaFileObject saw = Sources.entity("Saw", """
                @Entity
                public class Saw extends Tool {
                }
                """);

        Compilation compilation = Sources.compileStrict(tool, saw);

        assertThat(compilation).succeededWithoutWarnings();
        org.junit.jupiter.api.Assertions.assertEquals("""
                table tool
                  id bigint not null
                  kind character varying(31) not null
                  primary key tool_pkey [id]
                  check tool_kind_check kind in ('Tool','Saw')
                """, Sources.describe(compilation, "default"));
    }

    /** An entity for every value no other entity has: Hibernate then checks no values on the discriminator. */
    @Test
    void aNotNullDiscriminatorValueLeavesTheColumnUnchecked() {
        JavaFileObject tool = Sources.entity("Tool", """
                @Entity
                public class Tool {
                  @Id private Long id;
                }
                """);
        JavaFileObject other = Sources.entity("OtherTool", """
                @Entity
                @DiscriminatorValue("not null")
                public class OtherTool extends Tool {
                }
                """);

        Compilation compilation = Sources.compileStrict(tool, other);

        assertThat(compilation).succeededWithoutWarnings();
        org.junit.jupiter.api.Assertions.assertEquals("""
                table tool
                  id bigint not null
                  dtype character varying(31) not null
                  primary key tool_pkey [id]
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void aMySqlDefinitionOfTheDiscriminatorIsRefusedWithPostgreSqlsSpelling() {
        JavaFileObject animal = Sources.entity("Animal", """
                @Entity
                @DiscriminatorColumn(columnDefinition = "tinyint")
                public class Animal {
                  @Id private Long id;
                }
                """);
        JavaFileObject dog = Sources.entity("Dog", """
                @Entity
                public class Dog extends Animal {
                }
                """);

        assertThat(Sources.compileStrict(animal, dog)).hadErrorContaining("@DiscriminatorColumn(columnDefinition"
                + " = \"tinyint\") on Animal is not PostgreSQL").inFile(animal).onLineContaining("columnDefinition");
    }

    @Test
    void optionsOnTheDiscriminatorAreNotSupported() {
        JavaFileObject animal = Sources.entity("Animal", """
                @Entity
                @DiscriminatorColumn(options = "collate \\"C\\"")
                public class Animal {
                  @Id private Long id;
                }
                """);
        JavaFileObject dog = Sources.entity("Dog", """
                @Entity
                public class Dog extends Animal {
                }
                """);

        assertThat(Sources.compileStrict(animal, dog)).hadErrorContaining("[MIGRATE-110] @DiscriminatorColumn(options"
                + " = \"collate \"C\"\") on Animal is not supported yet by Migrate").inFile(animal)
                .onLineContaining("options");
    }
}
