package dev.optionsdeep.migrate.it.parity.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Entity
public class Coupon {
    @Id private UUID id;
    @Column(nullable = false, unique = true, length = 24) private String code;
    @Column(precision = 5) private BigDecimal percentOff;
    private Boolean singleUse;
    private Instant validUntil;
    private Long redemptions;
}
