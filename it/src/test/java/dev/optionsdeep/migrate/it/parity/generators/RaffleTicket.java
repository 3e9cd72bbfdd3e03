package dev.optionsdeep.migrate.it.parity.generators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A package generator without sequenceName: the sequence takes the generator's name. */
@Entity
public class RaffleTicket {
    @Id @GeneratedValue(generator = "voucherNumbers") private Integer number;
}
