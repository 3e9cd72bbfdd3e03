package dev.optionsdeep.migrate.it.parity.tojoin;

import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/** A shelf's key: its aisle and its place in it. */
@Embeddable
public class TjShelfKey implements Serializable {

    String aisle;
    int place;

    @Override
    public boolean equals(Object o) {
        return o instanceof TjShelfKey k && Objects.equals(aisle, k.aisle) && place == k.place;
    }

    @Override
    public int hashCode() {
        return Objects.hash(aisle, place);
    }
}
