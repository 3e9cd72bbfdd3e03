package dev.optionsdeep.migrate.it.parity.idlinks;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.io.Serializable;
import java.time.LocalDate;

/** Relationships beside a basic part, with named join columns and a named foreign key. */
@Embeddable
public class PriceAgreementId implements Serializable {
    @ManyToOne(optional = false)
    @JoinColumn(name = "depot_ref", foreignKey = @ForeignKey(name = "price_agreement_depot_fk"))
    private Depot depot;
    @ManyToOne @JoinColumn(name = "article_sku") private Article article;
    private LocalDate validFrom;
}
