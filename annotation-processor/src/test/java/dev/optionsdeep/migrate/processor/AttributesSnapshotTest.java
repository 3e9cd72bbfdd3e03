package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.snapshot.SnapshotCodec;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;
import java.util.List;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Defaults, comments and schemas, each as Hibernate ORM 7.4 exports it (checked with its schema export on
 * PostgreSQL): {@code @ColumnDefault("'new'")} gives {@code default 'new'}, which PostgreSQL prints back as
 * {@code 'new'::character varying}; {@code @Table(comment)}, {@code @Column(comment)} and {@code @Comment}
 * give {@code comment on …}; {@code @Table(schema = "sales")} gives {@code sales.orders}.
 */
class AttributesSnapshotTest {

    /** Hibernate is not on the processor's test classpath: the annotations, as Hibernate declares them. */
    static final JavaFileObject COLUMN_DEFAULT = Sources.source("org.hibernate.annotations.ColumnDefault", """
            package org.hibernate.annotations;
            @java.lang.annotation.Target({java.lang.annotation.ElementType.FIELD, java.lang.annotation.ElementType.METHOD})
            @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
            public @interface ColumnDefault { String value(); }
            """);
    static final JavaFileObject COMMENT = Sources.source("org.hibernate.annotations.Comment", """
            package org.hibernate.annotations;
            @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
            public @interface Comment { String value(); String on() default ""; }
            """);

    @Test
    void defaultsCommentsAndSchemaGoIntoTheSnapshotAsPostgreSqlPrintsThem() {
        JavaFileObject order = Sources.entity("Order", """
                import org.hibernate.annotations.ColumnDefault;
                import org.hibernate.annotations.Comment;

                @Entity
                @Table(name = "orders", schema = "sales", comment = "orders placed")
                public class Order {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Column(length = 20, comment = "where it is") @ColumnDefault("'new'") String status;
                    @ColumnDefault("-1") int score;
                    @ColumnDefault("true") Boolean active;
                    @Comment("free text") String note;
                    @Column(comment = "") String plain;
                }
                """);
        JavaFileObject customer = Sources.entity("Customer", """
                @Entity
                @org.hibernate.annotations.Comment("who buys")
                public class Customer {
                    @Id Long id;
                }
                """);
        Compilation compilation = Sources.compileStrict(COLUMN_DEFAULT, COMMENT, order, customer);
        assertThat(compilation).succeededWithoutWarnings();
        Schema schema = SnapshotCodec.read(Sources.snapshot(compilation, "default"), "default").schema();

        Table orders = schema.table("sales.orders").orElseThrow();
        assertEquals("orders placed", orders.comment());
        assertEquals("orders_pkey", orders.primaryKey().name());
        assertEquals(List.of(
                        "id bigint identity not null",
                        "status character varying(20) null default 'new'::character varying",
                        "score integer not null default '-1'::integer",
                        "active boolean null default true",
                        "note character varying(255) null",
                        "plain character varying(255) null"),
                orders.columns().stream().map(c -> c.describe()).toList());
        assertEquals("where it is", orders.column("status").orElseThrow().comment());
        assertEquals("free text", orders.column("note").orElseThrow().comment());
        assertNull(orders.column("plain").orElseThrow().comment());
        assertEquals("who buys", schema.table("customer").orElseThrow().comment());
        assertEquals("  \"format\": 3,", Sources.snapshot(compilation, "default").lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void aDefaultMigrateCannotSpellAsPostgreSqlDoesIsKeptAndReported() {
        JavaFileObject src = Sources.entity("Reading", """
                import org.hibernate.annotations.ColumnDefault;

                @Entity
                public class Reading {
                    @Id Long id;
                    @ColumnDefault("1 + 2") Integer total;
                }
                """);
        Compilation compilation = Sources.compileStrict(COLUMN_DEFAULT, src);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[MIGRATE-203] @ColumnDefault(\"1 + 2\") on Reading.total is kept"
                + " as written: Migrate knows how PostgreSQL prints literals of known types back, not this expression")
                .inFile(src).onLineContaining("@ColumnDefault(\"1 + 2\")");
        Table reading = SnapshotCodec.read(Sources.snapshot(compilation, "default"), "default").schema()
                .table("reading").orElseThrow();
        assertEquals("1 + 2", reading.column("total").orElseThrow().defaultValue());
    }

    @Test
    void aDefaultOnAnIdentityColumnIsAnError() {
        JavaFileObject src = Sources.entity("Ticket", """
                import org.hibernate.annotations.ColumnDefault;

                @Entity
                public class Ticket {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @ColumnDefault("0") Long id;
                }
                """);
        assertThat(Sources.compileStrict(COLUMN_DEFAULT, src)).hadErrorContaining("[MIGRATE-112] @ColumnDefault on Ticket.id"
                + " cannot be used on an identity column: PostgreSQL refuses a default on it")
                .inFile(src).onLineContaining("@ColumnDefault(\"0\")");
    }

    /** MySQL's 0 and 1 on a boolean: PostgreSQL 15 refuses "boolean default 1" (checked with psql), so Hibernate's DDL fails. */
    @Test
    void anIntegerDefaultOnABooleanIsNotPostgresql() {
        JavaFileObject src = Sources.entity("Comment", """
                import org.hibernate.annotations.ColumnDefault;

                @Entity
                public class Comment {
                    @Id Long id;
                    @ColumnDefault("1") Boolean allowReplies;
                }
                """);
        assertThat(Sources.compileStrict(COLUMN_DEFAULT, src)).hadErrorContaining("[MIGRATE-126] @ColumnDefault(\"1\") on"
                + " Comment.allowReplies is not PostgreSQL (a boolean column takes no integer default in PostgreSQL):"
                + " Hibernate's own DDL fails on PostgreSQL with it. Use @ColumnDefault(\"true\")")
                .inFile(src).onLineContaining("@ColumnDefault(\"1\")");
    }

    @Test
    void aBlankDefaultIsAnError() {
        JavaFileObject src = Sources.entity("Note", """
                import org.hibernate.annotations.ColumnDefault;

                @Entity
                public class Note {
                    @Id Long id;
                    @ColumnDefault(" ") String text;
                }
                """);
        assertThat(Sources.compileStrict(COLUMN_DEFAULT, src)).hadErrorContaining("[MIGRATE-112] @ColumnDefault on Note.text"
                + " is blank").inFile(src).onLineContaining("@ColumnDefault(\" \")");
    }

    @Test
    void aSchemaNameWithADotIsAnError() {
        JavaFileObject src = Sources.entity("Invoice", """
                @Entity
                @Table(schema = "a.b")
                public class Invoice {
                    @Id Long id;
                }
                """);
        assertThat(Sources.compileStrict(src)).hadErrorContaining("[MIGRATE-111] The schema name \"a.b\" of @Entity Invoice"
                + " cannot be used").inFile(src).onLineContaining("@Table(schema = \"a.b\")");
    }

    @Test
    void snakeCaseNamingConvertsTheSchemaLikeTheTable() {
        JavaFileObject src = Sources.entity("SalesOrder", """
                @Entity
                @Table(schema = "salesDept")
                public class SalesOrder {
                    @Id Long id;
                }
                """);
        Compilation compilation = Sources.compileWith(List.of("-Amigrate.naming=snake_case"), src);
        assertThat(compilation).succeeded();
        assertEquals(List.of("sales_dept.sales_order"), SnapshotCodec.read(Sources.snapshot(compilation, "default"),
                "default").schema().tables().stream().map(Table::name).toList());
    }
}
