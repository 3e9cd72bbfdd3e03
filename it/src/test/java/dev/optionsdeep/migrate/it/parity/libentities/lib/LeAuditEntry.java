package dev.optionsdeep.migrate.it.parity.libentities.lib;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;

/** A shared "audit" jar's entity, as an organisation's applications list it with {@code @EntityScan}. */
@Entity
public class LeAuditEntry extends LeAudited {

    @Id
    @GeneratedValue
    private Long id;

    private LeOrigin origin;

    @Lob
    private byte[] payload;
}
