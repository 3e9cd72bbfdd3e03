package dev.optionsdeep.migrate.it.parity.enums;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.DayOfWeek;

/** Every way to store an enum, with the check Hibernate adds for each, and table checks as written. */
@Entity(name = "EnumPurchaseOrder")
@Table(name = "purchase_orders", check = {
        @CheckConstraint(name = "purchase_orders_total_range", constraint = "total BETWEEN 0 AND 1000000"),
        @CheckConstraint(constraint = "status <> 'CANCELLED' OR total = 0")})
public class PurchaseOrder {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20) private OrderStatus status;
    private OrderStatus previousStatus;
    @Enumerated(EnumType.ORDINAL) private DayOfWeek deliveryDay;
    @Enumerated(EnumType.STRING) private DayOfWeek billingDay;
    @Enumerated(EnumType.STRING) private Priority priority;
    @Column(precision = 12, scale = 2, check = @CheckConstraint(constraint = "total >= 0")) private BigDecimal total;
    @Column(check = @CheckConstraint(name = "purchase_orders_lines_positive", constraint = "lines > 0"))
    private Integer lines;
    private Delivery delivery;

    public enum Priority { LOW, HIGH }
}
