package dev.optionsdeep.migrate.it.parity.audited;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

import java.time.LocalDate;

/** Documents issued to patients, all kinds in one table. */
@Entity
@Audited
@DiscriminatorColumn(name = "kind", length = 20)
public abstract class Document {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private Patient patient;

    @Column(nullable = false)
    private LocalDate issuedOn;
}
