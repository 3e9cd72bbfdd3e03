package com.acme.plain;

import jakarta.persistence.*;

import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "customers")
public class Customer {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(nullable = false, length = 80)
    private String name;

    private boolean active = true;

    @Enumerated(EnumType.STRING)
    private Tier tier;

    @Embedded
    private Address address;

    @OneToMany(mappedBy = "customer")
    private List<PurchaseOrder> orders = new ArrayList<>();

    public enum Tier { BRONZE, SILVER, GOLD }
}
