package dev.optionsdeep.migrate.it.parity.audited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;

@Entity
@Audited
public class Prescription extends Document {

    @Column(length = 100)
    private String drug;

    private Integer refills;
}
