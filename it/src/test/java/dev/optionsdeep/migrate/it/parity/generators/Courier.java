package dev.optionsdeep.migrate.it.parity.generators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** Declares a generator at class level; DispatchDepot names it too, but Hibernate 7.4 does not see it there. */
@Entity
@SequenceGenerator(name = "logisticsIds", sequenceName = "logistics_ids", allocationSize = 5)
public class Courier {
    @Id @GeneratedValue(generator = "logisticsIds") private Long id;
}
