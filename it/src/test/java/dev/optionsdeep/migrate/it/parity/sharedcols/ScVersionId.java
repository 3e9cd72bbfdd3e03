package dev.optionsdeep.migrate.it.parity.sharedcols;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/** A version's key: its own number and the zone. */
@Embeddable
public class ScVersionId implements Serializable {
    @Column(name = "VERSION_PID")
    private Long pid;

    @Column(name = "ZONE_ID")
    private Integer zone;
}
