package dev.optionsdeep.migrate.it.parity.snake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.Instant;

/** Column definitions with clauses, on camelCase attributes: the constraints' names follow the snake_case columns. */
@Entity
public class LegacyLine {
    @Id @Column(columnDefinition = "int8") private Long lineId;
    @Column(columnDefinition = "numeric(10,2) default 0 not null check (unit_price >= 0)") private BigDecimal unitPrice;
    @Column(columnDefinition = "varchar(32) unique") private String externalRef;
    @Column(columnDefinition = "timestamptz default current_timestamp") private Instant createdAt;
    @Column(columnDefinition = "bool default true not null") private boolean stillActive;
}
