package dev.optionsdeep.migrate.it.parity.relations;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;

import java.util.Set;

/** Keyed by its garage's key through @MapsId; its stops have a composite key, so the join table has three key columns. */
@Entity
public class Timetable {
    @Id private Integer id;
    @MapsId @OneToOne private Garage garage;
    @ManyToMany private Set<Stop> stops;
}
