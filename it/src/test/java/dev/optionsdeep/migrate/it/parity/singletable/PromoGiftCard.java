package dev.optionsdeep.migrate.it.parity.singletable;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("PROMO")
public class PromoGiftCard extends GiftCard {
    private String campaign;
}
