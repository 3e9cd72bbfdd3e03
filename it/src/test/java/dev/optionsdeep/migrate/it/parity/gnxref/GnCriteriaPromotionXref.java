package dev.optionsdeep.migrate.it.parity.gnxref;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;

@Entity
@Table(name = "GN_CRITERIA_PROMOTION_XREF")
@Inheritance(strategy = InheritanceType.JOINED)
public class GnCriteriaPromotionXref {

    @EmbeddedId
    GnCriteriaPromotionXrefPK key = new GnCriteriaPromotionXrefPK();

    public static class GnCriteriaPromotionXrefPK implements Serializable {

        @ManyToOne(targetEntity = GnPromotionImpl.class, optional = false)
        @JoinColumn(name = "PROMOTION_ID")
        protected GnPromotion promotion = new GnPromotionImpl();

        @ManyToOne(targetEntity = GnItemRuleImpl.class, optional = false)
        @JoinColumn(name = "ITEM_RULE_ID")
        protected GnItemRule rule = new GnItemRuleImpl();

        @Override
        public boolean equals(Object other) {
            return other instanceof GnCriteriaPromotionXrefPK k && k.promotion == promotion && k.rule == rule;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(promotion) * 31 + System.identityHashCode(rule);
        }
    }
}
