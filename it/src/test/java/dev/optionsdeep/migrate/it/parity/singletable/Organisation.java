package dev.optionsdeep.migrate.it.parity.singletable;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;

import java.util.List;

/** Shares Person's country column and its foreign key (same name, same target). */
@Entity
public class Organisation extends Party {
    @ManyToOne(optional = false) private Country country;
    @OneToMany(mappedBy = "signatory") private List<Contract> signed;
    @Embedded private Sponsorship sponsorship;
}
