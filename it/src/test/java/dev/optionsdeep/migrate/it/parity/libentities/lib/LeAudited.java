package dev.optionsdeep.migrate.it.parity.libentities.lib;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/** A shared jar's base class, mapped into every entity extending it. */
@MappedSuperclass
public abstract class LeAudited {

    @Column(nullable = false, length = 40)
    private String author;

    private Instant recordedAt;
}
