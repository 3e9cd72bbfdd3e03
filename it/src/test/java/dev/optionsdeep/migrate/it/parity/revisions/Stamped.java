package dev.optionsdeep.migrate.it.parity.revisions;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.LocalDateTime;

/** Technical stamps, audited only where an entity names this class in auditParents. */
@MappedSuperclass
public abstract class Stamped extends Versioned {

    @Column(name = "touched_at")
    private LocalDateTime touchedAt;
}
