package dev.optionsdeep.migrate.it.parity.audited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;

@Entity
@Audited
public class Doctor extends Staff {

    @Column(nullable = false, length = 40)
    private String specialty;

    @Column(unique = true, length = 20)
    private String licenceNumber;
}
