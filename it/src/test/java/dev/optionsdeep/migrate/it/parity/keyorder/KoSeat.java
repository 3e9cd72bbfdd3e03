package dev.optionsdeep.migrate.it.parity.keyorder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.io.Serializable;

/** A seat keyed by its row and place, listed in that order by the unique constraint (by name, place would come first). */
@Entity
@Table(name = "ko_seat", uniqueConstraints = @UniqueConstraint(columnNames = {"row_label", "place"}))
@IdClass(KoSeat.Key.class)
public class KoSeat {

    /** The seat's key. */
    public static class Key implements Serializable {
        private String rowLabel;
        private String place;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && java.util.Objects.equals(rowLabel, k.rowLabel)
                    && java.util.Objects.equals(place, k.place);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(rowLabel, place);
        }
    }

    @Id
    @Column(name = "row_label", length = 3)
    private String rowLabel;

    @Id
    @Column(name = "place", length = 3)
    private String place;

    @Column(name = "price_band", length = 10)
    private String priceBand;
}
