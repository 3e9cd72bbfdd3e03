package dev.optionsdeep.migrate.it.parity.singletable;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;

import java.util.List;
import java.util.Set;

@Entity
public class Person extends Party {
    @ManyToOne(optional = false) private Country country;
    private int age;
    @ManyToOne @JoinColumn(nullable = false) private Country birthCountry;
    @OneToOne(optional = false) @JoinColumn(name = "passport_country_id") private Country passportCountry;
    @ManyToMany private Set<Country> visited;
    @ElementCollection private Set<String> nicknames;
    @OneToMany @JoinColumn(name = "holder_id") @OrderColumn(name = "holder_pos") private List<Contract> contracts;
    @ManyToOne private Person guardian;
}
