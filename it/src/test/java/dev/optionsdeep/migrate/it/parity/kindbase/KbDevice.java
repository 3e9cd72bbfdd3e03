package dev.optionsdeep.migrate.it.parity.kindbase;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;

/** A device of any kind; the kind, written by Hibernate as the discriminator, is read back as an attribute too. */
@Entity
@Table(name = "KB_DEVICE")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "KIND")
public class KbDevice {

    @Id
    @Column(name = "ID", columnDefinition = "char(22)")
    String id;

    @Column(name = "NAME", nullable = false, length = 300)
    String name;

    // Read-only, so Hibernate accepts it on the discriminator's column and keeps that column's varchar(31) not null.
    @Column(name = "KIND", nullable = false, insertable = false, updatable = false, columnDefinition = "char(60)")
    String kind;
}
