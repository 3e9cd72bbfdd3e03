package dev.optionsdeep.migrate.it.parity.discformula;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;

@Entity
public class DfCircle extends DfShape {

    @Basic(optional = false)
    Double radius;
}
