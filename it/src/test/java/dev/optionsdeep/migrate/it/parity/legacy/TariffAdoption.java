package dev.optionsdeep.migrate.it.parity.legacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** The one adoption of a tariff version, its unique key declared as well as implied by the one-to-one. */
@Entity
@Table(name = "TARIFF_ADOPTION", uniqueConstraints = @UniqueConstraint(columnNames = {"CODE_REF", "VERSION_REF"}))
public class TariffAdoption {

    @Id
    @Column(name = "ADOPTION_ID")
    private Long id;

    @OneToOne
    @JoinColumns({
            @JoinColumn(name = "VERSION_REF", referencedColumnName = "VERSION_NO"),
            @JoinColumn(name = "CODE_REF", referencedColumnName = "TARIFF_CODE")})
    private Tariff tariff;
}
