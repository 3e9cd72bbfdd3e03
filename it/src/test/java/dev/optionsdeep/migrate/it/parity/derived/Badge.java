package dev.optionsdeep.migrate.it.parity.derived;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/**
 * An @IdClass with @Column annotations of its own: Hibernate maps the id columns from it (first_name,
 * last_name), not from the @Column of these @Id attributes.
 */
@Entity
@IdClass(EmployeeName.class)
public class Badge {
    @Id @Column(length = 10) private String firstName;
    @Id @Column(name = "surname") private String lastName;
    private String label;
}
