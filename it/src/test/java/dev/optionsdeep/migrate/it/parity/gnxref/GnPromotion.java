package dev.optionsdeep.migrate.it.parity.gnxref;

/** What the cross reference types its relationship with; the entity is {@link GnPromotionImpl}. */
public interface GnPromotion {
}
