package dev.optionsdeep.migrate.it.parity.iot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

@Entity
@Table(name = "attribute_kv")
public class AttributeKv {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "str_v", length = 10_000_000)
    private String stringValue;

    @Column(name = "long_v")
    private Long longValue;

    @Column(name = "dbl_v")
    private Double doubleValue;

    @Column(name = "bool_v")
    private Boolean booleanValue;

    @Column(name = "num_v", precision = 20, scale = 6)
    private BigDecimal numericValue;

    @Column(name = "last_update_ts")
    private long lastUpdateTs;
}
