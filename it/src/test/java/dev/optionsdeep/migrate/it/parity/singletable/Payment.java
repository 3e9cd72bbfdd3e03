package dev.optionsdeep.migrate.it.parity.singletable;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** An abstract root: no discriminator value of its own. */
@Entity
@Table(name = "payments")
@DiscriminatorColumn(name = "payment_type", length = 20)
public abstract class Payment {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(nullable = false, precision = 12, scale = 2) private BigDecimal amount;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 10) private Status status;
    private long version;

    public enum Status { PENDING, SETTLED, FAILED }
}
