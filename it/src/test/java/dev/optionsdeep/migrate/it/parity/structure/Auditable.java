package dev.optionsdeep.migrate.it.parity.structure;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/** The top of a mapped superclass chain, with the id. */
@MappedSuperclass
public abstract class Auditable {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(nullable = false, length = 40) private String createdBy;
    private Instant createdAt;
    private int revision;
}
