package dev.optionsdeep.migrate.it.parity.discformula;

import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.DiscriminatorFormula;

/** Integer values computed from the columns; the circle's is the hash code of its entity name. */
@Entity
@DiscriminatorFormula(value = "case when radius is not null then 2 when side is not null then 1 else 0 end",
        discriminatorType = DiscriminatorType.INTEGER)
@DiscriminatorValue("0")
public class DfShape {

    @Id
    Long id;

    String label;
}
