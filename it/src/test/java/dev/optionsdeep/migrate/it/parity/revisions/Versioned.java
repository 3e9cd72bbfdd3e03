package dev.optionsdeep.migrate.it.parity.revisions;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;

/** The key and owner every registry record has, audited with the record. */
@MappedSuperclass
@Audited
public abstract class Versioned {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "owner", length = 40)
    private String owner;
}
