package dev.optionsdeep.migrate.it.parity.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.math.BigDecimal;

@Entity
@Table(name = "savings_accounts", indexes = @Index(columnList = "rate, owner"))
public class SavingsAccount extends Account {
    @Column(precision = 5, scale = 3) private BigDecimal rate;
}
