package dev.optionsdeep.migrate.it.parity.types;

import jakarta.persistence.Embeddable;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.NaturalId;

import java.time.Instant;

/** An embedded audit stamp: its timestamp column is not null and its natural id is the entity's. */
@Embeddable
public class Stamp {
    @CreationTimestamp private Instant stampedAt;
    @NaturalId private String reference;
    private String stampedBy;
}
