package dev.optionsdeep.migrate.it.parity.audited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

import java.time.LocalDate;

/** A new audited entity: its table and its audit table arrive together. */
@Entity
@Audited
public class Vaccination {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private Patient patient;

    @Column(nullable = false, length = 40)
    private String vaccine;

    private LocalDate givenOn;
}
