package dev.optionsdeep.migrate.it.parity.generators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Names the generator declared on Courier: Hibernate 7.4 does not look there, and makes a sequence logisticsids, start 1, increment 50. */
@Entity
public class DispatchDepot {
    @Id @GeneratedValue(generator = "logisticsIds") private Long id;
    private String city;
}
