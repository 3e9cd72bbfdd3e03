package dev.optionsdeep.migrate.it.parity.singletable;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import java.math.BigDecimal;

/** A legacy discriminator typed by its columnDefinition: Hibernate writes "varchar(12) not null" and keeps the check. */
@Entity
@DiscriminatorColumn(name = "card_kind", columnDefinition = "varchar(12)")
@DiscriminatorValue("PLAIN")
public class GiftCard {
    @Id @GeneratedValue private Long id;
    private BigDecimal balance;
}
