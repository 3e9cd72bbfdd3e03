package dev.optionsdeep.migrate.it.parity.coldef;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Full column definitions: a type, then a default, nullability, uniqueness and a check, in any order. */
@Entity
@Table(name = "legacy_orders")
public class LegacyOrder {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(columnDefinition = "int8") private Long id;
    @Column(columnDefinition = "boolean default false") private Boolean active;
    @Column(columnDefinition = "varchar(255) not null default 'NEW'") private String status;
    @Column(columnDefinition = "TEXT") private String notes;
    @Column(columnDefinition = "int default 0 not null") private int quantity;
    @Column(columnDefinition = "numeric(19,2) DEFAULT 0.00") private BigDecimal total;
    @Column(columnDefinition = "timestamp default current_timestamp") private LocalDateTime created;
    @Column(columnDefinition = "bigint unique") private Long external;
    @Column(columnDefinition = "integer check (qty >= 0)") private Integer qty;
    @Column(columnDefinition = "uuid default gen_random_uuid()") private UUID token;
    @Column(columnDefinition = "jsonb") private String payload;
    @Column(columnDefinition = "varchar(20) NULL") private String code;
    @Column(columnDefinition = "bool") private Boolean flag;
    @Column(columnDefinition = "float8") private Double ratio;
    @Column(columnDefinition = "timestamptz default now()") private OffsetDateTime updated;
    @Column(columnDefinition = "character varying(64)", nullable = false) private String name;
    @Column(columnDefinition = "double precision") private Double weight;
    @Column(columnDefinition = "bytea") private byte[] data;
    @Column(columnDefinition = "int2 default -1") private Short level;
    @Column(columnDefinition = "SMALLINT NOT NULL DEFAULT 1 CHECK (priority > 0)") private short priority;
    @Column(columnDefinition = "varchar(8) default 'it''s' unique not null") private String label;
    @Column(columnDefinition = "int4 default 7", nullable = false) private Integer stock;
}
