package dev.optionsdeep.migrate.it.baseline;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A table the current model no longer has; its id comes from a sequence, as Hibernate's default. */
@Entity
@Table(name = "watchlists")
public class Watchlist {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private LegacyCompany company;
}
