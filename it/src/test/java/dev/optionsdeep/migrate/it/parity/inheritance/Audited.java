package dev.optionsdeep.migrate.it.parity.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

@MappedSuperclass
public abstract class Audited {
    private Instant createdAt;
    @Column(length = 40) private String createdBy;
}
