package dev.optionsdeep.migrate.it.parity.jakartaee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

/** Reference data, keyed by its ISO code. */
@Entity
@NamedQuery(name = "Country.findAll", query = "select c from Country c order by c.name")
public class Country {

    @Id
    @Column(length = 2)
    private String code;

    @Column(nullable = false, length = 80)
    private String name;
}
