package dev.optionsdeep.migrate.it.parity.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A customer's address; the customer's default address points back here, so the foreign keys form a cycle. */
@Entity
public class Address {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @ManyToOne(optional = false) @JoinColumn(name = "customer_id") private Customer customer;
    @Column(nullable = false, length = 200) private String street;
    @Column(length = 12) private String postcode;
    @Column(length = 2, nullable = false) private String country;
}
