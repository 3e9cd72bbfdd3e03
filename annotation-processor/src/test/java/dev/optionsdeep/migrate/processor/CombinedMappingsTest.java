package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where two mappings meet: each table keeps the checks of its own columns; what is not mapped yet is reported. */
class CombinedMappingsTest {

    private static final JavaFileObject STATUS = Sources.source("com.example.Status", """
            package com.example;
            public enum Status { OPEN, CLOSED }
            """);

    @Test
    void theChecksOfColumnsInASecondaryTableOrACollectionTableGoWithThem() {
        Compilation compilation = Sources.compileStrict(STATUS, Sources.entity("Ticket", """
                @Entity
                @Table(name = "tickets")
                @SecondaryTable(name = "ticket_details")
                @org.hibernate.annotations.Check(constraints = "id > 0")
                public class Ticket {
                  @Id private Long id;
                  @Enumerated(EnumType.STRING) @Column(table = "ticket_details", length = 10) private Status status;
                  @ElementCollection @CollectionTable(name = "ticket_history") @Column(name = "status")
                  private Set<Status> history;
                }
                """), Sources.source("org.hibernate.annotations.Check", """
                package org.hibernate.annotations;
                public @interface Check { String constraints(); }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        String model = Sources.describe(compilation, "default");
        for (String line : new String[] {
                "table ticket_details", "check ticket_details_status_check status in ('OPEN','CLOSED')",
                "table ticket_history", "check ticket_history_status_check status between 0 and 1",
                "check tickets_check id > 0"}) {
            assertTrue(model.contains("  " + line + "\n") || model.contains(line + "\n"), line + " in\n" + model);
        }
        // The entity's own check stays on its own table.
        assertTrue(model.indexOf("id > 0") == model.lastIndexOf("id > 0"), model);
    }

    @Test
    void relationshipsOfAnEntityInANamedSchemaAreReported() {
        JavaFileObject customer = Sources.entity("Customer", """
                @Entity
                @Table(schema = "sales")
                public class Customer {
                  @Id private Long id;
                }
                """);
        JavaFileObject order = Sources.entity("Order", """
                @Entity
                @Table(name = "orders")
                public class Order {
                  @Id private Long id;
                  @ManyToOne private Customer customer;
                }
                """);

        assertThat(Sources.compileStrict(customer, order)).hadErrorContaining("[MIGRATE-123] Order.customer references"
                + " @Entity Customer, which is in a named schema (@Table(schema)): Migrate does not map relationships"
                + " to such an entity yet").inFile(order).onLineContaining("@ManyToOne");
    }

    @Test
    void relationshipsFromAnEntityInANamedSchemaAreReported() {
        JavaFileObject customer = Sources.entity("Customer", """
                @Entity
                public class Customer {
                  @Id private Long id;
                }
                """);
        JavaFileObject order = Sources.entity("Order", """
                @Entity
                @Table(name = "orders", schema = "sales")
                public class Order {
                  @Id private Long id;
                  @ManyToOne private Customer customer;
                }
                """);

        assertThat(Sources.compileStrict(customer, order)).hadErrorContaining("[MIGRATE-123] Order.customer is @ManyToOne of"
                + " an entity in a named schema (@Table(schema)), which Migrate does not map yet")
                .inFile(order).onLineContaining("@ManyToOne");
    }

    @Test
    void aSecondaryTableOfAnEntityInANamedSchemaIsReported() {
        JavaFileObject order = Sources.entity("Order", """
                @Entity
                @Table(name = "orders", schema = "sales")
                @SecondaryTable(name = "order_notes")
                public class Order {
                  @Id private Long id;
                  @Column(table = "order_notes") private String note;
                }
                """);

        assertThat(Sources.compileStrict(order)).hadErrorContaining("[MIGRATE-105] @SecondaryTable on @Entity Order, which is"
                + " in a named schema (@Table(schema)), is not supported yet by Migrate").inFile(order)
                .onLineContaining("@SecondaryTable");
    }
}
