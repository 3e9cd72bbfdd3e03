package dev.optionsdeep.migrate.it.parity.noverride;

import java.util.LinkedHashSet;
import java.util.Set;

/** A plain class, no {@code @MappedSuperclass}: Hibernate maps none of its fields. */
public abstract class NoUnmapped {

    Set<String> attributes = new LinkedHashSet<>();

    public Set<String> getAttributes() {
        return attributes;
    }
}
