package dev.optionsdeep.migrate.it.parity.derived;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;

/** Shares its patient's composite key, through @MapsId on the @OneToOne. */
@Entity
public class MedicalHistory {
    @EmbeddedId private EmployeeName id;
    @MapsId @OneToOne private Citizen patient;
    private String notes;
}
