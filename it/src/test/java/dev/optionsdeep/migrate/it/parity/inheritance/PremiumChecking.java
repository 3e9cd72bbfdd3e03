package dev.optionsdeep.migrate.it.parity.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** Two levels down: the columns of Account and of CheckingAccount. */
@Entity
public class PremiumChecking extends CheckingAccount {
    @Column(length = 20) private String tier;
}
