package dev.optionsdeep.migrate.it.parity.joinorder;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;

/** A JOINED root keyed by the shelf key: its subclass names its key columns without their referenced columns. */
@Entity
@Table(name = "jo_stock")
@Inheritance(strategy = InheritanceType.JOINED)
public class JoStock {

    @EmbeddedId
    private JoShelfKey id;

    private Integer units;
}
