package dev.optionsdeep.migrate.it.parity.singletable;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("2")
public class PremiumServiceLevel extends ServiceLevel {
    private int responseHours;
}
