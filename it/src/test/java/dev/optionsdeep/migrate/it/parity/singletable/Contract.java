package dev.optionsdeep.migrate.it.parity.singletable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;

import java.util.Set;

/** Relationships to SINGLE_TABLE subclasses reference the root's table. */
@Entity
public class Contract {
    @Id private Long id;
    @ManyToOne private Organisation signatory;
    @ManyToMany private Set<Person> witnesses;
}
