package dev.optionsdeep.migrate.it.parity.everything;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** Columns described by columnDefinition, as Hibernate writes it into its DDL. */
@Entity
@Table(name = "notes")
public class Note {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(columnDefinition = "int8") private Long id;
    @Lob @Column(columnDefinition = "text") private String body;
    @Column(columnDefinition = "varchar(10)", unique = true, nullable = false) private String code;
    @Column(columnDefinition = "VARCHAR(12) NOT NULL") private String title;
    @Column(columnDefinition = "TIMESTAMP WITH TIME ZONE") private Instant at;
    @Column(columnDefinition = "numeric(10)") private BigDecimal amount;
    @Column(columnDefinition = "int4") private Integer count;
}
