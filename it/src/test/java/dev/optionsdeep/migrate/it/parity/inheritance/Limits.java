package dev.optionsdeep.migrate.it.parity.inheritance;

import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

@Embeddable
public class Limits {
    private Integer dailyWithdrawals;
    private BigDecimal dailyAmount;
}
