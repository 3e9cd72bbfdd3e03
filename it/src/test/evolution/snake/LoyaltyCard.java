package dev.optionsdeep.migrate.it.parity.snake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

/** Added by the evolution step: a new table with a foreign key to an existing one. */
@Entity
public class LoyaltyCard extends BaseEntity {
    @Column(nullable = false, length = 20) private String cardNumber;
    @ManyToOne(optional = false) private CustomerAccount holder;
}
