package dev.optionsdeep.migrate.it.parity.shadowed;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** The base every stored rule has: its id, an optimistic lock and a short label. */
@MappedSuperclass
public abstract class ShdVersioned {

    @Id
    protected Long id;

    @Version
    @Column(name = "revision")
    protected Long revision;

    @Column(name = "label", length = 40)
    protected String label;
}
