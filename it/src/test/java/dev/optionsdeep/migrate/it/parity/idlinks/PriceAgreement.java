package dev.optionsdeep.migrate.it.parity.idlinks;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

import java.math.BigDecimal;

@Entity
public class PriceAgreement {
    @EmbeddedId private PriceAgreementId id;
    @Column(precision = 10, scale = 2) private BigDecimal price;
}
