package dev.optionsdeep.migrate.it.parity.gnxref;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "GN_PROMOTION")
public class GnPromotionImpl implements GnPromotion {

    @Id
    @Column(name = "PROMOTION_ID")
    private Long id;
}
