package dev.optionsdeep.migrate.it.parity.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;

@Entity
@Table(name = "orders")
public class PurchaseOrder {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(foreignKey = @ForeignKey(name = "orders_placed_by_fk"))
    private Customer customer;
    @ManyToOne private Address shipTo;
    @ManyToOne @JoinColumn(name = "coupon") private Coupon coupon;
    @OneToOne @JoinColumn(name = "invoice_address") private Address invoiceAddress;
    @Column(nullable = false) private OffsetDateTime placedAt;
    @OneToMany(mappedBy = "order") private List<OrderLine> lines;
}
