package dev.optionsdeep.migrate.it.parity.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

import java.math.BigDecimal;

@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"order_id", "product_sku"}))
public class OrderLine {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @ManyToOne(optional = false) @OnDelete(action = OnDeleteAction.CASCADE) private PurchaseOrder order;
    @ManyToOne(optional = false) private Product product;
    private int quantity;
    @Column(nullable = false, precision = 10, scale = 2) private BigDecimal unitPrice;
}
