package dev.optionsdeep.migrate.it.parity.joinedleaf;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * A JOINED root no entity extends, with a discriminator column all the same (as Broadleaf Commerce's fee prices,
 * left open for extension by applications).
 */
@Entity
@DiscriminatorColumn(name = "TYPE")
@Inheritance(strategy = InheritanceType.JOINED)
@Table(name = "JL_FEE_LINE")
public class JlFeeLine {

    @Id
    @Column(name = "FEE_LINE_ID")
    Long id;

    @Column(name = "AMOUNT", precision = 19, scale = 5)
    BigDecimal amount;

    @Column(name = "NAME")
    String name;
}
