package dev.optionsdeep.migrate.it.parity.noverride;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** The mapped part of a place: its name. */
@MappedSuperclass
public abstract class NoCustomizable extends NoUnmapped {

    @Column(name = "name", nullable = false, length = 80)
    String name;
}
