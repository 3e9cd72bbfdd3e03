package com.acme.shop;

import jakarta.persistence.*;
import lombok.*;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

@Entity
@Data
@NoArgsConstructor
@AllArgsConstructor
@Builder
@EqualsAndHashCode(exclude = "customer")
@ToString(exclude = "customer")
public class PurchaseOrder {
    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Customer customer;

    @Column(precision = 12, scale = 2)
    private BigDecimal total;

    @Builder.Default
    @ElementCollection
    private Set<String> tags = new HashSet<>();

    @Version
    private int version;
}
