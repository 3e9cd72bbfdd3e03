package dev.optionsdeep.migrate.it.parity.cargo;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

@Entity
public class Berth implements Comparable<Berth> {
    @Id private Long id;
    @OneToOne(mappedBy = "dock") private Vessel docked;

    @Override
    public int compareTo(Berth other) {
        return id.compareTo(other.id);
    }
}
