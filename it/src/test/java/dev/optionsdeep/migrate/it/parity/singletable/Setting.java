package dev.optionsdeep.migrate.it.parity.singletable;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A root alone with a discriminator column: the column and its check are there all the same. */
@Entity
@DiscriminatorColumn(discriminatorType = DiscriminatorType.CHAR)
@DiscriminatorValue("S")
public class Setting {
    @Id private String name;
    private String value;
}
