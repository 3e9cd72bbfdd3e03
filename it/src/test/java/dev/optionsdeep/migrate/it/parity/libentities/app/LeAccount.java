package dev.optionsdeep.migrate.it.parity.libentities.app;

import dev.optionsdeep.migrate.it.parity.libentities.lib.LeAuditEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** The application's own entity, referencing the library's. */
@Entity
public class LeAccount {

    @Id
    private Long id;

    @Column(nullable = false, length = 80)
    private String name;

    @ManyToOne
    private LeAuditEntry lastChange;
}
