package dev.optionsdeep.migrate.it.parity.singletable;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An INTEGER discriminator stored in a smallint, as its definition says. */
@Entity
@DiscriminatorColumn(name = "tier", discriminatorType = DiscriminatorType.INTEGER, columnDefinition = "smallint")
@DiscriminatorValue("1")
public class ServiceLevel {
    @Id private Long id;
    private String label;
}
