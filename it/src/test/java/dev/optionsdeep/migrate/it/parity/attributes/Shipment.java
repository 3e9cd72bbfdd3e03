package dev.optionsdeep.migrate.it.parity.attributes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A table in a named schema, with comments and literal defaults of several types. */
@Entity
@Table(name = "shipments", schema = "logistics", comment = "parcels on their way")
public class Shipment {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(length = 20, nullable = false, comment = "where the parcel is") @ColumnDefault("'new'") private String status;
    @ColumnDefault("0") private int parcels;
    @ColumnDefault("-1") private Integer priority;
    @ColumnDefault("1.5") @Column(precision = 5, scale = 2) private BigDecimal weight;
    @ColumnDefault("true") private Boolean insured;
    @ColumnDefault("CURRENT_DATE") private LocalDate shippedOn;
    @ColumnDefault("now()") private Instant createdAt;
    private String plain;
}
