package dev.optionsdeep.migrate.it.parity.optionsdeep;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "strategies")
public class Strategy {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(nullable = false, length = 100, unique = true) private String name;
    @Column(length = 1000) private String description;
    @Column(name = "max_position", precision = 18, scale = 2) private BigDecimal maxPosition;
    @Column(name = "created_at", nullable = false) private Instant createdAt;
}
