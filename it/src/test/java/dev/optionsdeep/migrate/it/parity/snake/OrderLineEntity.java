package dev.optionsdeep.migrate.it.parity.snake;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

@Entity(name = "OrderLine")
@Table(name = "SalesOrderLines")
public class OrderLineEntity extends BaseEntity {
    private BigDecimal unitPrice;
    private int quantity;
    @ManyToOne(optional = false) private CustomerAccount placedBy;
    @ManyToOne private ShipmentNote deliveryNote;
}
