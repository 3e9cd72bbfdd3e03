package dev.optionsdeep.migrate.it.parity.derived;

import java.io.Serializable;

/** A plain id class (not an @Embeddable: Hibernate would then take the columns from its mapping). */
public class EmployeeKey implements Serializable {
    String firstName;
    String lastName;
}
