package dev.optionsdeep.migrate.it.parity.joinorder;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/** Declared bay, zone, aisle; by name aisle, bay, zone; by size zone (4), bay (8), aisle (20). */
@Embeddable
public class JoShelfKey implements Serializable {

    @Column(name = "bay_no")
    private Long bay;

    @Column(name = "zone_no")
    private Integer zone;

    @Column(name = "aisle_code", length = 20)
    private String aisle;

    @Override
    public boolean equals(Object o) {
        return o instanceof JoShelfKey k && Objects.equals(bay, k.bay) && Objects.equals(zone, k.zone)
                && Objects.equals(aisle, k.aisle);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bay, zone, aisle);
    }
}
