package dev.optionsdeep.migrate.it.parity.sharedtable;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** A rule's columns, without its key: its two entities each declare theirs. */
@MappedSuperclass
public abstract class StRuleBase extends StStamped {

    @Column(name = "guid", unique = true, nullable = false, length = 512)
    protected String guid;

    @Version
    @Column(name = "version")
    protected Long version;

    @Column(name = "name")
    protected String name;

    @Column(name = "is_enabled", nullable = false)
    protected boolean enabled;
}
