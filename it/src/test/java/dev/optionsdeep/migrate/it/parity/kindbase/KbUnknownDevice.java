package dev.optionsdeep.migrate.it.parity.kindbase;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** Whatever kind no other entity claims: with it, Hibernate checks no values of the discriminator. */
@Entity
@DiscriminatorValue("not null")
public class KbUnknownDevice extends KbDevice {
}
