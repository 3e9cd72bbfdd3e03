package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where two mappings meet: each table keeps the checks of its own columns; relationships cross schemas. */
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
    void relationshipsOfAndToEntitiesInNamedSchemasReferenceTheirQualifiedTables() {
        // Checked against Hibernate 7.4's export: join, collection and secondary tables stay in the default
        // schema unless their own annotation names one; constraint names start with the table's own name.
        Compilation compilation = Sources.compile(Sources.entity("Order", """
                @Entity
                @Table(name = "orders", schema = "sales")
                @SecondaryTable(name = "order_extra")
                public class Order {
                  @Id private Long id;
                  @ManyToOne private Customer customer;
                  @ManyToOne private Plain plain;
                  @ManyToMany private Set<Plain> plains;
                  @ManyToMany @JoinTable(name = "ord_tags", schema = "other") private Set<Customer> tagged;
                  @ElementCollection private Set<String> tags;
                  @OneToMany @JoinColumn(name = "ord_id") @OrderColumn private List<Plain> lines;
                  @Column(table = "order_extra") private String extra;
                  @OneToOne @JoinColumn(table = "order_extra") private Customer extraCustomer;
                }
                """), Sources.entity("Customer", """
                @Entity
                @Table(schema = "crm")
                public class Customer {
                  @Id private Long id;
                  @ElementCollection @CollectionTable(schema = "crm2") private Set<String> notes;
                }
                """), Sources.entity("Plain", """
                @Entity
                public class Plain {
                  @Id private Long id;
                  @ManyToOne private Order ord;
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table crm.customer
                  id bigint not null
                  primary key customer_pkey [id]
                table crm2.customer_notes
                  customer_id bigint not null
                  notes character varying(255) null
                  unique customer_notes_customer_id_notes_key [customer_id, notes]
                  foreign key customer_notes_customer_id_fkey (customer_id) references crm.customer(id)
                table order_extra
                  id bigint not null
                  extra character varying(255) null
                  extracustomer_id bigint null
                  primary key order_extra_pkey [id]
                  unique order_extra_extracustomer_id_key [extracustomer_id]
                  foreign key order_extra_extracustomer_id_fkey (extracustomer_id) references crm.customer(id)
                  foreign key order_extra_id_fkey (id) references sales.orders(id)
                table order_tags
                  order_id bigint not null
                  tags character varying(255) null
                  unique order_tags_order_id_tags_key [order_id, tags]
                  foreign key order_tags_order_id_fkey (order_id) references sales.orders(id)
                table orders_plain
                  order_id bigint not null
                  plains_id bigint not null
                  primary key orders_plain_pkey [order_id, plains_id]
                  foreign key orders_plain_order_id_fkey (order_id) references sales.orders(id)
                  foreign key orders_plain_plains_id_fkey (plains_id) references plain(id)
                table other.ord_tags
                  order_id bigint not null
                  tagged_id bigint not null
                  primary key ord_tags_pkey [order_id, tagged_id]
                  foreign key ord_tags_order_id_fkey (order_id) references sales.orders(id)
                  foreign key ord_tags_tagged_id_fkey (tagged_id) references crm.customer(id)
                table plain
                  id bigint not null
                  ord_id bigint null
                  lines_order integer null
                  primary key plain_pkey [id]
                  foreign key plain_ord_id_fkey (ord_id) references sales.orders(id)
                  check plain_lines_order_check lines_order >= 0
                table sales.orders
                  id bigint not null
                  customer_id bigint null
                  plain_id bigint null
                  primary key orders_pkey [id]
                  foreign key orders_customer_id_fkey (customer_id) references crm.customer(id)
                  foreign key orders_plain_id_fkey (plain_id) references plain(id)
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void uniqueConstraintsAndIndexesOfASecondaryTable() {
        // Hibernate 7.4: unique (code) and an index on note, in the secondary table.
        Compilation compilation = Sources.compile(Sources.entity("Sa", """
                @Entity
                @SecondaryTable(name = "sa_extra", uniqueConstraints = @UniqueConstraint(columnNames = "code"),
                    indexes = @Index(columnList = "note"))
                public class Sa {
                  @Id private Long id;
                  @Column(table = "sa_extra") private String code;
                  @Column(table = "sa_extra") private String note;
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        String model = Sources.describe(compilation, "default");
        assertTrue(model.contains("table sa_extra\n  id bigint not null\n  code character varying(255) null\n"
                + "  note character varying(255) null\n  primary key sa_extra_pkey [id]\n  unique sa_extra_code_key [code]\n"
                + "  index sa_extra_note_idx [note]\n"), model);
    }
}
