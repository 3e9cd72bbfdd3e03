package dev.optionsdeep.migrate.it.parity.singletable;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A concrete root with an INTEGER discriminator. */
@Entity
@DiscriminatorColumn(name = "channel", discriminatorType = DiscriminatorType.INTEGER)
@DiscriminatorValue("1")
public class Notification {
    @Id private Long id;
    private String subject;
}
