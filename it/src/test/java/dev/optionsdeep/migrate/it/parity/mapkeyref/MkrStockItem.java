package dev.optionsdeep.migrate.it.parity.mapkeyref;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyClass;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Flat rates keyed by an entity whose key column the {@code @MapKeyJoinColumn} names outright, as Broadleaf
 * Commerce's SKU keys its fulfillment rates: the same as naming no referenced column.
 */
@Entity
@Table(name = "MKR_STOCK_ITEM")
public class MkrStockItem {

    @Id
    @Column(name = "STOCK_ITEM_ID")
    Long id;

    @ElementCollection
    @CollectionTable(name = "MKR_STOCK_ITEM_RATE",
            joinColumns = @JoinColumn(name = "STOCK_ITEM_ID", referencedColumnName = "STOCK_ITEM_ID", nullable = true))
    @MapKeyJoinColumn(name = "SHIPPING_OPTION_ID", referencedColumnName = "SHIPPING_OPTION_ID")
    @MapKeyClass(MkrShippingOption.class)
    @Column(name = "RATE", precision = 19, scale = 5)
    Map<Object, BigDecimal> rates = new HashMap<>();
}
