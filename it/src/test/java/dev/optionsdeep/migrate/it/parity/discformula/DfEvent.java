package dev.optionsdeep.migrate.it.parity.discformula;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.DiscriminatorOptions;

/** Its discriminator's values are not checked (force), those of its subclasses' required columns are. */
@Entity
@DiscriminatorOptions(force = true)
public abstract class DfEvent {

    @Id
    Long id;
}
