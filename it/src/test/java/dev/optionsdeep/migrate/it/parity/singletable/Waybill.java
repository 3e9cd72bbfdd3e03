package dev.optionsdeep.migrate.it.parity.singletable;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A CHAR discriminator whose definition gives a default: the column keeps it, not null, with the check. */
@Entity
@DiscriminatorColumn(discriminatorType = DiscriminatorType.CHAR, columnDefinition = "char(1) default 'B'")
@DiscriminatorValue("B")
public class Waybill {
    @Id private String trackingCode;
    private int weightGrams;
}
