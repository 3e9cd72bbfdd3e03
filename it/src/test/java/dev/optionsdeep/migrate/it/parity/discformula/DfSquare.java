package dev.optionsdeep.migrate.it.parity.discformula;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("1")
public class DfSquare extends DfShape {

    double side;
}
