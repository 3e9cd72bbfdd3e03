package com.acme.plain;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

@Entity
public class PurchaseOrder {
    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Customer customer;

    @Column(precision = 12, scale = 2)
    private BigDecimal total;

    @ElementCollection
    private Set<String> tags = new HashSet<>();

    @Version
    private int version;
}
