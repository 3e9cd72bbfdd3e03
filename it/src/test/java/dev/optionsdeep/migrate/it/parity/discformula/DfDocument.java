package dev.optionsdeep.migrate.it.parity.discformula;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.DiscriminatorOptions;

/** The application writes the discriminator's column itself: Hibernate does not insert it (insert = false). */
@Entity
@DiscriminatorColumn(name = "doc_type")
@DiscriminatorOptions(insert = false)
public abstract class DfDocument {

    @Id
    Long id;

    @Column(name = "doc_type")
    String docType;
}
