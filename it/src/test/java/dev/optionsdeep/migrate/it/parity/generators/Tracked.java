package dev.optionsdeep.migrate.it.parity.generators;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/** A mapped superclass declaring the generator its subclasses' inherited id uses. */
@MappedSuperclass
@SequenceGenerator(name = "trackedIds", sequenceName = "tracked_ids", allocationSize = 1)
public abstract class Tracked {
    @Id @GeneratedValue(generator = "trackedIds") private Long id;
}
