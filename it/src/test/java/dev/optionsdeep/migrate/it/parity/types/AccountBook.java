package dev.optionsdeep.migrate.it.parity.types;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.NaturalId;

/** A natural id made of a relationship and a basic attribute: the columns in attribute-name order. */
@Entity
public class AccountBook {
    @Id private Long id;
    @NaturalId @ManyToOne private Wallet owner;
    @NaturalId private Integer year;
    @NaturalId private String book;
}
